package folio.content;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads one YAML scalar's source again, as SnakeYAML's scanner (under Jackson's YAML parser) reads
 * it, to tell for each character of its value the index in the YAML text it was read from
 * ({@link YamlScalarPositions}). Plain, single- and double-quoted, literal ({@code |}) and folded
 * ({@code >}) scalars, over several lines. A character the text does not hold as such is given the
 * place it was made from: an escape's backslash, the quote of {@code ''}, the line break a folded
 * space or a kept line break stands for.
 */
final class YamlScalarScan {
    /** SnakeYAML's one-character escapes of a double-quoted scalar, and what each stands for. */
    private static final String ESCAPED = "0abt\tnvfre \"/\\N_LP";
    private static final String REPLACED = "\0\u0007\b\t\t\n\u000B\f\r\u001B \"/\\\u0085\u00A0\u2028\u2029";
    /** The most an indentation indicator's block is looked for under its parent's indentation (the scanner's, not told). */
    private static final int MOST_PARENT_INDENT = 200;

    private final String yaml;
    private final String value;
    private final int[] sources;
    private int count;
    private boolean differs;
    /** Where reading has got to in {@link #yaml}. */
    private int p;
    /** The column {@link #p} is at, counted only where a block's indentation is read. */
    private int column;

    private YamlScalarScan(String yaml, String value) {
        this.yaml = yaml;
        this.value = value;
        this.sources = new int[value.length() + 1];
    }

    /**
     * For each char of {@code value}, the index in {@code yaml} it was read from, and last (at
     * {@code value.length()}) the index after the last one; null when reading the scalar whose token
     * starts at {@code token} gives another value (a text this reading does not know).
     */
    static int[] sources(String yaml, int token, String value) {
        int at = afterProperties(yaml, token);
        char c = charAt(yaml, at);
        if (c == '|' || c == '>') {
            int[] found = new YamlScalarScan(yaml, value).block(at, c == '>', 1);
            for (int parent = 1; found == null && hasIndentationIndicator(yaml, at) && parent <= MOST_PARENT_INDENT; parent++) {
                found = new YamlScalarScan(yaml, value).block(at, c == '>', parent + 1);
            }
            return found;
        }
        YamlScalarScan scan = new YamlScalarScan(yaml, value);
        return c == '\'' || c == '"' ? scan.quoted(at, c == '"') : scan.plain(at);
    }

    /** The index of the scalar's first character of text: past its properties, its quote or its block's header. */
    static int contentStart(String yaml, int token) {
        int at = afterProperties(yaml, token);
        char c = charAt(yaml, at);
        if (c == '\'' || c == '"') {
            return at + 1;
        }
        if (c != '|' && c != '>') {
            return at;
        }
        int line = yaml.indexOf('\n', at);
        int i = line < 0 ? yaml.length() : line + 1;
        while (charAt(yaml, i) == ' ' || charAt(yaml, i) == '\n') {
            i++;
        }
        return Math.min(i, yaml.length());
    }

    /** Past a tag ({@code !!str}) and what may follow it before the value: blanks, line breaks, comments. */
    private static int afterProperties(String yaml, int at) {
        while (charAt(yaml, at) == '!') {
            while (at < yaml.length() && " \t\n".indexOf(yaml.charAt(at)) < 0) {
                at++;
            }
            while (at < yaml.length() && " \t\n#".indexOf(yaml.charAt(at)) >= 0) {
                at = yaml.charAt(at) == '#' ? lineEnd(yaml, at) : at + 1;
            }
        }
        return at;
    }

    private static boolean hasIndentationIndicator(String yaml, int at) {
        return Character.isDigit(charAt(yaml, at + 1)) || Character.isDigit(charAt(yaml, at + 2));
    }

    /** SnakeYAML's scanBlockScalar; {@code minIndent} is the least indentation its content may have (its parent's and one). */
    private int[] block(int at, boolean folded, int minIndent) {
        p = at + 1;
        int chomping = 0; // -1 strip, 0 clip, 1 keep
        int increment = -1;
        for (int indicator = 0; indicator < 2; indicator++) { // in either order (Jackson took the header)
            if (ch() == '+' || ch() == '-') {
                chomping = ch() == '+' ? 1 : -1;
                p++;
            } else if (ch() >= '1' && ch() <= '9') {
                increment = ch() - '0';
                p++;
            }
        }
        while (ch() == ' ') {
            p++;
        }
        p = ch() == '#' ? lineEnd(yaml, p) : p;
        if (ch() == '\n') {
            p++;
        }
        column = 0;
        List<Integer> breaks = new ArrayList<>();
        int indent;
        if (increment < 0) {
            int maxIndent = 0;
            while (ch() == ' ' || ch() == '\n') {
                if (ch() == '\n') {
                    breaks.add(p++);
                    column = 0;
                } else {
                    p++;
                    maxIndent = Math.max(maxIndent, ++column);
                }
            }
            indent = Math.max(minIndent, maxIndent);
        } else {
            indent = minIndent + increment - 1;
            breaks = blockBreaks(indent);
        }
        int lineBreak = -1;
        while (column == indent && p < yaml.length() && !differs) {
            breaks.forEach(b -> emit("\n", b));
            boolean leadingNonSpace = ch() != ' ' && ch() != '\t';
            copy(p, lineEnd(yaml, p));
            lineBreak = p < yaml.length() ? p++ : -1;
            column = 0;
            breaks = blockBreaks(indent);
            if (column != indent || p >= yaml.length()) {
                break;
            }
            if (!folded || !leadingNonSpace || ch() == ' ' || ch() == '\t') {
                emit("\n", lineBreak);
            } else if (breaks.isEmpty()) {
                emit(" ", lineBreak);
            }
        }
        if (chomping >= 0 && lineBreak >= 0) {
            emit("\n", lineBreak);
        }
        if (chomping > 0) {
            breaks.forEach(b -> emit("\n", b));
        }
        return finish();
    }

    /** SnakeYAML's scanBlockScalarBreaks: the line breaks of lines no more indented than {@code indent}, their spaces skipped. */
    private List<Integer> blockBreaks(int indent) {
        List<Integer> breaks = new ArrayList<>();
        for (; column < indent && ch() == ' '; column++) {
            p++;
        }
        while (ch() == '\n') {
            breaks.add(p++);
            for (column = 0; column < indent && ch() == ' '; column++) {
                p++;
            }
        }
        return breaks;
    }

    /** SnakeYAML's scanPlain, read only as far as the value goes (its end, a comment or a key, is not looked for). */
    private int[] plain(int at) {
        p = at;
        while (count < value.length() && p < yaml.length() && !differs) {
            if (" \t\n".indexOf(ch()) < 0) {
                copy(p, p + 1);
                continue;
            }
            int blanks = p;
            while (ch() == ' ' || ch() == '\t') {
                p++;
            }
            if (ch() != '\n') {
                copy(blanks, p);
                continue;
            }
            // A line break and the blank lines after it, the next line's indentation skipped (scanPlainSpaces).
            int lineBreak = p++;
            List<Integer> breaks = new ArrayList<>();
            while (ch() == ' ' || ch() == '\n') {
                if (ch() == '\n') {
                    breaks.add(p);
                }
                p++;
            }
            fold(lineBreak, breaks);
        }
        return finish();
    }

    /** SnakeYAML's scanFlowScalar: up to the closing quote. */
    private int[] quoted(int at, boolean isDouble) {
        char quote = yaml.charAt(at);
        p = at + 1;
        while (p < yaml.length() && !differs) {
            char c = ch();
            if (!isDouble && c == '\'' && charAt(yaml, p + 1) == '\'') {
                emit("'", p);
                p += 2;
            } else if (c == quote) {
                break;
            } else if (isDouble && c == '\\') {
                if (!escape()) {
                    return null;
                }
            } else if (c == ' ' || c == '\t' || c == '\n') {
                int blanks = p;
                while (ch() == ' ' || ch() == '\t') {
                    p++;
                }
                if (ch() == '\n') {
                    int lineBreak = p++;
                    fold(lineBreak, flowBreaks());
                } else {
                    copy(blanks, p);
                }
            } else {
                copy(p, p + 1);
            }
        }
        return finish();
    }

    /** An escape of a double-quoted scalar, at its backslash; false for one SnakeYAML does not read. */
    private boolean escape() {
        int at = p;
        char c = charAt(yaml, p + 1);
        int escape = c == '\0' ? -1 : ESCAPED.indexOf(c);
        String replaced = escape < 0 ? null : REPLACED.substring(escape, escape + 1);
        if (replaced != null) {
            emit(replaced, at);
            p += 2;
            return true;
        }
        if (c == '\n') {
            // An escaped line break: nothing, and the next line's blanks skipped.
            p += 2;
            flowBreaks().forEach(b -> emit("\n", b));
            return true;
        }
        int digits = c == 'x' ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : 0;
        if (digits == 0 || p + 2 + digits > yaml.length()) {
            return false;
        }
        try {
            emit(new String(Character.toChars(Integer.parseInt(yaml.substring(p + 2, p + 2 + digits), 16))), at);
        } catch (IllegalArgumentException e) {
            return false;
        }
        p += 2 + digits;
        return true;
    }

    /** SnakeYAML's scanFlowScalarBreaks: the line breaks of blank lines, every line's leading blanks skipped. */
    private List<Integer> flowBreaks() {
        List<Integer> breaks = new ArrayList<>();
        while (true) {
            while (ch() == ' ' || ch() == '\t') {
                p++;
            }
            if (ch() != '\n') {
                return breaks;
            }
            breaks.add(p++);
        }
    }

    /** A line break folded: a space when no blank line follows it, else a line break for each blank line. */
    private void fold(int lineBreak, List<Integer> blankLines) {
        if (blankLines.isEmpty()) {
            emit(" ", lineBreak);
        }
        blankLines.forEach(b -> emit("\n", b));
    }

    /** The characters from {@code from} to {@code to} as they are; reading goes on after them. */
    private void copy(int from, int to) {
        for (int i = from; i < to; i++) {
            emit(yaml.substring(i, i + 1), i);
        }
        p = to;
    }

    private void emit(String chars, int source) {
        for (int i = 0; i < chars.length(); i++) {
            if (count >= value.length() || value.charAt(count) != chars.charAt(i)) {
                differs = true;
                return;
            }
            sources[count++] = source;
        }
    }

    private int[] finish() {
        if (differs || count != value.length()) {
            return null;
        }
        sources[count] = count == 0 ? p : sources[count - 1] + 1;
        return sources;
    }

    private char ch() {
        return charAt(yaml, p);
    }

    private static char charAt(String text, int i) {
        return i >= 0 && i < text.length() ? text.charAt(i) : '\0';
    }

    private static int lineEnd(String text, int i) {
        int end = text.indexOf('\n', i);
        return end < 0 ? text.length() : end;
    }
}
