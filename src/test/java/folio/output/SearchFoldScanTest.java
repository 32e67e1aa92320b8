package folio.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * SearchFold scans words and white space by hand and skips steps with nothing to change; this
 * holds it to the normalisation written as regular expressions, step by step as the class comment
 * and search-fold.js say, on the real site's text, the cases file and random strings built from
 * the characters each step looks at (with Cyrillic, to the same steps transliterating every text).
 */
class SearchFoldScanTest {
    private static final Pattern LATIN_MARKS = Pattern.compile("([a-z])[\\u0300-\\u036f]+");
    private static final Pattern POSSESSIVE = Pattern.compile("['\\u2019\\u02bc\\u2018`]s(?![\\p{L}\\p{N}])");
    private static final Pattern APOSTROPHES = Pattern.compile("['\\u2019\\u02bc\\u2018`]");
    private static final Pattern GROUPS = Pattern.compile("([0-9])[ \\u00a0\\u202f\\u2009,.](?=[0-9]{3}(?![0-9]))");
    private static final Pattern WORD = Pattern.compile("[a-z]+");
    private static final Pattern SK_ENDING = Pattern.compile("([a-z]{2,}sk)(?:oho|ogo|omu|ym|im|yi|yy|iy|ii|i)");
    private static final Pattern Y_ENDING = Pattern.compile("([a-z]{3,})(?:yy|yi|iy|ii)");
    private static final Pattern SPACES = Pattern.compile(
            "[\\t\\n\\u000b\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]+");

    /** The word and space steps as patterns. */
    static String words(String latin) {
        String t = WORD.matcher(latin).replaceAll(m -> Matcher.quoteReplacement(canonical(m.group())));
        return SPACES.matcher(t).replaceAll(" ").strip();
    }

    private static String canonical(String word) {
        String known = SearchFold.SPELLINGS.get(word);
        if (known != null) {
            return known;
        }
        Matcher sk = SK_ENDING.matcher(word);
        if (sk.matches()) {
            return sk.group(1) + "y";
        }
        Matcher y = Y_ENDING.matcher(word);
        return y.matches() ? y.group(1) + "y" : word;
    }

    @Test
    void wordsAndSpacesMatchTheRegularExpressions() {
        // Text without Cyrillic letters is its own transliteration: fold must equal the steps written as patterns.
        List<String> wrong = new ArrayList<>();
        for (String text : samples(PIECES)) {
            String latinOnly = text.replaceAll("[\\u0400-\\u04ff]", "x");
            String expected = words(beforeLatin(latinOnly));
            String folded = SearchFold.fold(latinOnly);
            if (!folded.equals(expected)) {
                wrong.add("'" + latinOnly + "' -> '" + folded + "', patterns give '" + expected + "'");
            }
        }
        assertEquals(List.of(), wrong.size() > 20 ? wrong.subList(0, 20) : wrong);
    }

    @Test
    void skippingTheTransliterationWhenTheScanFindsNoCyrillicChangesNothing() {
        // The reference transliterates every text; fold only those its scan finds a Cyrillic letter in.
        List<String> wrong = new ArrayList<>();
        int cyrillic = 0;
        for (String text : samples(CYRILLIC_PIECES)) {
            String expected = words(SearchFold.latin(beforeLatin(text)));
            String folded = SearchFold.fold(text);
            cyrillic += text.equals(text.replaceAll("[\\u0400-\\u04ff]", "")) ? 0 : 1;
            if (!folded.equals(expected)) {
                wrong.add("'" + text + "' -> '" + folded + "', the steps give '" + expected + "'");
            }
        }
        assertTrue(cyrillic > 10_000, "the samples hold Cyrillic: " + cyrillic);
        assertEquals(List.of(), wrong.size() > 20 ? wrong.subList(0, 20) : wrong);
    }

    /** Steps 1 to 3 (case, accents, apostrophes, thousands separators) as patterns. */
    private static String beforeLatin(String text) {
        return GROUPS.matcher(APOSTROPHES.matcher(POSSESSIVE.matcher(Normalizer.normalize(
                LATIN_MARKS.matcher(Normalizer.normalize(Normalizer.normalize(text.replace("\u2060", ""), Normalizer.Form.NFC)
                        .toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("$1"), Normalizer.Form.NFC))
                .replaceAll("")).replaceAll("")).replaceAll("$1");
    }

    @Test
    void theDashesQuotesAndEllipsisSkippedByTheAccentStepAreStableUnderNormalisation() {
        // SearchFold.mayHaveMarks trusts U+2010–U+2027 not to decompose or compose with a neighbour.
        for (char c = '\u2010'; c <= '\u2027'; c++) {
            for (String s : List.of(String.valueOf(c), "a" + c + "b", "e" + c + "\u0301", "\u0439" + c + "\u0306")) {
                String folded = Normalizer.normalize(Normalizer.normalize(s, Normalizer.Form.NFD), Normalizer.Form.NFC);
                assertEquals(Normalizer.normalize(s, Normalizer.Form.NFC), folded, Integer.toHexString(c));
                assertTrue(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).equals(String.valueOf(c)));
            }
        }
        assertTrue(SearchFold.mayHaveMarks("caf\u00e9\u2026"), "an accent beside an ellipsis still takes the step");
        assertTrue(!SearchFold.mayHaveMarks("quiet \u2014 \u201cwords\u201d\u2026"), "dashes, quotes and '…' alone skip it");
    }

    private static final String[] PIECES = {"a", "z", "s", "k", "sk", "y", "i", "o", "h", "g", "m", "u", "yy", "ii",
        "oho", "omu", "kiev", "donbass", "zelensk", "ski", "skyi", "0", "5", "9", "000", " ", "  ", "\t", "\n", "\u00a0",
        "\u202f", "\u2009", "\u2003", "\u3000", "\ufeff", "\u1680", ",", ".", "'", "\u2019", "\u02bc", "\u2018", "`",
        "'s", "\u00e9", "E", "\u0301", "\u0306", "\u00c0", "\u00bf", "\u00c9", "-", "\u0130", "\u1e9e", "\u212a",
        "\u00df", "SK", "\u00b5", "\u2026", "\u2014", "\u2000", "\u2001", "\u212b", "\u0344", "\u0439", "A\u030a",
        "\u1e69", "\u00a9"};
    /**
     * Cyrillic letters, words and their edges for the transliteration step: the letters spelled
     * differently at a word's start, зг, upper case and decomposed forms, the letters either side
     * of the transliterated range (U+042F/U+0430, U+0491/U+0492, U+0450 ѐ with no Latin), beside
     * the Latin pieces the other steps look at.
     */
    private static final String[] CYRILLIC_PIECES = {"\u0439", "\u0419", "\u0438\u0306", "\u0418\u0306", "\u0454",
        "\u0457", "\u0456\u0308", "\u044e", "\u044f", "\u0451", "\u0435\u0308", "\u0491", "\u0490", "\u0492",
        "\u0493", "\u0450", "\u0400", "\u042f", "\u0430", "\u044c", "\u044a", "\u044b", "\u044d", "\u0437",
        "\u0433", "\u0437\u0433", "\u041a\u0438\u0457\u0432", "\u0414\u043e\u043d\u0431\u0430\u0441",
        "\u0417\u0435\u043b\u0435\u043d\u0441\u044c\u043a\u043e\u0433\u043e", "\u0441\u044c\u043a\u0438\u0439",
        "\u0456\u0439", "\u0438\u0439", "\u0404", "\u0407", "\u04ff", "\u0500", "a", "sk", "y", "ii", "kiev", "0",
        "000", " ", "\u00a0", "\u202f", "'", "\u2019", "\u02bc", "'s", "\u00e9", "\u0301", "\u2026", "-", "\u00b5"};

    /** The real site's lines, the cases file's texts and 20,000 random strings of {@code pieces}. */
    private static List<String> samples(String[] pieces) {
        List<String> samples = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".yaml")).toList()) {
                samples.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
            }
            for (String[] c : SearchFoldTest.cases()) {
                samples.add(c[0]);
                samples.add(c[1]);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertTrue(samples.size() > 1000, "the real site's text is read");
        Random random = new Random(17);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(12); k >= 0; k--) {
                s.append(pieces[random.nextInt(pieces.length)]);
            }
            samples.add(s.toString());
        }
        return samples;
    }
}
