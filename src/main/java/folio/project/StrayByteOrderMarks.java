package folio.project;

import folio.diag.InvisibleCharacters;

/**
 * A byte-order mark (U+FEFF) after a file's start: left where two files were joined or text was
 * pasted from a file that began with one. A file's first one is dropped as it is read; any other
 * was published, unseen, inside the words of a page (in its search index and in every copy made
 * of it) or, from a template, between the tags of every page, where the HTML parser reads it as
 * text ({@code \uFEFF<body>} starts the body before its tag). In content, one at the start of a
 * line is left to the checks that say what it breaks there (a heading read as text, YAML's
 * indentation, the front matter's closing line).
 */
public final class StrayByteOrderMarks {
    private StrayByteOrderMarks() {}

    /** Where the first stray mark of {@code text} is, or -1; {@code atLineStarts}: one that starts a line counts too. */
    public static int indexIn(String text, boolean atLineStarts) {
        for (int at = text.indexOf('\uFEFF'); at >= 0; at = text.indexOf('\uFEFF', at + 1)) {
            if (atLineStarts || !startsLine(text, at)) {
                return at;
            }
        }
        return -1;
    }

    /** Reports the first stray mark of a content file's {@code text} (one that starts a line aside) at its place. */
    static boolean reported(String text, String shown, folio.diag.Diagnostics diagnostics) {
        int mark = indexIn(text, false);
        if (mark >= 0) {
            int[] at = ForbiddenCharacters.lineAndColumn(text, mark);
            diagnostics.error(shown, at[0], at[1], MESSAGE);
        }
        return mark >= 0;
    }

    /** Whether only spaces, tabs and invisible characters are between the line's start and {@code at}. */
    private static boolean startsLine(String text, int at) {
        for (int i = at - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && !InvisibleCharacters.isInvisible(c)) {
                return false;
            }
        }
        return true;
    }

    public static final String MESSAGE = "invisible byte-order mark (U+FEFF) inside the file, as two files joined or "
            + "text pasted from another file leave it: unseen, it would be published inside the page's words (or, from "
            + "a template, between its tags); delete it (retype the characters around it)";
}
