package folio.content;

/**
 * What {@link MarkdownLimits#MAX_EMPHASIS_WORK} measures, fed by {@link MarkdownLimits#scan} one
 * character at a time: per block of lines parsed as one inline text, the square of its runs of
 * {@code *} and {@code _}, counted once a run stands between two non-spaces (only such a run makes
 * CommonMark-java look back over all the runs before it). A block ends at a blank line; in a table,
 * each row ends one, as each row's cells are parsed on their own: a long table of bold words and
 * {@code snake_case} names costs nothing more than its rows.
 */
final class EmphasisWork {
    private long work;
    private int overAt = -1;
    /** Runs of '*' and '_' in this block; where the run being read started. */
    private int runs;
    private int runStart;
    /** The first run between two non-spaces in this block, or -1. */
    private int inside = -1;
    /** Where this line and the one before it start, and whether this one holds a '|' and a '-'. */
    private int lineStart;
    private int previousLineStart = -1;
    private boolean pipe;
    private boolean dash;
    /** Whether the lines are the rows of a table (after its line of dashes, while each holds a '|'). */
    private boolean tableRows;

    /** A '*' or '_' at {@code i}. */
    void emphasis(char[] chars, int i) {
        char c = chars[i];
        runStart = i > 0 && chars[i - 1] == c ? runStart : i;
        if (i + 1 >= chars.length || chars[i + 1] != c) {
            runs++;
            if (inside < 0 && runStart > 0 && i + 1 < chars.length && !isSpace(chars[runStart - 1]) && !isSpace(chars[i + 1])) {
                inside = runStart;
            }
        }
    }

    void pipe() {
        pipe = true;
    }

    void dash() {
        dash = true;
    }

    /** The line break at {@code i}; {@code blank}: a blank line (or the text's end) follows. */
    void lineEnd(char[] chars, int i, boolean blank) {
        if (tableRows && !pipe) {
            tableRows = false; // a line without a '|' ends the table and starts a paragraph: counted from here
        } else if (tableRows) {
            endBlock();
        } else if (pipe && dash && previousLineStart >= 0 && startsTable(chars, previousLineStart, lineStart, i)) {
            endBlock();
            tableRows = true;
        }
        if (blank) {
            endBlock();
            tableRows = false;
        }
        previousLineStart = blank ? -1 : lineStart;
        lineStart = i + 1;
        pipe = false;
        dash = false;
    }

    /** Where the text goes past the limit (at the first run between two non-spaces of that block), or -1. */
    int overAt() {
        endBlock();
        return overAt;
    }

    private void endBlock() {
        if (inside >= 0 && (work += (long) runs * runs) > MarkdownLimits.MAX_EMPHASIS_WORK && overAt < 0) {
            overAt = inside;
        }
        runs = 0;
        inside = -1;
    }

    /** Whether the line from {@code start} to {@code end} is a table's line of dashes under its header (from {@code header}). */
    private static boolean startsTable(char[] chars, int header, int start, int end) {
        return TableRows.startsTable(new String(chars, header, start - 1 - header), new String(chars, start, end - start));
    }

    /** CommonMark's white space, as its flanking rules read it (not U+2028, which Java's isWhitespace counts). */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || Character.getType(c) == Character.SPACE_SEPARATOR;
    }
}
