package folio.content;

import folio.diag.InvisibleCharacters;
import java.util.List;

/** The words for what {@link RecordMapper} finds wrong, with a "did you mean" for a misspelt key. */
public final class MapperMessages {
    private MapperMessages() {}

    /** The message for a reference, citation or link ({@code mark} starts it) in the plain text under {@code key}. */
    public static String markupInPlainText(String key, String mark) {
        String written = mark.equals("[[") ? "a reference [[kind:id]]" : mark.equals("[@") ? "a citation [@id]"
                : mark.equals("**") ? "the ** of Markdown bold" : mark.startsWith("<") ? "the HTML tag " + mark
                : "a link [text](url)";
        // Only a menu label is refused ** and tags (PlainTextMarkup.in): where Markdown is read says nothing to it.
        return "'" + key + "' is plain text, so the page would show " + written + " in it as typed: write the words "
                + "alone here " + (mark.equals("**") || mark.startsWith("<")
                ? "(a menu label shows exactly what is written; the theme styles the menu)"
                : "(references, citations and links are read in Markdown: a page's text, and an entry's "
                + "text, summary, description, definition or note)");
    }

    static String of(RecordMapper.Problem problem, String what) {
        String key = problem.key() == null ? "" : problem.key().text();
        if (problem instanceof RecordMapper.UnknownKey unknown) {
            List<String> known = unknown.known();
            int invisible = InvisibleCharacters.indexIn(key);
            if (invisible >= 0) {
                // 'date' and 'date' with a zero-width space look alike: say what tells them apart.
                return "the key '" + key + "' holds an invisible " + InvisibleCharacters.describe(key.codePointAt(invisible))
                        + ": delete it (retype the key)";
            }
            return "unknown key '" + key + "' in " + what + ": " + Suggestions.didYouMean(key, known)
                    + "known keys: " + String.join(", ", known)
                    + (known.contains("params") ? " (put your own values under params:)" : "");
        }
        if (problem instanceof RecordMapper.EmptyText empty) {
            return "'" + key + "' has no text after it: write one, or remove the line";
        }
        if (problem instanceof RecordMapper.MarkupInPlainText markup) {
            return markupInPlainText(key, markup.mark());
        }
        if (problem instanceof RecordMapper.EmptyItem) {
            return "empty item in the list '" + key + "': remove the line or write a value";
        }
        RecordMapper.WrongType wrong = (RecordMapper.WrongType) problem;
        String glued = wrong.found() == null || !wrong.expected().isRecord() ? null : YamlMistakes.gluedKey(wrong.found());
        if (glued != null) {
            return "'" + key + "' needs key: value lines under it: " + glued;
        }
        if (wrong.found() != null && wrong.found().isBlank()) {
            // draft: "" is neither a value nor absent (RecordMapper): say both ways out. (A required key's is told by the assembly.)
            return "'" + key + "' is given an empty text '" + wrong.found() + "': write " + describe(wrong.expected())
                    + ", or remove the line to leave it out";
        }
        if (wrong.expected() == Integer.class && wrong.found() != null && wrong.found().strip().matches("[-+]?[0-9]+")) {
            // It is a whole number, only past what one holds: "wrong type" would send the editor looking for a typo.
            return "'" + key + "' is " + wrong.found().strip() + ", which is out of range: write a whole number "
                    + (wrong.whole() == null ? "from -999999999 to 999999999"
                    : wrong.whole().range() + ", like " + wrong.whole().like());
        }
        return given(wrong, key, what);
    }

    /**
     * A key that takes text (or an item of a list of texts) given a list or a mapping ({@code given}: "a list", "a
     * mapping"), for YAML read without {@link RecordMapper} (a translation): worded as for the English files.
     */
    public static String textGiven(String key, boolean item, String given) {
        return given(new RecordMapper.WrongType(null, String.class, null, given, null, item), key, "");
    }

    private static String given(RecordMapper.WrongType wrong, String key, String what) {
        String given = wrong.given() != null ? wrong.given() : wrong.found() != null ? "'" + wrong.found() + "'" : null;
        return (wrong.item() ? "an item of '" + key + "'" : "'" + key + "'") + " takes "
                + describe(wrong.expected()).replaceFirst(" \\(.*\\)$", "") // the advice shows how it is written
                + (given == null ? " in " + what : ", but is given " + given) + ": " + howToWrite(wrong, key);
    }

    /** What to write instead, in the form the key takes. */
    private static String howToWrite(RecordMapper.WrongType wrong, String key) {
        Class<?> type = wrong.expected();
        if (type == String.class) {
            // [a] and {a} read as a list and a mapping, and "- " lines under the key as list items.
            return (wrong.item() ? "write it as text" : "write the text after " + key + ": on the same line")
                    + ", in quotes (\"...\") if it starts with [ or {";
        }
        if (type == Integer.class) {
            return wrong.whole() == null ? "write it in digits, like 21" : "write a whole number, like " + wrong.whole().like();
        }
        if (type == Boolean.class) {
            return "write " + key + ": true or " + key + ": false";
        }
        if (List.class.isAssignableFrom(type)) {
            return "write the items as - item lines under it, indented, or as [a, b] after it";
        }
        return "write its keys as key: value lines under it, indented";
    }

    private static String describe(Class<?> type) {
        if (type == String.class) {
            return "text";
        }
        if (type == Integer.class) {
            return "a whole number";
        }
        if (type == Boolean.class) {
            return "true or false";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list (- item lines, or [a, b])";
        }
        return "a mapping (key: value lines)";
    }
}
