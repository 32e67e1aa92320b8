package folio.content;

import folio.diag.Diagnostics;
import folio.diag.InvisibleCharacters;
import folio.diag.SourcePosition;
import java.util.regex.Pattern;

/**
 * An invisible character ({@link InvisibleCharacters}: a no-break space, a byte-order mark) among
 * the spaces that indent a line of YAML, which YAML reads as text rather than indentation
 * ("'&#xFEFF;  sources' stands level with the list's items"), told for a text YAML could not read.
 */
final class InvisibleIndentation {
    private InvisibleIndentation() {}

    /** A line that opens a block text ({@code key: |}, {@code - >-}, {@code text: |2 # note}): its lines below are the editor's text. */
    private static final Pattern BLOCK_TEXT = Pattern.compile("(?:^\\s*|:\\s+|-\\s+)[|>][-+1-9]{0,2}\\s*(?:#.*)?$");

    /**
     * Reports the last invisible character among the spaces and dashes that start a line of
     * {@code yamlText} (whose first line is {@code origin}), up to line {@code lastLine} (from 0),
     * where the parser stopped; true when there was one. Only for a text YAML could not read: in
     * one it read, such a character is the editor's typography (a no-break space before a dash at
     * the start of a line of a {@code >} text, or of a quoted text continued on the next line).
     * The lines of a block text ({@code |}, {@code >}) are skipped here too: they are text.
     */
    static boolean reportAtLineStart(String yamlText, int lastLine, SourcePosition origin, Diagnostics diagnostics) {
        String[] lines = yamlText.split("\n", -1);
        int found = -1;
        int column = 0;
        int blockText = -1; // the indentation of the line that opened the block text we are in, or -1
        for (int n = 0; n < lines.length && n <= lastLine; n++) {
            String line = lines[n];
            int spaces = 0;
            while (spaces < line.length() && line.charAt(spaces) == ' ') {
                spaces++;
            }
            if (blockText >= 0 && (spaces > blockText || line.isBlank())) {
                continue;
            }
            blockText = BLOCK_TEXT.matcher(line).find() ? spaces : -1;
            for (int i = spaces; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c >= 0x80 && InvisibleCharacters.isInvisible(c)) {
                    found = n;
                    column = i;
                    break;
                }
                if (c != ' ' && c != '-') {
                    break;
                }
            }
        }
        if (found < 0) {
            return false;
        }
        diagnostics.error(origin.path(), origin.line() + found, column + 1, "invisible "
                + InvisibleCharacters.describe(lines[found].charAt(column)) + " at the start of this line: YAML does not read it as "
                + "indentation, so the line means something else than it shows; delete it (retype the start of the line)");
        return true;
    }
}
