package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import folio.render.RenderedFile;
import folio.site.ModelWords;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A source found by the search reads as the sources page shows it: "Outlet, “Headline”" in English,
 * "Outlet, «Заголовок»" in Ukrainian, the headline in the page's marks (or our rendering of it, in the
 * same marks), and a descriptive title without marks, in every entry of both editions of the real site.
 */
class SearchSourceTitlesTest {

    @ParameterizedTest(name = "{0}search-index.json")
    @CsvSource({"'', “, ”", "uk/, «, »"})
    void aSourcesTitleIsShownAsOnTheSourcesPage(String edition, String open, String close) throws Exception {
        Build.Result result = RealSite.built();
        Map<String, String> files = new HashMap<>();
        for (RenderedFile file : result.files()) {
            if (file.path().startsWith(edition)) {
                files.put(file.path().substring(edition.length()), file.path());
            }
        }
        JsonNode index = new ObjectMapper().readTree(text(result, edition + "search-index.json"));
        Map<String, Document> pages = new HashMap<>();
        List<String> wrong = new ArrayList<>();
        int quoted = 0;
        int unquoted = 0;
        for (JsonNode entry : index) {
            String url = entry.get("url").asText();
            if (!url.startsWith("sources/") || !url.contains("#")) {
                continue;
            }
            String file = url.substring(0, url.indexOf('#'));
            Document page = pages.computeIfAbsent(file, f -> Jsoup.parse(text(result, files.get(f))));
            Element item = page.getElementById(url.substring(url.indexOf('#') + 1));
            String title = unglued(entry.get("title").asText());
            String prefix = unglued(item.selectFirst(".outlet").text()) + ", ";
            // The page's glue (no-break spaces in numbers, a word joiner after a range's dash) aside.
            String shown = unglued(item.text());
            // The page's headline (or, when it is in another language, our rendering after it) in the same marks.
            String rest = title.startsWith(prefix) ? title.substring(prefix.length()) : null;
            boolean marked = shown.startsWith(prefix + open);
            if (rest == null || !shown.startsWith(prefix) || !shown.contains(rest)
                    || marked != (rest.startsWith(open) && rest.endsWith(close))) {
                wrong.add(title + "\n    page: " + shown.substring(0, Math.min(shown.length(), 160)));
            } else if (marked) {
                quoted++;
            } else {
                unquoted++;
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " source titles unlike the page's:\n  " + String.join("\n  ", wrong));
        assertTrue(quoted > 100 && unquoted > 0, quoted + " headlines, " + unquoted + " descriptive titles: too few to tell");
    }

    @Test
    void aThemeThatGivesNoMarksGetsNone() {
        assertEquals(Optional.empty(), ModelWords.ENGLISH.headlineMarks());
        assertEquals(Optional.empty(), new ModelWords(Map.of("source.open-quote", "«")).headlineMarks());
        assertEquals(Optional.of(List.of("«", "»")),
                new ModelWords(Map.of("source.open-quote", "«", "source.close-quote", "»")).headlineMarks());
    }

    private static String unglued(String text) {
        return text.replace("\u2060", "").replaceAll("[\u00a0\u202f]", " ");
    }

    private static String text(Build.Result result, String path) {
        return result.files().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow(() -> new AssertionError(path))
                .text();
    }
}
