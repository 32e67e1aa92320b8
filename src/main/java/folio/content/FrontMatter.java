package folio.content;

import folio.diag.Diagnostics;
import folio.diag.InvisibleCharacters;
import folio.project.SourceFile;
import java.util.Optional;

/**
 * Splits a Markdown file into its YAML front matter and its body. Front matter is the block
 * between a first line {@code ---} and the next line {@code ---} (or {@code ...}).
 *
 * @param yaml      the YAML text, without the fences
 * @param yamlLine  the file line on which the YAML text starts (for shifting YAML error lines)
 * @param body      the Markdown after the closing fence
 * @param bodyLine  the file line on which the body starts
 */
public record FrontMatter(String yaml, int yamlLine, String body, int bodyLine) {

    public static Optional<FrontMatter> split(SourceFile file, Diagnostics diagnostics) {
        String text = file.text();
        if (text.isBlank()) {
            diagnostics.error(file.path(), 1, 1,
                    "file is empty: start it with front matter (---, title: ..., ---) and some text");
            return Optional.empty();
        }
        if (!text.startsWith("---\n") && !text.equals("---")) {
            String first = text.lines().findFirst().orElse("");
            String hint = first.strip().equals("---")
                    ? "the opening --- must be at the very start of the line, with nothing after it"
                    : "start the file with a line ---, then title: ..., then a line ---";
            diagnostics.error(file.path(), 1, 1, "missing front matter: " + hint);
            return Optional.empty();
        }
        int lineNumber = 1;
        int position = 4;
        int spaced = 0; // the first line that is --- with spaces around it, which does not close
        while (position <= text.length()) {
            int end = text.indexOf('\n', position);
            String line = end < 0 ? text.substring(position) : text.substring(position, end);
            lineNumber++;
            if (line.equals("---") || line.equals("...")) {
                String yaml = text.substring(4, position);
                String body = end < 0 ? "" : text.substring(end + 1);
                if (closedTooSoon(file, yaml, body, lineNumber, diagnostics)
                        || secondBlock(file, body, lineNumber + 1, diagnostics)) {
                    return Optional.empty();
                }
                return Optional.of(new FrontMatter(yaml, 2, body, lineNumber + 1));
            }
            if (spaced == 0 && line.length() > 3 && line.contains("---") && line.strip().equals("---")) {
                spaced = lineNumber;
            }
            int invisible = InvisibleCharacters.indexIn(line);
            if (invisible >= 0 && visible(line).equals("---")) {
                diagnostics.error(file.path(), lineNumber, invisible + 1, "this line closes the front matter only when "
                        + "it is --- alone, and it also holds an invisible " + InvisibleCharacters.describe(line.codePointAt(invisible))
                        + ": delete it (retype the line)");
                return Optional.empty();
            }
            if (end < 0) {
                break;
            }
            position = end + 1;
        }
        if (spaced > 0) {
            diagnostics.error(file.path(), spaced, 1, "this line closes the front matter only when it is --- alone, "
                    + "with nothing before or after it: remove the spaces");
            return Optional.empty();
        }
        diagnostics.error(file.path(), 1, 1,
                "front matter opened here is never closed: add a line --- after the last key");
        return Optional.empty();
    }

    /**
     * Front matter that holds no key, only a YAML directive ({@code %YAML 1.2}) or nothing, closed by a second
     * {@code ---} that was meant as YAML's document marker, with keys after it and a {@code ---} below them: the keys
     * would be read as the page's text and the page reported as having no title. Reported at the cause instead.
     */
    private static boolean closedTooSoon(SourceFile file, String yaml, String body, int closing, Diagnostics diagnostics) {
        String[] lines = yaml.split("\n", -1);
        int directive = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("%") && directive == 0) {
                directive = 2 + i;
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                return false; // a key: the YAML reader reports whatever else is wrong
            }
        }
        String key = body.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        boolean keysBelow = key.matches("[A-Za-z_][A-Za-z0-9_-]*:( .*)?") && body.lines().anyMatch(l -> l.equals("---"));
        if (directive > 0) {
            diagnostics.error(file.path(), directive, 1, "a YAML directive (" + lines[directive - 2].strip() + ") cannot be in "
                    + "front matter: folio reads the lines between the first two --- lines as the YAML, so the --- on line "
                    + closing + " ends the front matter" + (keysBelow ? " and the keys below it are read as the page's text" : "")
                    + ": remove the directive line" + (keysBelow ? " and the --- on line " + closing : ""));
            return true;
        }
        if (keysBelow) {
            diagnostics.error(file.path(), closing, 1, "this --- ends the front matter it follows, which is empty, "
                    + "so '" + key.substring(0, key.indexOf(':') + 1) + "' and the keys below it are read as the page's text: "
                    + "remove this line (front matter is one --- line, the keys, then one --- line)");
            return true;
        }
        return false;
    }

    /**
     * A second front matter block at the top of the body ({@code ---}, {@code title: Again}, {@code ---}), as two
     * files joined leave it: Markdown showed a line across the page and the keys as a heading ("title: Again"),
     * the build passing. Only at the body's first line that is not blank, where a page seldom starts with a line.
     */
    private static boolean secondBlock(SourceFile file, String body, int bodyLine, Diagnostics diagnostics) {
        String[] lines = body.split("\n", -1);
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        if (first + 2 >= lines.length || !lines[first].equals("---") || !lines[first + 1].matches(KEY)) {
            return false;
        }
        for (int i = first + 2; i < lines.length && !lines[i].isBlank(); i++) {
            if (lines[i].equals("---")) {
                diagnostics.error(file.path(), bodyLine + first, 1, "a second front matter block starts here ('---', then '"
                        + lines[first + 1].substring(0, lines[first + 1].indexOf(':') + 1) + "'), as two files joined leave "
                        + "it: Markdown would show a line across the page and its keys as a heading; move the keys you "
                        + "need into the front matter above and delete lines " + (bodyLine + first) + " to " + (bodyLine + i)
                        + " (for a line across the page here, write *** instead)");
                return true;
            }
        }
        return false;
    }

    private static final String KEY = "[A-Za-z_][A-Za-z0-9_-]*:( .*)?";

    /** {@code line} without its invisible characters and spaces. */
    private static String visible(String line) {
        StringBuilder out = new StringBuilder(line.length());
        line.chars().filter(c -> !InvisibleCharacters.isInvisible(c) && !Character.isWhitespace(c)).forEach(c -> out.append((char) c));
        return out.toString();
    }
}
