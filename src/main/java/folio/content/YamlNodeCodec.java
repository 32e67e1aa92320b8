package folio.content;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A YAML document ({@link YamlNode}) as bytes for {@link YamlCache}, and back. Lines are kept
 * relative to the document's first line, so the same text found at another line of its file
 * decodes to the same tree at that line. A scalar's value keeps the type Jackson gave it.
 */
final class YamlNodeCodec {
    private static final byte SCALAR = 1, SEQUENCE = 2, MAPPING = 3;
    /** How a scalar's value is written: none, as its own text, or a value of its own. */
    private static final byte NULL = 0, TRUE = 1, FALSE = 2, INT = 3, LONG = 4, BIG = 5, DOUBLE = 6, TEXT = 7, STRING = 8;

    private YamlNodeCodec() {}

    /** {@code node}, whose lines are file lines {@code shift} below the document's own; null when a value has no encoding. */
    static byte[] encode(YamlNode node, int shift) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
            DataOutputStream out = new DataOutputStream(bytes);
            write(node, shift, out);
            return bytes.toByteArray();
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The tree {@code encoded} holds, its lines moved {@code shift} down; null when the bytes are not a tree. */
    static YamlNode decode(byte[] encoded, int shift) {
        try {
            ByteBuffer in = ByteBuffer.wrap(encoded);
            YamlNode node = read(in, shift);
            return in.hasRemaining() ? null : node;
        } catch (RuntimeException damaged) {
            return null;
        }
    }

    private static void write(YamlNode node, int shift, DataOutputStream out) throws IOException {
        if (node instanceof YamlNode.Scalar scalar) {
            out.writeByte(SCALAR);
            position(scalar, shift, out);
            scalar(scalar, out);
        } else if (node instanceof YamlNode.Sequence sequence) {
            out.writeByte(SEQUENCE);
            position(sequence, shift, out);
            out.writeInt(sequence.items().size());
            for (YamlNode item : sequence.items()) {
                write(item, shift, out);
            }
        } else if (node instanceof YamlNode.Mapping mapping) {
            out.writeByte(MAPPING);
            position(mapping, shift, out);
            out.writeInt(mapping.fields().size());
            for (YamlNode.Field field : mapping.fields()) {
                write(field.key(), shift, out);
                write(field.value(), shift, out);
            }
        }
    }

    private static void position(YamlNode node, int shift, DataOutputStream out) throws IOException {
        out.writeInt(node.line() - shift);
        out.writeInt(node.column());
    }

    private static void scalar(YamlNode.Scalar scalar, DataOutputStream out) throws IOException {
        string(scalar.text(), out);
        out.writeBoolean(scalar.isNull());
        Object value = scalar.value();
        if (value == null) {
            out.writeByte(NULL);
        } else if (value instanceof Boolean flag) {
            out.writeByte(flag ? TRUE : FALSE);
        } else if (value instanceof Integer number) {
            out.writeByte(INT);
            out.writeInt(number);
        } else if (value instanceof Long number) {
            out.writeByte(LONG);
            out.writeLong(number);
        } else if (value instanceof BigInteger number) {
            out.writeByte(BIG);
            string(number.toString(), out);
        } else if (value instanceof Double number) {
            out.writeByte(DOUBLE);
            out.writeDouble(number);
        } else if (value.equals(scalar.text())) {
            out.writeByte(TEXT);
        } else if (value instanceof String text) {
            out.writeByte(STRING);
            string(text, out);
        } else {
            throw new IllegalArgumentException("no encoding for a " + value.getClass().getName());
        }
    }

    private static void string(String text, DataOutputStream out) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static YamlNode read(ByteBuffer in, int shift) {
        byte kind = in.get();
        int line = in.getInt() + shift;
        int column = in.getInt();
        return switch (kind) {
            case SCALAR -> scalar(in, line, column);
            case SEQUENCE -> {
                YamlNode[] items = new YamlNode[count(in)];
                for (int i = 0; i < items.length; i++) {
                    items[i] = read(in, shift);
                }
                yield new YamlNode.Sequence(List.of(items), line, column);
            }
            case MAPPING -> {
                YamlNode.Field[] fields = new YamlNode.Field[count(in)];
                for (int i = 0; i < fields.length; i++) {
                    YamlNode key = read(in, shift);
                    fields[i] = new YamlNode.Field((YamlNode.Scalar) key, read(in, shift));
                }
                yield new YamlNode.Mapping(List.of(fields), line, column);
            }
            default -> throw new IllegalArgumentException("not a YAML node: " + kind);
        };
    }

    private static YamlNode.Scalar scalar(ByteBuffer in, int line, int column) {
        String text = string(in);
        boolean isNull = in.get() != 0;
        Object value = switch (in.get()) {
            case NULL -> null;
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case INT -> in.getInt();
            case LONG -> in.getLong();
            case BIG -> new BigInteger(string(in));
            case DOUBLE -> in.getDouble();
            case TEXT -> text;
            case STRING -> string(in);
            default -> throw new IllegalArgumentException("not a YAML value");
        };
        return new YamlNode.Scalar(text, value, isNull, line, column);
    }

    /** A count no larger than what is left to read (each node takes at least nine bytes), so a damaged one cannot claim gigabytes. */
    private static int count(ByteBuffer in) {
        int count = in.getInt();
        if (count < 0 || count > in.remaining() / 9) {
            throw new IllegalArgumentException("damaged count");
        }
        return count;
    }

    private static String string(ByteBuffer in) {
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) {
            throw new IllegalArgumentException("damaged length");
        }
        String text = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return text;
    }
}
