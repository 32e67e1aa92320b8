package folio.site;

import java.util.Locale;

/**
 * How a glossary term reads inside a sentence when a reference gives no words of its own
 * ({@code [[term:amnesty]]} in "a full amnesty"): the headword without a trailing qualifier in
 * brackets ("Martial law (Ukraine)" reads "martial law"), with its first letter in lower case
 * unless the term is a proper noun ({@code proper: true}) or starts with an abbreviation
 * ("NATO Article 5", "G8"). A sentence that needs another form writes {@code [[term:x|words]]}.
 */
public final class TermForm {
    private TermForm() {}

    public static String inSentence(String term, boolean proper) {
        String words = term.strip();
        if (words.endsWith(")")) {
            int open = words.lastIndexOf(" (");
            if (open > 0) {
                words = words.substring(0, open).strip();
            }
        }
        if (proper || words.isEmpty() || startsWithAbbreviation(words)) {
            return words;
        }
        return words.substring(0, 1).toLowerCase(Locale.ROOT) + words.substring(1);
    }

    /** The first word has a second capital or a digit: an abbreviation such as NATO, G8, EU or START. */
    private static boolean startsWithAbbreviation(String words) {
        int end = words.indexOf(' ');
        String first = end < 0 ? words : words.substring(0, end);
        return first.length() > 1 && first.substring(1).chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }
}
