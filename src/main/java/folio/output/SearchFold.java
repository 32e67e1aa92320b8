package folio.output;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one normalisation of search text ("Search" in docs/templates.md). The index holds every
 * entry's text folded by it, and the theme's {@code search-fold.js} folds what a reader types the
 * same way, step for step; both are checked against the same cases
 * ({@code src/test/resources/search/fold-cases.tsv}), so change them together.
 * <ol>
 * <li>lower case; accents dropped from Latin letters (é → e), Cyrillic letters kept (й, ї stay);</li>
 * <li>the English possessive 's dropped, then every apostrophe form (' ’ ʼ ‘ `): Слов'янськ = Словʼянськ;</li>
 * <li>thousands separators (space, no-break space, narrow no-break space, thin space, comma, full
 *     stop) dropped between digits: 600 000 = 600,000 = 600000;</li>
 * <li>Cyrillic written in Latin by Ukraine's national transliteration (KMU 2010: є ї й ю я as
 *     ye yi y yu ya at the start of a word and ie i i iu ia elsewhere, зг as zgh, ь dropped), with
 *     the Russian letters ё э ы ъ added: Київ → kyiv, Донбас → donbas;</li>
 * <li>each Latin word made canonical: a fixed list of other spellings ({@link #SPELLINGS}: kiev,
 *     kyieva → kyiv, donbass → donbas), then surname and adjective endings in -sk (-skyi, -skyy,
 *     -skiy, -skoho, -skomu, -skym...) as -sky and a final yy, yi, iy, ii as y (Zelenskyy, Зеленського
 *     → zelensky; Andriy, Андрій → andry);</li>
 * <li>runs of white space as one space, none at either end.</li>
 * </ol>
 */
public final class SearchFold {
    private SearchFold() {}

    private static final Pattern LATIN_MARKS = Pattern.compile("([a-z])[\\u0300-\\u036f]+");
    private static final Pattern POSSESSIVE = Pattern.compile("['\\u2019\\u02bc\\u2018`]s(?![\\p{L}\\p{N}])");
    private static final Pattern APOSTROPHES = Pattern.compile("['\\u2019\\u02bc\\u2018`]");
    private static final Pattern GROUPS = Pattern.compile("([0-9])[ \\u00a0\\u202f\\u2009,.](?=[0-9]{3}(?![0-9]))");
    /** The endings after -sk that make a word end in -sky: ([a-z]{2,}sk)(oho|ogo|omu|ym|im|yi|yy|iy|ii|i). */
    private static final Set<String> SK_ENDINGS = Set.of("oho", "ogo", "omu", "ym", "im", "yi", "yy", "iy", "ii", "i");
    /** The endings that become y after at least three letters: ([a-z]{3,})(yy|yi|iy|ii). */
    private static final Set<String> Y_ENDINGS = Set.of("yy", "yi", "iy", "ii");

    /**
     * Other spellings readers type for the same name, after transliteration: Russian-based and
     * older English ones, and inflected forms of the names most searched for.
     */
    static final Map<String, String> SPELLINGS = Map.ofEntries(
            Map.entry("kiev", "kyiv"), Map.entry("kyev", "kyiv"), Map.entry("kieva", "kyiv"),
            Map.entry("kyieva", "kyiv"), Map.entry("kyievi", "kyiv"), Map.entry("kyievom", "kyiv"),
            Map.entry("donbass", "donbas"), Map.entry("kharkov", "kharkiv"), Map.entry("lugansk", "luhansk"),
            Map.entry("odessa", "odesa"), Map.entry("dnepr", "dnipro"), Map.entry("dnepropetrovsk", "dnipropetrovsk"),
            Map.entry("zaporozhye", "zaporizhzhia"), Map.entry("zaporozhe", "zaporizhzhia"),
            Map.entry("zaporizhia", "zaporizhzhia"), Map.entry("zaporizhzhya", "zaporizhzhia"),
            Map.entry("zaporozhia", "zaporizhzhia"), Map.entry("nikolaev", "mykolaiv"), Map.entry("nykolaev", "mykolaiv"),
            Map.entry("kupyansk", "kupiansk"), Map.entry("slavyansk", "sloviansk"), Map.entry("slaviansk", "sloviansk"),
            Map.entry("slovyansk", "sloviansk"), Map.entry("artemovsk", "bakhmut"),
            Map.entry("krym", "crimea"), Map.entry("krymu", "crimea"), Map.entry("krymom", "crimea"),
            Map.entry("ukraina", "ukraine"), Map.entry("ukrainy", "ukraine"), Map.entry("ukraini", "ukraine"),
            Map.entry("ukrainu", "ukraine"), Map.entry("ukrainoiu", "ukraine"),
            Map.entry("rosiia", "russia"), Map.entry("rosii", "russia"), Map.entry("rosiiu", "russia"),
            Map.entry("rosiieiu", "russia"),
            Map.entry("sibiga", "sybiha"), Map.entry("dmitriyev", "dmitriev"), Map.entry("dmytriiev", "dmitriev"),
            Map.entry("dmytryev", "dmitriev"), Map.entry("witkof", "witkoff"), Map.entry("vitkoff", "witkoff"),
            Map.entry("tramp", "trump"), Map.entry("umierov", "umerov"), Map.entry("pieskov", "peskov"),
            Map.entry("medvediev", "medvedev"), Map.entry("yuliia", "yulia"));

    /**
     * Text folded for matching (see the class comment). Each step is skipped when the text has
     * nothing it changes, and words and white space are scanned by hand, not by regular
     * expressions: the index folds every entry's text (at 10,000 pages the regular expressions
     * took 2 s of the build).
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String t = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        if (!below(t, 0xC0)) { // below U+00C0 nothing decomposes and there are no combining marks
            t = Normalizer.normalize(LATIN_MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFD)).replaceAll("$1"),
                    Normalizer.Form.NFC);
        }
        if (hasApostrophe(t)) {
            t = APOSTROPHES.matcher(POSSESSIVE.matcher(t).replaceAll("")).replaceAll("");
        }
        if (hasDigit(t)) {
            t = GROUPS.matcher(t).replaceAll("$1");
        }
        return spaces(canonicalWords(latin(t))).strip();
    }

    private static boolean below(String t, int limit) {
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) >= limit) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasApostrophe(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\'' || c == '\u2019' || c == '\u02bc' || c == '\u2018' || c == '`') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** Every run of a-z made canonical ({@link #canonical}). */
    private static String canonicalWords(String t) {
        StringBuilder out = null;
        int copied = 0;
        int n = t.length();
        int i = 0;
        while (i < n) {
            if (!isLatin(t.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isLatin(t.charAt(i))) {
                i++;
            }
            String word = t.substring(start, i);
            String canonical = canonical(word);
            if (!canonical.equals(word)) {
                if (out == null) {
                    out = new StringBuilder(n + 16);
                }
                out.append(t, copied, start).append(canonical);
                copied = i;
            }
        }
        return out == null ? t : out.append(t, copied, n).toString();
    }

    private static boolean isLatin(char c) {
        return c >= 'a' && c <= 'z';
    }

    /** Runs of white space (JavaScript's {@code \s}) as one space. */
    private static String spaces(String t) {
        StringBuilder out = null;
        int n = t.length();
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (!isSpace(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            int end = i + 1;
            while (end < n && isSpace(t.charAt(end))) {
                end++;
            }
            if (out == null && (c != ' ' || end > i + 1)) {
                out = new StringBuilder(n).append(t, 0, i);
            }
            if (out != null) {
                out.append(' ');
            }
            i = end - 1;
        }
        return out == null ? t : out.toString();
    }

    /** The same white space as JavaScript's {@code \s}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c == '\u00a0' || c == '\u1680' || c >= '\u2000' && c <= '\u200a'
                || c == '\u2028' || c == '\u2029' || c == '\u202f' || c == '\u205f' || c == '\u3000' || c == '\ufeff';
    }

    private static final String[] LETTERS = letters();

    /** а..я, then є і ї ґ ё: the Latin of each lower-case Cyrillic letter not at a word's start. */
    private static String[] letters() {
        String[] map = new String[0x492 - 0x430];
        String[] base = {"a", "b", "v", "h", "d", "e", "zh", "z", "y", "i", "k", "l", "m", "n", "o", "p", "r", "s",
            "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "iu", "ia"};
        System.arraycopy(base, 0, map, 0, base.length);
        map['ё' - 0x430] = "io";
        map['є' - 0x430] = "ie";
        map['і' - 0x430] = "i";
        map['ї' - 0x430] = "i";
        map['ґ' - 0x430] = "g";
        return map;
    }

    private static String latin(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String l = c >= 0x430 && c < 0x492 ? LETTERS[c - 0x430] : null;
            if (l == null) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            boolean first = i == 0 || !Character.isLetter(text.charAt(i - 1));
            if (first) {
                l = switch (c) {
                    case 'є' -> "ye";
                    case 'ї' -> "yi";
                    case 'й' -> "y";
                    case 'ю' -> "yu";
                    case 'я' -> "ya";
                    case 'ё' -> "yo";
                    default -> l;
                };
            } else if (c == 'г' && text.charAt(i - 1) == 'з') {
                l = "gh";
            }
            out.append(l);
        }
        return out == null ? text : out.toString();
    }

    private static String canonical(String word) {
        String known = SPELLINGS.get(word);
        if (known != null) {
            return known;
        }
        // The longest stem first, as the pattern's greedy [a-z]{2,} would find it.
        int n = word.length();
        for (int end = n - 1; end >= Math.max(4, n - 3); end--) {
            if (word.charAt(end - 2) == 's' && word.charAt(end - 1) == 'k' && SK_ENDINGS.contains(word.substring(end))) {
                return word.substring(0, end) + "y";
            }
        }
        return n >= 5 && Y_ENDINGS.contains(word.substring(n - 2)) ? word.substring(0, n - 2) + "y" : word;
    }
}
