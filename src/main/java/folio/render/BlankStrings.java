package folio.render;

import folio.diag.Diagnostics;
import folio.diag.InvisibleCharacters;
import folio.diag.SourcePosition;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * An interface string written as {@code ""} or only white space ({@code nav.menu: " "}): every
 * page would show a blank where its label goes, the build passing. Each is an error at its line,
 * saying what another language's file has for the key and what deleting it does: a key the
 * site's model or the page renderer reads has a default of its own (a point's label, a table's
 * name, a language's name), any other stops the build at the first template asking for it.
 */
final class BlankStrings {
    private BlankStrings() {}

    /** A blank string: its file's language, its key, its plural form (null for a plain text) and where it is written. */
    record Blank(String language, String key, String form, SourcePosition at) {
        /** The key as a message names it: "nav.menu", or "items (its form few)". */
        String named() {
            return form == null ? key : key + " (its form " + form + ")";
        }
    }

    /** Receives each blank string of a file: its key, its plural form or null, and where it is written. */
    interface Found {
        void blank(String key, String form, SourcePosition at);
    }

    /** Whether {@code text} shows nothing: empty, or only white space and characters that show nothing. */
    static boolean isBlank(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || InvisibleCharacters.isInvisible(c));
    }

    static void report(List<Blank> blanks, Map<String, Map<String, InterfaceStrings.Value>> byLanguage,
                       Diagnostics diagnostics) {
        for (Blank blank : blanks) {
            String what = blank.form() == null ? "or delete the key (" + whenDeleted(blank.key()) + ")"
                    : blank.form().equals("other") ? "the 'other' form is needed"
                    : "or delete that form (the 'other' form then stands in for it)";
            diagnostics.error(blank.at(), "interface string '" + blank.named() + "' is empty, so every page that shows it "
                    + "would show a blank label: write its text" + elsewhere(blank.language(), blank.key(), byLanguage)
                    + (blank.form() != null && blank.form().equals("other") ? "; " : ", ") + what);
        }
    }

    /** What another language's file has for {@code key}: " (en.yaml has 'Menu')", or nothing. */
    private static String elsewhere(String language, String key, Map<String, Map<String, InterfaceStrings.Value>> byLanguage) {
        for (String other : new TreeSet<>(byLanguage.keySet())) {
            InterfaceStrings.Value value = other.equals(language) ? null : byLanguage.get(other).get(key);
            if (value instanceof InterfaceStrings.Text text && !isBlank(text.text())) {
                String shown = text.text().length() > 60 ? text.text().substring(0, 60) + "..." : text.text();
                return " (" + other + ".yaml has '" + shown + "')";
            }
        }
        return "";
    }

    /** What a page shows when the key is deleted. */
    private static String whenDeleted(String key) {
        if (key.startsWith("language-name.")) {
            return "then folio writes the JDK's name of the language where it names one itself; where a template asks for "
                    + "it with t(), the build stops";
        }
        if (folio.site.ModelWords.keys().contains(key) || key.equals("table.name") || key.equals("table.numbered")) {
            String english = key.startsWith("table.") ? (key.equals("table.name") ? PageRenderer.TABLE_NAME : PageRenderer.TABLE_NUMBERED)
                    : folio.site.ModelWords.ENGLISH.text(key);
            return "then folio writes its English default, '" + english + "', where it writes this text itself; where a "
                    + "template asks for it with t(), the build stops";
        }
        return "no English text stands in for a deleted key: where a template asks for it with t(), the build stops";
    }
}
