package folio.content;

import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import java.util.Locale;

/**
 * Characters an editor cannot see that change what YAML and front matter read: a byte-order
 * mark left mid-file by joining two files, a zero-width space or a no-break space pasted from a
 * web page. At the start of a line they turn indentation into text ("'﻿  sources' stands level
 * with the list's items"), before a key they make a key no one can tell from the right one, and
 * before a closing --- they leave the front matter open. Inside a value they are the editor's
 * text, and left alone.
 */
public final class InvisibleCharacters {
    private InvisibleCharacters() {}

    /** A format character (Unicode Cf: U+200B, U+FEFF, U+00AD ...) or a space other than U+0020 and tab. */
    public static boolean isInvisible(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.FORMAT || type == Character.SPACE_SEPARATOR && codePoint != ' ';
    }

    /** The index of the first invisible character in {@code text}, or -1. */
    public static int indexIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80 && isInvisible(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** "zero width space (U+200B)", "byte-order mark (U+FEFF)". */
    public static String describe(int codePoint) {
        String name = codePoint == 0xFEFF ? "byte-order mark" : Character.getName(codePoint);
        return (name == null ? "invisible character" : name.toLowerCase(Locale.ROOT))
                + String.format(Locale.ROOT, " (U+%04X)", codePoint);
    }

    /**
     * Reports the first invisible character among the spaces and dashes that start a line of
     * {@code yamlText} (whose first line is {@code origin}); true when there was one.
     */
    static boolean reportAtLineStart(String yamlText, SourcePosition origin, Diagnostics diagnostics) {
        int line = 0;
        int column = 0;
        boolean leading = true;
        for (int i = 0; i < yamlText.length(); i++) {
            char c = yamlText.charAt(i);
            if (c == '\n') {
                line++;
                column = 0;
                leading = true;
                continue;
            }
            column++;
            if (!leading) {
                continue;
            }
            if (c >= 0x80 && isInvisible(c)) {
                diagnostics.error(origin.path(), origin.line() + line, column, "invisible " + describe(c)
                        + " at the start of this line: YAML does not read it as indentation, so the line means "
                        + "something else than it shows; delete it (retype the start of the line)");
                return true;
            }
            leading = c == ' ' || c == '-';
        }
        return false;
    }
}
