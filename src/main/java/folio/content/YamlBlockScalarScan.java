package folio.content;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a literal ({@code |}) or folded ({@code >}) block scalar's source again, as SnakeYAML's
 * scanner reads it: the header's chomping and indentation indicators, the block's indentation, and
 * its lines kept or folded. A folded space or a kept line break is given the line break it stands
 * for. The other styles, and where a scalar starts, are {@link YamlScalarScan}'s.
 */
final class YamlBlockScalarScan extends ScalarReading {
    /** The most an indentation indicator's block is looked for under its parent's indentation (the scanner's, not told). */
    private static final int MOST_PARENT_INDENT = 200;

    /** The column {@link #p} is at, counted only where the block's indentation is read. */
    private int column;

    private YamlBlockScalarScan(String yaml, String value) {
        super(yaml, value);
    }

    /** As {@link YamlScalarScan#sources}, for the block whose header starts ({@code |} or {@code >}) at {@code at}. */
    static int[] sources(String yaml, int at, String value) {
        boolean folded = charAt(yaml, at) == '>';
        int[] found = new YamlBlockScalarScan(yaml, value).block(at, folded, 1);
        for (int parent = 1; found == null && hasIndentationIndicator(yaml, at) && parent <= MOST_PARENT_INDENT; parent++) {
            found = new YamlBlockScalarScan(yaml, value).block(at, folded, parent + 1);
        }
        return found;
    }

    /** The index of the block's first character of text: past its header's line and the blank lines and indentation after it. */
    static int contentStart(String yaml, int at) {
        int line = yaml.indexOf('\n', at);
        int i = line < 0 ? yaml.length() : line + 1;
        while (charAt(yaml, i) == ' ' || charAt(yaml, i) == '\n') {
            i++;
        }
        return Math.min(i, yaml.length());
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
}
