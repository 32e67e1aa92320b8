package folio.content;

import java.util.Arrays;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableCell;

/**
 * A {@link CompactTree} as bytes, for {@link MarkdownCache}: without its source (the text it
 * was parsed from, given again to {@link #decode}), numbers and characters as variable-length
 * integers (most fit in a byte), and each reference's or citation's place
 * ({@link NodePositions.Place}) as its two numbers, pointed at the new text's positions when
 * decoded. Encoding refuses a value {@link NodeKind} never writes, so nothing is kept that
 * would not come back the same.
 */
final class PackedParse {
    private byte[] bytes;
    private int size;
    private int at;

    private PackedParse(byte[] bytes) {
        this.bytes = bytes;
    }

    /** {@code tree} as bytes; null when it holds a value this form does not write. */
    static byte[] encode(CompactTree tree) {
        PackedParse out = new PackedParse(new byte[256 + tree.numbers().length * 2]);
        out.unsigned(tree.kinds().length);
        for (byte kind : tree.kinds()) {
            out.put(kind);
        }
        out.unsigned(tree.numbers().length);
        for (int number : tree.numbers()) {
            out.signed(number);
        }
        out.string(tree.texts());
        out.unsigned(tree.others().length);
        for (Object value : tree.others()) {
            if (!out.value(value)) {
                return null;
            }
        }
        return Arrays.copyOf(out.bytes, out.size);
    }

    /** {@code values} as {@link #encode} writes a tree's other values; null when one is of a type it does not write. */
    static byte[] encodeValues(Object[] values) {
        PackedParse out = new PackedParse(new byte[64 + values.length * 8]);
        out.unsigned(values.length);
        for (Object value : values) {
            if (!out.value(value)) {
                return null;
            }
        }
        return Arrays.copyOf(out.bytes, out.size);
    }

    /** The tree {@link #encode} wrote, for {@code source} and its {@code positions}. */
    static CompactTree decode(byte[] encoded, String source, NodePositions positions) {
        PackedParse in = new PackedParse(encoded);
        byte[] kinds = new byte[in.count()];
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = in.bytes[in.at++];
        }
        int[] numbers = new int[in.count()];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = in.signed();
        }
        String texts = in.string();
        Object[] others = new Object[in.count()];
        for (int i = 0; i < others.length; i++) {
            others[i] = in.value(positions);
        }
        if (in.at != encoded.length) {
            throw new IllegalArgumentException("bytes left over: not a packed parse");
        }
        return new CompactTree(kinds, numbers, source, texts, others);
    }

    private boolean value(Object value) {
        if (value == null) {
            put(0);
        } else if (value instanceof String text) {
            put(1);
            string(text);
        } else if (value instanceof Integer number) {
            put(2);
            signed(number);
        } else if (value instanceof Boolean flag) {
            put(flag ? 3 : 4);
        } else if (value instanceof TableCell.Alignment alignment) {
            put(5);
            unsigned(alignment.ordinal());
        } else if (value instanceof ReferenceSyntax.Reference reference) {
            put(6);
            unsigned(reference.kind().ordinal());
            nullable(reference.id());
            nullable(reference.anchor());
            nullable(reference.label());
        } else if (value instanceof NodePositions.Place place) {
            put(7);
            unsigned(place.text());
            signed(place.column());
        } else if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            put(8);
            unsigned(list.size());
            list.forEach(item -> string((String) item));
        } else {
            return false;
        }
        return true;
    }

    private Object value(NodePositions positions) {
        int tag = bytes[at++];
        return switch (tag) {
            case 0 -> null;
            case 1 -> string();
            case 2 -> signed();
            case 3 -> Boolean.TRUE;
            case 4 -> Boolean.FALSE;
            case 5 -> TableCell.Alignment.values()[unsigned()];
            case 6 -> new ReferenceSyntax.Reference(ReferenceKind.values()[unsigned()], nullable(), nullable(), nullable());
            case 7 -> new NodePositions.Place(positions, unsigned(), signed());
            case 8 -> {
                String[] items = new String[count()];
                for (int i = 0; i < items.length; i++) {
                    items[i] = string();
                }
                yield List.of(items);
            }
            default -> throw new IllegalArgumentException("not a packed parse value: " + tag);
        };
    }

    private void put(int b) {
        if (size == bytes.length) {
            bytes = Arrays.copyOf(bytes, size * 2);
        }
        bytes[size++] = (byte) b;
    }

    private void unsigned(int value) {
        while ((value & ~0x7F) != 0) {
            put((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        put(value);
    }

    private void signed(int value) {
        unsigned((value << 1) ^ (value >> 31));
    }

    private int unsigned() {
        int value = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = bytes[at++];
            value |= (b & 0x7F) << shift;
            if (b >= 0) {
                return value;
            }
        }
    }

    /**
     * How many values follow: each takes at least a byte, so a count past the bytes left is a
     * damaged parse, refused before an array that size is made (one the heap cannot hold is an
     * Error no caller falls back from).
     */
    private int count() {
        int count = unsigned();
        if (count < 0 || count > bytes.length - at) {
            throw new IllegalArgumentException("a count of " + count + " with " + (bytes.length - at) + " bytes left: not a packed parse");
        }
        return count;
    }

    private int signed() {
        int value = unsigned();
        return (value >>> 1) ^ -(value & 1);
    }

    /** A string as its length and UTF-16 code units, each a variable-length integer: exact for any string. */
    private void string(String text) {
        unsigned(text.length());
        for (int i = 0; i < text.length(); i++) {
            unsigned(text.charAt(i));
        }
    }

    private String string() {
        char[] chars = new char[count()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) unsigned();
        }
        return new String(chars);
    }

    private void nullable(String text) {
        if (text == null) {
            put(0);
        } else {
            put(1);
            string(text);
        }
    }

    private String nullable() {
        return bytes[at++] != 0 ? string() : null;
    }
}
