package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import folio.render.RenderedFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * No English interface text on the real site's Ukrainian pages: builds content/ and templates/,
 * and looks on every page under uk/ (its text, the attributes a reader or a screen reader meets,
 * and the data- attributes search.js reads its words from) for the English text of every key of
 * templates/i18n/en.yaml whose Ukrainian text differs; and in uk/search-index.json for English
 * kinds and dates. What a page quotes in English is marked so (a source's headline has
 * {@code lang="en"}, an outlet is its name) and is left out of the scan.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UkrainianInterfaceTest {
    private Build.Result result;
    /** The English text of every key whose Ukrainian text differs, as a pattern, with its keys. */
    private final Map<String, Set<String>> english = new TreeMap<>();

    @BeforeAll
    void build() throws Exception {
        result = RealSite.built();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Map<String, String> en = new TreeMap<>();
        Map<String, String> uk = new TreeMap<>();
        flatten("", yaml.readTree(Path.of("templates/i18n/en.yaml").toFile()), en);
        flatten("", yaml.readTree(Path.of("templates/i18n/uk.yaml").toFile()), uk);
        en.forEach((key, text) -> {
            if (!text.equals(uk.get(key)) && !key.startsWith("meta.") && !key.startsWith("language-name.")) {
                for (String piece : pieces(key, text)) {
                    english.computeIfAbsent(piece, p -> new TreeSet<>()).add(key);
                }
            }
        });
    }

    /** Keys as dotted paths; plural forms as key.one, key.other. */
    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> flatten(prefix.isEmpty() ? f.getKey() : prefix + "." + f.getKey(), f.getValue(), out));
        } else if (node.isValueNode() && !node.isNull()) {
            out.put(prefix, node.asText());
        }
    }

    /**
     * What an English text looks like on a page: a count's placeholder matches a number (or itself,
     * in a data- attribute a script fills in), any other placeholder any text; a text of one
     * word matches a whole text node or attribute only (a camp named "Ukraine"), a longer one
     * anywhere in it ("Sources (page 2 of 4)"), at word boundaries. Texts without a word of three
     * letters are left out.
     */
    private static List<String> pieces(String key, String text) {
        String plain = (key.endsWith("_html") ? Jsoup.parse(text).text() : text).strip();
        if (!plain.replaceAll("\\{[a-z]+\\}", "").matches("(?s).*\\p{L}{3,}.*")) {
            return List.of();
        }
        StringBuilder pattern = new StringBuilder();
        for (String part : plain.split("(?=\\{[a-z]+\\})|(?<=\\})")) {
            pattern.append(part.matches("\\{(n|count|total|number)\\}") ? "(?:\\d+|\\{[a-z]+\\})"
                    : part.matches("\\{[a-z]+\\}") ? ".+?" : Pattern.quote(part));
        }
        boolean oneWord = plain.matches("[\\p{L}'’-]+");
        return List.of(oneWord ? "^\\W*" + pattern + "\\W*$" : "(?<![\\p{L}])" + pattern + "(?![\\p{L}])");
    }

    @Test
    void theKeysUnderTestIncludeTheOnesScriptsAndTheGeneratorUse() {
        Set<String> keys = new TreeSet<>();
        english.values().forEach(keys::addAll);
        for (String key : List.of("search.loading", "search.results.other", "provisions.filter", "provisions.all",
                "provisions.showing.other", "pager.title", "group.europe", "group.other", "search.kind.actor", "open-data.heading")) {
            assertTrue(keys.contains(key), key + " is not among the keys checked: " + keys);
        }
    }

    @Test
    void ukrainianPagesShowNoEnglishInterfaceText() {
        Map<Pattern, Set<String>> patterns = new java.util.LinkedHashMap<>();
        english.forEach((pattern, keys) -> patterns.put(Pattern.compile(pattern), keys));
        List<String> found = new ArrayList<>();
        int pages = 0;
        for (RenderedFile file : result.files()) {
            if (!file.path().startsWith("uk/") || !file.path().endsWith(".html")) {
                continue;
            }
            pages++;
            Document page = Jsoup.parse(file.text());
            assertEquals("uk", page.selectFirst("html").attr("lang"), file.path());
            // What the page quotes in another language, and outlets' names, are not interface text.
            page.select("[lang]:not(html):not([lang=uk]), .outlet, sup.cite, script, style, code").remove();
            List<String> texts = new ArrayList<>();
            texts.add(page.title());
            for (Element element : page.getAllElements()) {
                element.textNodes().forEach(node -> texts.add(node.text().strip()));
                for (Attribute attribute : element.attributes()) {
                    String name = attribute.getKey();
                    if (name.startsWith("data-") || Set.of("aria-label", "title", "alt", "placeholder").contains(name)
                            || name.equals("content") && !attribute.getValue().startsWith("http")) {
                        texts.add(attribute.getValue());
                    }
                }
            }
            for (String text : texts) {
                patterns.forEach((piece, keys) -> {
                    if (piece.matcher(text).find()) {
                        found.add(file.path() + ": \"" + piece + "\" (" + String.join(", ", keys) + ") in: "
                                + text.substring(0, Math.min(120, text.length())));
                    }
                });
            }
        }
        assertTrue(pages > 40, "only " + pages + " uk pages");
        assertEquals(List.of(), found.stream().distinct().toList());
    }

    @Test
    void ukrainianSearchIndexHasUkrainianKindsAndDates() throws Exception {
        RenderedFile index = result.files().stream().filter(f -> f.path().equals("uk/search-index.json")).findFirst().orElseThrow();
        JsonNode entries = new ObjectMapper().readTree(index.text());
        Pattern englishMonth = Pattern.compile("\\b(January|February|March|April|May|June|July|August|September|October|November|December)\\b");
        List<Pattern> englishKinds = new ArrayList<>();
        english.forEach((pattern, keys) -> {
            if (keys.stream().anyMatch(k -> k.startsWith("search.kind."))) {
                englishKinds.add(Pattern.compile(pattern));
            }
        });
        List<String> found = new ArrayList<>();
        for (JsonNode entry : entries) {
            String kind = entry.get("kind").asText();
            String title = entry.get("title").asText();
            if (englishKinds.stream().anyMatch(p -> p.matcher(kind).find()) || englishMonth.matcher(kind).find()
                    || (!kind.equals("Джерело") && englishMonth.matcher(title).find())) {
                found.add(kind + " | " + title);
            }
        }
        assertTrue(entries.size() > 100, "uk index has " + entries.size() + " entries");
        assertEquals(List.of(), found);
    }

    @Test
    void theGlossaryFollowsTheUkrainianAlphabet() throws Exception {
        String alphabet = "А Б В Г Ґ Д Е Є Ж З И І Ї Й К Л М Н О П Р С Т У Ф Х Ц Ч Ш Щ Ь Ю Я";
        List<String> headings = new ArrayList<>();
        List<String> bar = new ArrayList<>();
        for (RenderedFile file : result.files()) {
            if (file.path().matches("uk/glossary/(\\d+/)?index\\.html")) {
                Document page = Jsoup.parse(file.text());
                page.select("h2[id^=letter-]").forEach(h -> headings.add(file.path() + " " + h.text()));
                if (bar.isEmpty()) {
                    page.select("nav.az li").forEach(li -> bar.add(li.text()));
                }
            }
        }
        headings.sort(java.util.Comparator.comparing((String h) -> h.contains("/glossary/index") ? 1 : Integer.parseInt(h.replaceAll("\\D+", " ").trim().split(" ")[0])));
        assertTrue(String.join(" ", bar).contains(alphabet), "the letter bar is not the Ukrainian alphabet: " + bar);
        int last = -1;
        for (String heading : headings) {
            String letter = heading.substring(heading.lastIndexOf(' ') + 1);
            int at = List.of(alphabet.split(" ")).indexOf(letter);
            if (at >= 0) {
                // A letter may go on from one page to the next.
                assertTrue(at >= last, "glossary letters out of Ukrainian alphabetical order: " + headings);
                last = at;
            }
        }
        assertTrue(last > 10, "too few Cyrillic letters in the glossary: " + headings);
    }
}
