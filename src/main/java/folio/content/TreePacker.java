package folio.content;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Node;

/**
 * Writes a tree into {@link CompactTree}'s form, in document order: per node its kind, its
 * number of children, then its values (strings as their start and end, in the Markdown source
 * or else in one string of the other texts; the few other values as objects), then its children.
 */
final class TreePacker {
    /** How far past the end of the last text found a text is looked for in the source. */
    private static final int WINDOW = 64;

    /** A plain array, not a ByteArrayOutputStream: its write takes a lock, once for every node of every page. */
    private byte[] kinds = new byte[64];
    private int kindCount;
    private int[] numbers = new int[256];
    private int count;
    private final String source;
    /** Where the last text found in the source ended. */
    private int cursor;
    private final StringBuilder texts = new StringBuilder();
    private final List<Object> others = new ArrayList<>();

    TreePacker(String source) {
        this.source = source;
    }

    boolean pack(Node node) {
        NodeKind kind = CompactTree.kindOf(node);
        if (kind == null) {
            return false;
        }
        if (kindCount == kinds.length) {
            kinds = java.util.Arrays.copyOf(kinds, kindCount * 2);
        }
        kinds[kindCount++] = (byte) kind.ordinal();
        int children = 0;
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            children++;
        }
        number(children);
        kind.write(node, this);
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (!pack(child)) {
                return false;
            }
        }
        return true;
    }

    void number(int value) {
        if (count == numbers.length) {
            numbers = java.util.Arrays.copyOf(numbers, count * 2);
        }
        numbers[count++] = value;
    }

    /** A string as its start and end in the source, else after the source's length in {@link #texts}; null as -1. */
    void text(String value) {
        if (value == null) {
            number(-1);
            return;
        }
        int at = find(value);
        if (at >= 0) {
            cursor = at + value.length();
            number(at);
            number(cursor);
        } else {
            apart(value);
        }
    }

    /** A string kept in {@link #texts} without looking for it in the source (a link's address, rewritten by assembly). */
    void apart(String value) {
        if (value == null) {
            number(-1);
        } else {
            number(source.length() + texts.length());
            texts.append(value);
            number(source.length() + texts.length());
        }
    }

    /** Where {@code value} (not empty) is in the source at most {@link #WINDOW} characters after the cursor, else -1. */
    private int find(String value) {
        if (value.isEmpty()) {
            return -1;
        }
        char first = value.charAt(0);
        int last = Math.min(cursor + WINDOW, source.length() - value.length());
        for (int at = cursor; at <= last; at++) {
            if (source.charAt(at) == first && source.startsWith(value, at)) {
                return at;
            }
        }
        return -1;
    }

    /** A value kept as it is (a flag, a delimiter, a label, a parsed reference). */
    void other(Object value) {
        others.add(value);
    }

    /** Values kept as they are, in order. */
    void others(Object... values) {
        for (Object value : values) {
            others.add(value);
        }
    }

    CompactTree result() {
        return new CompactTree(java.util.Arrays.copyOf(kinds, kindCount), java.util.Arrays.copyOf(numbers, count), source, texts.toString(), others.toArray());
    }
}
