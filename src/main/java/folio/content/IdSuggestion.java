package folio.content;

import folio.diag.InvisibleCharacters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What to write instead of an id that is not lower-case letters a-z, digits and hyphens. An id
 * written in Ukrainian ({@code київ}) is transliterated (the national system, simplified to
 * a-z: {@code kyiv}); a Latin id with a Cyrillic letter that looks like a Latin one typed in it
 * ({@code оblast} with a Cyrillic о, from a keyboard left on Ukrainian) is named as such, and
 * the letter read as the Latin one it looks like.
 */
public final class IdSuggestion {
    /** Cyrillic letters that look like Latin ones, lower case. */
    private static final Map<Character, String> LOOKALIKES = Map.ofEntries(Map.entry('а', "a"), Map.entry('в', "b"),
            Map.entry('е', "e"), Map.entry('і', "i"), Map.entry('ј', "j"), Map.entry('к', "k"), Map.entry('м', "m"),
            Map.entry('н', "h"), Map.entry('о', "o"), Map.entry('р', "p"), Map.entry('с', "c"), Map.entry('ѕ', "s"),
            Map.entry('т', "t"), Map.entry('у', "y"), Map.entry('х', "x"));
    private static final Map<Character, String> UKRAINIAN = Map.ofEntries(Map.entry('а', "a"), Map.entry('б', "b"),
            Map.entry('в', "v"), Map.entry('г', "h"), Map.entry('ґ', "g"), Map.entry('д', "d"), Map.entry('е', "e"),
            Map.entry('є', "ie"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "y"), Map.entry('і', "i"),
            Map.entry('ї', "i"), Map.entry('й', "i"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"),
            Map.entry('н', "n"), Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"),
            Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"),
            Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ь', ""), Map.entry('ю', "iu"),
            Map.entry('я', "ia"), Map.entry('ё', "e"), Map.entry('ы', "y"), Map.entry('э', "e"), Map.entry('ъ', ""),
            Map.entry('\'', ""), Map.entry('’', ""), Map.entry('ʼ', ""));

    private IdSuggestion() {}

    /** The message's tail after "must use lower-case letters, digits and hyphens": a reason and an id to write. */
    public static String of(String id) {
        List<String> typed = lookalikes(id);
        String suggested = suggested(id);
        String like = suggested.isEmpty() ? "" : ", like " + suggested;
        int invisible = InvisibleCharacters.indexIn(id);
        if (invisible >= 0) {
            // Shown as an escape in the message (Diagnostic), so say what it is and that it is not seen.
            like = ": it holds an invisible " + InvisibleCharacters.describe(id.codePointAt(invisible)) + like;
        }
        if (typed.isEmpty()) {
            return like;
        }
        boolean one = typed.size() == 1;
        return ": " + String.join(" and ", typed) + (one ? " is a Cyrillic letter that looks like a Latin one"
                : " are Cyrillic letters that look like Latin ones") + ": type " + (one ? "it" : "them")
                + " with a Latin keyboard" + like;
    }

    /** The id to write instead ({@code Vance}: {@code vance}; {@code київ}: {@code kyiv}), or "" when nothing is left. */
    public static String suggested(String id) {
        String lower = id.toLowerCase(Locale.ROOT);
        boolean latin = lower.chars().anyMatch(c -> c >= 'a' && c <= 'z');
        StringBuilder written = new StringBuilder();
        for (char c : lower.toCharArray()) {
            if (Character.getType(c) == Character.FORMAT) {
                continue; // a zero-width space typed or pasted into "oblast": the id meant has none
            }
            String lookalike = LOOKALIKES.get(c);
            written.append(latin && lookalike != null ? lookalike
                    : latin ? String.valueOf(c) : UKRAINIAN.getOrDefault(c, String.valueOf(c)));
        }
        return written.toString().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** The Cyrillic lookalikes typed in a Latin id, quoted, each once. */
    private static List<String> lookalikes(String id) {
        String lower = id.toLowerCase(Locale.ROOT);
        boolean latin = lower.chars().anyMatch(c -> c >= 'a' && c <= 'z');
        List<String> typed = new ArrayList<>();
        for (char c : lower.toCharArray()) {
            if (latin && LOOKALIKES.containsKey(c) && !typed.contains("'" + c + "'")) {
                typed.add("'" + c + "'");
            }
        }
        return typed;
    }
}
