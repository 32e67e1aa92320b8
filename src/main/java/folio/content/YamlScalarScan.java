package folio.content;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads one YAML scalar's source again, as SnakeYAML's scanner (under Jackson's YAML parser) reads
 * it, to tell for each character of its value the index in the YAML text it was read from
 * ({@link YamlScalarPositions}). Plain, single- and double-quoted scalars over several lines are read
 * here, literal ({@code |}) and folded ({@code >}) blocks by {@link YamlBlockScalarScan}. A character
 * the text does not hold as such is given the place it was made from: an escape's backslash, the
 * quote of {@code ''}, the line break a folded space stands for.
 */
final class YamlScalarScan extends ScalarReading {
    /** SnakeYAML's one-character escapes of a double-quoted scalar, and what each stands for. */
    private static final String ESCAPED = "0abt\tnvfre \"/\\N_LP";
    private static final String REPLACED = "\0\u0007\b\t\t\n\u000B\f\r\u001B \"/\\\u0085\u00A0\u2028\u2029";

    private YamlScalarScan(String yaml, String value) {
        super(yaml, value);
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
            return YamlBlockScalarScan.sources(yaml, at, value);
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
        return c == '|' || c == '>' ? YamlBlockScalarScan.contentStart(yaml, at) : at;
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
}
