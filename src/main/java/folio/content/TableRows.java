package folio.content;

/**
 * A table's lines as the GFM tables extension reads them: whether a line is a delimiter row (cells of dashes), how
 * many cells a row has, whether a header line and a delimiter row make a table. Read character by character, never
 * with a regular expression that recurses per cell.
 */
final class TableRows {
    private TableRows() {}

    /**
     * Whether {@code delimiter} under {@code header} makes a table, as the GFM tables extension reads
     * them: a line of dashes with as many cells as the header line above it, which holds a |.
     */
    static boolean startsTable(String header, String delimiter) {
        return header.indexOf('|') >= 0 && isDelimiterRow(delimiter) && cells(header) == cells(delimiter);
    }

    /**
     * Whether {@code line} is a table's delimiter row, as the GFM tables extension reads it: cells of
     * dashes, each with an optional {@code :} at either end, between |s, the outer ones optional.
     * Read character by character: a regular expression with a repeated group for the cells recursed
     * once per cell, so a row of 30,000 cells overflowed the stack (folio crashed with exit 70).
     */
    static boolean isDelimiterRow(String line) {
        int length = line.length();
        int at = blanks(line, 0);
        if (at < length && line.charAt(at) == '|') {
            at++;
        }
        boolean cell = false;
        while (true) {
            at = blanks(line, at);
            if (cell && at == length) {
                return true; // a closing |
            }
            if (at < length && line.charAt(at) == ':') {
                at++;
            }
            int dashes = at;
            while (at < length && line.charAt(at) == '-') {
                at++;
            }
            if (at == dashes) {
                return false;
            }
            if (at < length && line.charAt(at) == ':') {
                at++;
            }
            at = blanks(line, at);
            cell = true;
            if (at == length) {
                return true;
            }
            if (line.charAt(at) != '|') {
                return false;
            }
            at++;
        }
    }

    private static int blanks(String line, int from) {
        int at = from;
        while (at < line.length() && (line.charAt(at) == ' ' || line.charAt(at) == '\t')) {
            at++;
        }
        return at;
    }

    /** The number of cells in a table row, as the extension counts them: split at each | not escaped. */
    static int cells(String row) {
        String line = row.strip();
        int from = line.startsWith("|") ? 1 : 0;
        int to = line.length();
        if (to > from && line.charAt(to - 1) == '|' && !SourceMarks.escaped(line, to - 1, 0)) {
            to--;
        }
        int cells = 1;
        for (int at = from; at < to; at++) {
            if (line.charAt(at) == '|' && !SourceMarks.escaped(line, at, 0)) {
                cells++;
            }
        }
        return cells;
    }
}
