package folio.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of a YAML text: indentation, the key a line starts with, whether it is a list item.
 * Only used to explain a mistake the parser found, so it reads the text's surface, never its
 * meaning, and splits lines where the parser does (YAML 1.1's breaks: line feed, carriage return,
 * U+0085, U+2028, U+2029), so that the parser's line numbers name these lines. Lines are 0-based,
 * columns too.
 */
final class YamlLines {
    /** A key glued to its value: {@code title:Foo} (a URL's {@code https://} is not one). */
    private static final Pattern GLUED = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*):([^\\s/:'\"].*)");
    private static final Pattern KEY = Pattern.compile("([^\\s#:'\"\\[{][^:#]*?):(\\s.*|)");

    private final String[] lines;

    YamlLines(String text) {
        this.lines = text.split("\r\n|[\n\r\u0085\u2028\u2029]", -1);
    }

    /** The string index of 0-based character column {@code column} on line {@code i} (past its end: as if spaces). */
    int indexOf(int i, int column) {
        String line = line(i);
        int characters = line.codePointCount(0, line.length());
        return column >= characters ? line.length() + column - characters : line.offsetByCodePoints(0, column);
    }

    /** The 0-based character column of string index {@code index} on line {@code i}: the inverse of {@link #indexOf}. */
    int columnOf(int i, int index) {
        String line = line(i);
        return index >= line.length() ? line.codePointCount(0, line.length()) + index - line.length()
                : line.codePointCount(0, Math.max(0, index));
    }

    int count() {
        return lines.length;
    }

    String line(int i) {
        return i >= 0 && i < lines.length ? lines[i] : "";
    }

    /** Leading spaces (a tab stops the count). */
    int indent(int i) {
        String line = line(i);
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    /** True for a line that holds neither data nor a key: blank, or only a comment. */
    boolean isEmpty(int i) {
        String body = line(i).strip();
        return body.isEmpty() || body.startsWith("#");
    }

    /** True for a list item: {@code - ...}, or a lone {@code -}. */
    boolean isItem(int i) {
        String body = line(i).substring(indent(i));
        return body.equals("-") || body.startsWith("- ");
    }

    /** Where what follows the line's {@code - } marks starts: the key of {@code - id: a} is at 2. */
    int keyColumn(int i) {
        String line = line(i);
        int at = indent(i);
        while (line.startsWith("- ", at)) {
            at += 2;
            while (at < line.length() && line.charAt(at) == ' ') {
                at++;
            }
        }
        return at;
    }

    /** The key the line starts with ({@code name} for {@code - name: x}), or null. */
    String key(int i) {
        Matcher m = KEY.matcher(line(i).substring(keyColumn(i)));
        return m.matches() ? m.group(1).strip() : null;
    }

    /** True when the line's key has a value on the same line ({@code name: Alice}, not {@code name:}). */
    boolean keyHasValue(int i) {
        Matcher m = KEY.matcher(line(i).substring(keyColumn(i)));
        return m.matches() && !m.group(2).isBlank() && !m.group(2).strip().startsWith("#");
    }

    /** The column of a colon with no space after it at the start of the line ({@code title:Foo}), or -1. */
    int gluedColon(int i) {
        int at = keyColumn(i);
        int colon = gluedColonIn(line(i).substring(at));
        return colon < 0 ? -1 : at + colon;
    }

    /** The index of the colon in a text that starts with a key glued to its value, or -1. */
    static int gluedColonIn(String text) {
        Matcher m = GLUED.matcher(text);
        return m.matches() ? m.group(1).length() : -1;
    }

    /** The nearest line above {@code i} that holds something, or -1. */
    int previous(int i) {
        for (int j = Math.min(i, lines.length) - 1; j >= 0; j--) {
            if (!isEmpty(j)) {
                return j;
            }
        }
        return -1;
    }

    /** The nearest list item above {@code i} whose {@code -} is not at {@code indent}, or -1. */
    int previousItemNotAt(int i, int indent) {
        for (int j = previous(i); j >= 0; j = previous(j)) {
            if (isItem(j) && indent(j) != indent) {
                return j;
            }
        }
        return -1;
    }

    /** The nearest list item above {@code i} whose {@code -} is at {@code indent}, or -1. */
    int previousItemAt(int i, int indent) {
        for (int j = previous(i); j >= 0; j = previous(j)) {
            if (isItem(j) && indent(j) == indent) {
                return j;
            }
            if (indent(j) < indent) {
                return -1;
            }
        }
        return -1;
    }

    /** The nearest line above {@code i} whose key starts further right than {@code column}, or -1. */
    int previousKeyRightOf(int i, int column) {
        for (int j = previous(i); j >= 0; j = previous(j)) {
            if (key(j) != null && keyColumn(j) > column) {
                return j;
            }
        }
        return -1;
    }

    /** The nearest line above {@code i} whose key starts left of {@code column}, or -1. */
    int previousKeyLeftOf(int i, int column) {
        for (int j = previous(i); j >= 0; j = previous(j)) {
            if (key(j) != null && keyColumn(j) < column) {
                return j;
            }
        }
        return -1;
    }

    /**
     * The line above {@code i} in the same mapping that sets {@code key} too, or -1: the search
     * stops at the line that opens the mapping (less indented than its keys).
     */
    int sameKeyAbove(int i, String key) {
        int column = keyColumn(i);
        for (int j = previous(i); j >= 0; j = previous(j)) {
            if (keyColumn(j) == column && key.equals(key(j))) {
                return j;
            }
            if (indent(j) < column) {
                return -1;
            }
        }
        return -1;
    }

    /** "no spaces", "1 space", "3 spaces". */
    static String spaces(int n) {
        return n == 0 ? "no spaces" : n == 1 ? "1 space" : n + " spaces";
    }
}
