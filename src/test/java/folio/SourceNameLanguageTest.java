package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import folio.render.RenderedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Outlets' names, authors and the sites a source was read at are written once, in the English
 * files, and shown as written on the Ukrainian pages too: there they must carry {@code lang="en"}
 * (or the source's {@code outlet_language:}), or a screen reader reads "The Wall Street Journal"
 * with a Ukrainian voice. Builds the real site and reads every page's reference list, sources list
 * and citations with jsoup.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SourceNameLanguageTest {
    private final List<Document> ukrainian = new ArrayList<>();
    private final List<Document> english = new ArrayList<>();
    /** Each byline written with {@code author_language:} in content/data/sources, and that language. */
    private final Map<String, String> bylineLanguages = new TreeMap<>();

    @BeforeAll
    void build() {
        Build.Result result = RealSite.built();
        for (RenderedFile file : result.files()) {
            if (file.path().endsWith(".html") && !file.path().equals("404.html")) {
                Document page = Jsoup.parse(new String(file.bytes(), StandardCharsets.UTF_8), file.path());
                (file.path().startsWith("uk/") ? ukrainian : english).add(page);
            }
        }
        assertTrue(ukrainian.size() > 20 && english.size() > 20, ukrainian.size() + " Ukrainian, " + english.size() + " English pages");
        readBylineLanguages();
    }

    private void readBylineLanguages() {
        YAMLMapper yaml = new YAMLMapper();
        try (Stream<Path> files = Files.list(Path.of("content/data/sources"))) {
            for (Path file : files.filter(f -> f.toString().matches(".*/[^.]+\\.yaml")).toList()) {
                for (JsonNode source : yaml.readTree(file.toFile())) {
                    if (source.hasNonNull("author") && source.hasNonNull("author_language")) {
                        bylineLanguages.put(source.get("author").asText().strip(), source.get("author_language").asText());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(bylineLanguages.containsValue("ru"), "no byline with author_language: ru in content/data/sources: " + bylineLanguages);
    }

    /** {@code words} without the bylines written in {@code language}, which the page prints as its own text. */
    private String withoutBylinesIn(String language, String words) {
        for (Map.Entry<String, String> byline : bylineLanguages.entrySet()) {
            if (byline.getValue().equals(language)) {
                words = words.replace("(автор: " + byline.getKey() + ")", "");
            }
        }
        return words;
    }

    /** The language a screen reader reads an element in: its own lang, or its nearest ancestor's. */
    private static String languageOf(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e.hasAttr("lang")) {
                return e.attr("lang");
            }
        }
        return "";
    }

    /**
     * The outlets' names on a page: in the sources list and references, and in citations, where a
     * link that tells an outlet's report apart ("Axios, 18 листопада 2025 року") marks the name alone.
     */
    private static java.util.List<Element> names(Document page) {
        java.util.List<Element> names = new java.util.ArrayList<>();
        for (Element e : page.select(".outlet, sup.cite a:not([href^=#ref-])")) {
            Element named = e.hasAttr("lang") ? null : e.selectFirst("> span[lang]");
            names.add(named == null ? e : named);
        }
        return names;
    }

    private static String where(Document page, Element element) {
        return page.location() + ": " + element.outerHtml();
    }

    @Test
    void outletsOnUkrainianPagesAreReadInTheirOwnLanguage() {
        int outlets = 0;
        int polish = 0;
        for (Document page : ukrainian) {
            for (Element outlet : names(page)) {
                outlets++;
                String name = outlet.text();
                String expected = name.equals("Do Rzeczy") || name.equals("Polskie Radio") ? "pl"
                        : name.equals("La Gaceta") ? "es" : name.equals("LaPresse") ? "it" : "en";
                polish += expected.equals("pl") ? 1 : 0;
                assertEquals(expected, languageOf(outlet), where(page, outlet));
            }
        }
        assertTrue(outlets > 500, outlets + " outlets' names on the Ukrainian pages");
        assertTrue(polish > 0, "no Polish outlet on the Ukrainian pages: the test no longer sees outlet_language");
    }

    @Test
    void outletsOnEnglishPagesAreMarkedOnlyWhenNotEnglish() {
        int marked = 0;
        for (Document page : english) {
            for (Element outlet : names(page)) {
                String name = outlet.text();
                boolean foreign = name.equals("Do Rzeczy") || name.equals("Polskie Radio") || name.equals("La Gaceta")
                        || name.equals("LaPresse");
                assertEquals(foreign, outlet.hasAttr("lang"), where(page, outlet));
                marked += foreign ? 1 : 0;
            }
        }
        assertTrue(marked > 0, "no outlet with outlet_language on the English pages");
    }

    /** "Прочитано на Babel", "автор: Jane Doe", the map's "за повідомленням Online.ua": the name after the Ukrainian words is read as English. */
    @Test
    void readAtAndAuthorOnUkrainianPagesAreReadInEnglish() {
        int names = 0;
        for (Document page : ukrainian) {
            for (Element item : page.select("ol.references li, li:has(> .outlet), p.share-caption")) {
                for (TextNode text : item.textNodes()) {
                    // A byline in the page's own language (author_language: uk) is the page's text, with no lang.
                    String words = withoutBylinesIn("uk", text.getWholeText());
                    if (words.contains("Прочитано на ") || words.contains("(автор: ") || words.contains("за повідомленням ")) {
                        assertTrue(words.endsWith("Прочитано на ") || words.endsWith("(автор: ")
                                || words.endsWith("за повідомленням "), page.location()
                                + ": the name is in the Ukrainian text '" + words.strip() + "'");
                        Node next = text.nextSibling();
                        // A byline with author_language: is read in that language, any other name in English.
                        String expected = next instanceof Element name && words.endsWith("(автор: ")
                                ? bylineLanguages.getOrDefault(name.text(), "en") : "en";
                        assertTrue(next instanceof Element name && name.tagName().equals("span")
                                && name.attr("lang").equals(expected), page.location() + ": after '" + words.strip()
                                + "' comes " + next);
                        names++;
                    }
                }
            }
        }
        assertTrue(names > 100, names + " authors and sites read at on the Ukrainian pages");
    }

    /** On English pages only a name in another language is marked: a byline with its author_language. */
    @Test
    void englishPagesMarkOnlyTheBylineInAnotherLanguage() {
        int marked = 0;
        for (Document page : english) {
            for (Element span : page.select("ol.references li > span[lang], li:has(> .outlet) > span[lang]")) {
                String language = bylineLanguages.get(span.text());
                assertTrue(language != null && !language.equals("en") && span.attr("lang").equals(language), where(page, span));
                marked++;
            }
        }
        assertTrue(marked > 0, "no byline with author_language: is marked on any English page");
    }
}
