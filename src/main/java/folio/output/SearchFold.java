package folio.output;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The one normalisation of search text ("Search" in docs/templates.md). The index holds every
 * entry's text folded by it, and the theme's {@code search-fold.js} folds what a reader types the
 * same way, step for step; both are checked against the same cases
 * ({@code src/test/resources/search/fold-cases.tsv}), so change them together.
 * <ol>
 * <li>the word joiner (U+2060, which the index's shown text has after a range's dash and a short hyphenated
 *     word's hyphen, as pages do: {@code NoBreaks}) dropped: 20–⁠21 = 20–21, де-⁠факто = де-факто;</li>
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
     * Text folded for matching (see the class comment). The index folds every entry's text, so
     * each step is skipped when the text has nothing it changes, and words and white space are
     * scanned by hand in one pass over the characters ({@link FoldWords}) rather than by regular
     * expressions.
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String t = Normalizer.normalize(text.indexOf('\u2060') < 0 ? text : text.replace("\u2060", ""), Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT);
        int has = FoldWords.scan(t);
        if ((has & FoldWords.HIGH) != 0 && mayHaveMarks(t)) {
            t = Normalizer.normalize(LATIN_MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFD)).replaceAll("$1"),
                    Normalizer.Form.NFC);
            has = FoldWords.scan(t); // a canonical decomposition can bring an apostrophe (U+1FEF is `)
        }
        if ((has & FoldWords.APOSTROPHE) != 0) {
            t = APOSTROPHES.matcher(POSSESSIVE.matcher(t).replaceAll("")).replaceAll("");
        }
        if ((has & FoldWords.DIGIT) != 0) {
            t = GROUPS.matcher(t).replaceAll("$1");
        }
        if ((has & FoldWords.CYRILLIC) != 0) {
            t = latin(t);
        }
        return FoldWords.wordsAndSpaces(t).strip();
    }

    /**
     * Whether the accent step can change the text: one whose characters from U+00C0 up are all
     * dashes, quotes or '…' (U+2010–U+2027, none of which decomposes or composes), or one in both
     * NFD and NFC without a mark in U+0300–U+036F, comes out of it as it went in. The dash and
     * quote range is let through cheaply because cut search texts end in '…'.
     */
    static boolean mayHaveMarks(String t) {
        boolean other = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '\u0300' && c <= '\u036f') {
                return true;
            }
            other |= c >= '\u00c0' && (c < '\u2010' || c > '\u2027');
        }
        return other && (!Normalizer.isNormalized(t, Normalizer.Form.NFD) || !Normalizer.isNormalized(t, Normalizer.Form.NFC));
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

    /** Cyrillic letters in Latin (step 4); package-private so the tests can apply it to every text. */
    static String latin(String text) {
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
}
