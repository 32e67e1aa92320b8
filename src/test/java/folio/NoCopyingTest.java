package folio;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The editorial rules say: write in our own words, never copy sentences from a source. This test
 * compares every text under content/ (Markdown bodies and YAML string values, not keys) with the
 * source files in shared/sources/ beside the project (or above it) and fails on every run of {@value #RUN} or more
 * consecutive words that our text shares with a source outside quotation marks.
 *
 * <p>Both sides are normalised the same way: lower case, letters and digits only, single spaces.
 * Words inside double quotation marks ("..." or “...”) in our text are marked quotes, which the
 * rules allow when attributed, dated and cited, so a run must consist of unquoted words only.
 *
 * <p>Translations ({@code *.uk.md}, {@code *.uk.yaml}) are our text like the English and are
 * compared with every stored source, Ukrainian-language ones included: Ukrainian quotation marks
 * «...» (and the nested „...“) mark quotes, and the apostrophe forms ' ’ ʼ inside a word are
 * dropped on both sides, so пʼять in our text matches п’ять in a source.
 *
 * <p>Not compared: URLs (addresses, not prose) and the {@code title} of source entries under
 * content/data/sources/, which is the published headline of the work cited, i.e. a bibliographic
 * title, not our text (a translation's titles are our renderings, so they are compared).
 */
class NoCopyingTest {
    static final int RUN = 12;

    private static final Pattern REFERENCE = Pattern.compile("\\[\\[([a-z]+):([^\\]|]+)(?:\\|([^\\]]*))?\\]\\]");
    private static final Pattern CITATION = Pattern.compile("\\[@[^\\]]*\\]");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** A word of our text and whether it stands inside quotation marks. */
    record Word(String text, boolean quoted) {}

    /** One piece of our text, with where it comes from; whole is true for a quotation field. */
    record Segment(String where, String text, boolean whole) {
        Segment(String where, String text) {
            this(where, text, false);
        }
    }

    @Test
    void noRunOfTwelveWordsCopiedFromASource() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        // Beside the project, or beside a folder above it (a git worktree under wt/NAME/).
        Path sources = Stream.iterate(root.getParent(), p -> p != null, Path::getParent)
                .map(p -> p.resolve("shared/sources")).filter(Files::isDirectory).findFirst().orElse(null);
        assumeTrue(sources != null, "no shared/sources/ folder beside " + root + " or above it");

        // Every run of RUN words in any source (English, Ukrainian or other), keyed by the words joined with single spaces.
        Map<String, String> grams = new HashMap<>();
        try (Stream<Path> files = Files.list(sources)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                addGrams(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8), grams);
            }
        }

        List<Segment> segments = new ArrayList<>();
        Path content = root.resolve("content");
        try (Stream<Path> files = Files.walk(content)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                String rel = root.relativize(file).toString();
                if (rel.contains("/.")) {
                    continue;
                }
                String raw = Files.readString(file, StandardCharsets.UTF_8);
                // A translation's source titles are our renderings of the headline, so they are our text.
                boolean isSources = content.relativize(file).startsWith(Path.of("data", "sources"))
                        && folio.content.TranslationName.of(name).isEmpty();
                if (name.endsWith(".md")) {
                    String body = raw;
                    if (raw.startsWith("---")) {
                        int end = raw.indexOf("\n---", 3);
                        if (end > 0) {
                            yamlStrings(rel, raw.substring(3, end), false, segments);
                            int next = raw.indexOf('\n', end + 4);
                            body = next < 0 ? "" : raw.substring(next + 1);
                        }
                    }
                    segments.add(new Segment(rel, body));
                } else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                    yamlStrings(rel, raw, isSources, segments);
                }
            }
        }

        List<String> problems = problems(segments, grams);
        if (!problems.isEmpty()) {
            fail(problems.size() + " run(s) of " + RUN + "+ words copied from a source outside quotation marks:\n  "
                    + String.join("\n  ", problems));
        }
    }

    @Test
    void ukrainianTextIsComparedWithUkrainianSourcesAlike() {
        Map<String, String> grams = new HashMap<>();
        addGrams("ukrainska-pravda.txt", "Президент заявив, що Україна не визнає жодних територіальних поступок "
                + "і продовжить переговори з партнерами в пʼятницю.", grams);
        // The same sentence with another apostrophe form: copied all the same.
        Segment copied = new Segment("content/next.uk.md", "Він сказав, що Україна не визнає жодних територіальних "
                + "поступок і продовжить переговори з партнерами в п’ятницю [@up-2025].");
        Segment quoted = new Segment("content/next.uk.md", "Президент заявив: «Україна не визнає жодних територіальних "
                + "поступок і продовжить переговори з партнерами в пʼятницю» [@up-2025].");
        Segment own = new Segment("content/next.uk.md", "За словами президента, Київ не погодиться віддати землі, "
                + "але говоритиме з партнерами далі.");
        List<String> problems = problems(List.of(copied, quoted, own), grams);
        org.junit.jupiter.api.Assertions.assertEquals(1, problems.size(), problems.toString());
        org.junit.jupiter.api.Assertions.assertTrue(problems.get(0).startsWith("content/next.uk.md (14 words shared with "
                + "ukrainska-pravda.txt): що україна не визнає жодних територіальних поступок і продовжить переговори з партнерами в пятницю"),
                problems.get(0));
        org.junit.jupiter.api.Assertions.assertEquals(List.of("пятницю", "ukraines"),
                List.of(words("пʼятницю", true).get(0).text(), words("Ukraine's", true).get(0).text()));
    }

    /** Adds every run of {@value #RUN} words of a source's {@code text} to {@code grams}, as from {@code name}. */
    static void addGrams(String name, String text, Map<String, String> grams) {
        List<String> words = new ArrayList<>();
        for (Word w : words(text, false)) {
            words.add(w.text());
        }
        for (int i = 0; i + RUN <= words.size(); i++) {
            grams.putIfAbsent(String.join(" ", words.subList(i, i + RUN)), name);
        }
    }

    /** Each longest run of {@value #RUN}+ unquoted words of our segments found in a source, described. */
    static List<String> problems(List<Segment> segments, Map<String, String> grams) {
        List<String> problems = new ArrayList<>();
    for (Segment segment : segments) {
        if (segment.whole()) {
            continue; // a marked quotation: allowed by the rules when attributed, dated and cited
        }
        List<Word> words = words(segment.text(), true);
        int i = 0;
        while (i + RUN <= words.size()) {
            String hit = copied(words, i, grams);
            if (hit == null) {
                i++;
                continue;
            }
            // Extend to the longest run starting here.
            int end = i + RUN;
            while (end < words.size() && copied(words, end - RUN + 1, grams) != null) {
                end++;
            }
            StringBuilder run = new StringBuilder();
            for (int k = i; k < end; k++) {
                run.append(k > i ? " " : "").append(words.get(k).text());
            }
            problems.add(segment.where() + " (" + (end - i) + " words shared with " + hit + "): " + run);
            i = end;
        }
    }
        return problems;
    }

    /** The source file whose words match RUN unquoted words from position i, or null. */
    private static String copied(List<Word> words, int i, Map<String, String> grams) {
        if (i + RUN > words.size()) {
            return null;
        }
        StringBuilder key = new StringBuilder();
        for (int k = i; k < i + RUN; k++) {
            Word w = words.get(k);
            if (w.quoted()) {
                return null;
            }
            key.append(k > i ? " " : "").append(w.text());
        }
        return grams.get(key.toString());
    }

    /** Adds every string value (never a key) of a YAML document as its own segment. */
    private static void yamlStrings(String where, String yaml, boolean isSources, List<Segment> out)
            throws IOException {
        JsonNode node = YAML.readTree(yaml);
        if (node != null) {
            collect(where, node, null, false, isSources, out);
        }
    }

    private static void collect(String where, JsonNode node, String key, boolean inQuote, boolean isSources,
            List<Segment> out) {
        if (node.isObject()) {
            // A reaction's `quote` block holds an exact, attributed quotation, shown as a quote.
            boolean quote = inQuote || "quote".equals(key);
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                collect(where, e.getValue(), e.getKey(), quote, isSources, out);
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                collect(where, item, key, inQuote, isSources, out);
            }
        } else if (node.isTextual()) {
            if (isSources && "title".equals(key)) {
                return; // the cited work's own headline
            }
            out.add(new Segment(where + (key == null ? "" : " [" + key + "]"), node.asText(), inQuote && "text".equals(key)));
        }
    }

    private static boolean isApostrophe(int c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }

    /**
     * Lower-case words (letters and digits). For our text, references are replaced by what they
     * show, citations and URLs are dropped, and each word records whether it is inside double
     * quotation marks.
     */
    static List<Word> words(String text, boolean ours) {
        text = URL.matcher(text).replaceAll(" ");
        if (ours) {
            Matcher m = REFERENCE.matcher(text);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String shown = m.group(3) != null ? m.group(3)
                        : ("provision".equals(m.group(1)) ? "point " + m.group(2) : m.group(2).replace('-', ' '));
                m.appendReplacement(sb, Matcher.quoteReplacement(shown));
            }
            m.appendTail(sb);
            text = CITATION.matcher(sb.toString()).replaceAll(" ");
        }
        List<Word> words = new ArrayList<>();
        boolean quoted = false;
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (c == '\n' && text.startsWith("\n\n", i)) {
                quoted = false; // a quotation never runs across paragraphs
            }
            if (ours && (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB' || c == '\u201E')) {
                if (c == '\u201C' || c == '\u00AB' || c == '\u201E') {
                    quoted = true; // “, and Ukrainian « and the nested „ (closed by “ inside «...»)
                } else if (c == '\u201D' || c == '\u00BB') {
                    quoted = false;
                } else {
                    quoted = !quoted;
                }
                i++;
                continue;
            }
            if (Character.isLetterOrDigit(c) && !isApostrophe(c)) {
                // An apostrophe between letters (' ’ ʼ, Ukrainian пʼять, English Ukraine's) is dropped, so
                // every form of it gives the same word on both sides.
                StringBuilder word = new StringBuilder();
                while (i < text.length()) {
                    int d = text.codePointAt(i);
                    boolean joined = isApostrophe(d) && i + 1 < text.length() && Character.isLetter(text.codePointAt(i + 1));
                    if (!joined && (!Character.isLetterOrDigit(d) || isApostrophe(d))) {
                        break;
                    }
                    if (!joined) {
                        word.appendCodePoint(d);
                    }
                    i += Character.charCount(d);
                }
                words.add(new Word(word.toString().toLowerCase(java.util.Locale.ROOT), quoted));
                continue;
            }
            i += Character.charCount(c);
        }
        return words;
    }
}
