package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import folio.output.SearchFold;
import folio.render.NoBreaks;
import folio.render.RenderedFile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A search result keeps together what its page keeps together (NoBreaks: "25 June", «90 млрд», "point 21",
 * a dash with the word before it, a range's two numbers), in every title, kind and snippet of both editions
 * of the real site, and a query typed with ordinary spaces still finds it.
 */
class SearchGlueTest {

    @ParameterizedTest(name = "{0}search-index.json")
    @CsvSource({"'', 20 November, 20\u00a0November", "uk/, 20 листопада, 20\u00a0листопада"})
    void everyShownTextIsGluedAsPagesAreAndStillFound(String edition, String query, String glued) throws Exception {
        JsonNode index = new ObjectMapper().readTree(text(edition + "search-index.json"));
        List<String> wrong = new ArrayList<>();
        int found = 0;
        int gluedTexts = 0;
        String folded = SearchFold.fold(query);
        for (JsonNode entry : index) {
            for (String field : List.of("title", "kind", "text")) {
                String shown = entry.get(field).asText();
                if (!shown.equals(NoBreaks.text(shown))) {
                    wrong.add(entry.get("url").asText() + " " + field + ": " + shown.substring(0, Math.min(120, shown.length())));
                }
            }
            if (entry.get("text").asText().contains(glued)) {
                gluedTexts++;
                if (entry.get("textKeys").asText().contains(folded)) {
                    found++;
                }
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " shown texts with a space a page would glue:\n  " + String.join("\n  ", wrong));
        assertTrue(gluedTexts > 0, "no entry shows " + query + " glued");
        assertEquals(gluedTexts, found, "entries showing " + query + " that the query does not find");
    }

    @Test
    void aThousandsGroupAndARangeAreFoundByWhatAReaderTypes() throws Exception {
        JsonNode index = new ObjectMapper().readTree(text("uk/search-index.json"));
        int groups = 0;
        for (JsonNode entry : index) {
            if (entry.get("text").asText().contains("600\u00a0000")) {
                groups++;
                for (String query : List.of("600 000", "600000", "600,000")) {
                    assertTrue(entry.get("textKeys").asText().contains(SearchFold.fold(query)), query + " in " + entry.get("url"));
                }
            }
        }
        assertTrue(groups > 0, "no entry shows 600 000");
        assertEquals(SearchFold.fold("20–21 листопада"), SearchFold.fold(NoBreaks.text("20–21 листопада")));
    }

    private static String text(String path) {
        return RealSite.built().files().stream().filter(f -> f.path().equals(path)).findFirst()
                .map(RenderedFile::text).orElseThrow(() -> new AssertionError(path));
    }
}
