package folio.content;

import com.fasterxml.jackson.core.JsonLocation;

/**
 * The YAML text as Jackson's YAML parser counts it (offsets and columns in code points, lines
 * split at YAML 1.1's line breaks), for the few things the parser reads but does not tell: the
 * anchor of a scalar value, and where a second document's {@code ---} is.
 */
final class YamlText {
    private static final String BREAKS = "\n\r\u0085\u2028\u2029";

    private final String text;
    /**
     * The last offset turned into an index, and that index. The parser reports scalars in the
     * order of the text, so counting goes on from there and a whole text is one pass; an earlier
     * offset counts again from the start.
     */
    private long lastOffset;
    private int lastIndex;

    YamlText(String text) {
        this.text = text;
    }

    /** The index of the node at {@code at} if it is an alias ({@code *name}), else as {@link #anchorOf}. */
    int aliasOrAnchorOf(JsonLocation at) {
        int i = indexOf(at.getCharOffset());
        return i >= 0 && i < text.length() && text.charAt(i) == '*' ? i : anchorOf(at);
    }

    /**
     * The index of the anchor ({@code &name}) of the node at {@code at}, else -1. A node's token
     * starts at its properties: the anchor, or a tag the anchor follows (on that line or, past
     * spaces and comments, a later one).
     */
    int anchorOf(JsonLocation at) {
        int i = indexOf(at.getCharOffset());
        if (i >= 0 && i < text.length() && text.charAt(i) == '!') {
            while (i < text.length() && " \t".indexOf(text.charAt(i)) < 0 && BREAKS.indexOf(text.charAt(i)) < 0) {
                i++;
            }
            while (i < text.length() && (" \t".indexOf(text.charAt(i)) >= 0 || BREAKS.indexOf(text.charAt(i)) >= 0
                    || text.charAt(i) == '#')) {
                i = text.charAt(i) == '#' ? lineAfter(i) : i + 1;
            }
        }
        return i >= 0 && i < text.length() && text.charAt(i) == '&' ? i : -1;
    }

    /** Whether the node at {@code at} is written as {@code plain}, unquoted, followed by a space or ':'. */
    boolean plainAt(JsonLocation at, String plain) {
        int start = indexOf(at.getCharOffset());
        int end = start + plain.length();
        return start >= 0 && text.startsWith(plain, start) && (end == text.length() || " \t:".indexOf(text.charAt(end)) >= 0);
    }

    /** The tag ({@code !name}, {@code !!name}) the node at {@code at} starts with, as written, else null. */
    String tagOf(JsonLocation at) {
        int start = indexOf(at.getCharOffset());
        if (start < 0 || start >= text.length() || text.charAt(start) != '!') {
            return null;
        }
        int end = start;
        while (end < text.length() && " \t".indexOf(text.charAt(end)) < 0 && BREAKS.indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return text.substring(start, end);
    }

    /** Where {@code text.charAt(index)} is, counting on from the node at {@code at}. */
    JsonLocation locate(JsonLocation at, int index) {
        int line = at.getLineNr();
        int column = at.getColumnNr();
        for (int i = indexOf(at.getCharOffset()); i >= 0 && i < index; ) {
            int next = i + Character.charCount(text.codePointAt(i));
            if (BREAKS.indexOf(text.charAt(i)) >= 0) {
                next = lineAfter(i);
                line++;
                column = 1;
            } else {
                column++;
            }
            i = next;
        }
        return new JsonLocation(null, -1, -1, line, column);
    }

    /** The first {@code ---} line below line {@code line} (1-based), or null. */
    JsonLocation documentMarkerAfter(int line) {
        int n = 1;
        for (int i = 0; i < text.length(); i = lineAfter(i), n++) {
            if (n > line && text.startsWith("---", i) && (i + 3 == text.length()
                    || text.charAt(i + 3) == ' ' || text.charAt(i + 3) == '\t' || BREAKS.indexOf(text.charAt(i + 3)) >= 0)) {
                return new JsonLocation(null, -1, -1, n, 1);
            }
        }
        return null;
    }

    /** Where the line after the one holding {@code i} starts ({@code \r\n} is one break). */
    private int lineAfter(int i) {
        while (i < text.length()) {
            char c = text.charAt(i++);
            if (c == '\r' && i < text.length() && text.charAt(i) == '\n') {
                return i + 1;
            }
            if (BREAKS.indexOf(c) >= 0) {
                return i;
            }
        }
        return i;
    }

    /** The index of the parser's offset, which counts code points; -1 past the end. */
    private int indexOf(long offset) {
        if (offset < 0) {
            return -1;
        }
        if (offset < lastOffset) {
            lastOffset = 0;
            lastIndex = 0;
        }
        int i = lastIndex;
        for (long n = lastOffset; n < offset; n++) {
            if (i >= text.length()) {
                return -1;
            }
            i += Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 1;
        }
        lastOffset = offset;
        lastIndex = i;
        return i;
    }
}
