package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import folio.output.SearchFold;
import folio.render.RenderedFile;
import folio.site.Actor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Each edition's search finds a person by the other edition's name: the real site's uk index
 * holds "JD Vance" folded in the keys of «Джей Ді Венс», the English index «Джей Ді Венс» in
 * the keys of JD Vance, and so for every person of who's who whose names differ, on their
 * who's-who entry and their reactions.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossLanguageSearchTest {
    private Build.Result result;

    @BeforeAll
    void build() {
        result = RealSite.built();
    }

    private JsonNode index(String path) throws Exception {
        RenderedFile file = result.files().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
        return new ObjectMapper().readTree(file.text());
    }

    /** The keys of the index entry whose title is {@code title}. */
    private static String keysOf(JsonNode index, String title) {
        for (JsonNode entry : index) {
            if (entry.get("title").asText().equals(title)) {
                return entry.get("keys").asText();
            }
        }
        throw new AssertionError("no entry titled " + title);
    }

    @Test
    void vanceIsFoundByEitherNameInEitherEdition() throws Exception {
        // What search.js does with a query: fold it, then look for each word in an entry's keys.
        String vance = SearchFold.fold("Vance");
        String vens = SearchFold.fold("Венс");
        assertTrue(!vance.equals(vens), "the two spellings fold alike: nothing to test");
        assertTrue(keysOf(index("uk/search-index.json"), "Джей Ді Венс").contains(vance));
        assertTrue(keysOf(index("search-index.json"), "JD Vance").contains(vens));
    }

    @Test
    void everyPersonCarriesTheOtherEditionsName() throws Exception {
        JsonNode en = index("search-index.json");
        JsonNode uk = index("uk/search-index.json");
        List<String> missing = new ArrayList<>();
        int differ = 0;
        for (JsonNode entry : uk) {
            String url = entry.get("url").asText();
            if (!url.startsWith("who/") || !url.contains("#")) { // a person (the page itself is not one)
                continue;
            }
            JsonNode english = null;
            for (JsonNode e : en) {
                if (e.get("url").asText().equals(url)) {
                    english = e;
                }
            }
            String ukName = entry.get("title").asText();
            String enName = english.get("title").asText();
            if (SearchFold.fold(ukName).equals(SearchFold.fold(enName))) {
                continue;
            }
            differ++;
            if (!entry.get("keys").asText().contains(SearchFold.fold(enName))) {
                missing.add("uk " + ukName + " lacks " + enName);
            }
            if (!english.get("keys").asText().contains(SearchFold.fold(ukName))) {
                missing.add("en " + enName + " lacks " + ukName);
            }
        }
        assertTrue(differ > 10, "only " + differ + " people whose names fold differently");
        assertEquals(List.of(), missing);
    }

    @Test
    void aReactionIsFoundByTheOtherEditionsNameOfItsActor() throws Exception {
        Actor vance = result.site().actors().stream().filter(a -> a.name().equals("JD Vance")).findFirst().orElseThrow();
        String vens = SearchFold.fold("Венс");
        int reactions = 0;
        for (JsonNode entry : index("search-index.json")) {
            if (entry.get("title").asText().startsWith(vance.name() + ", ")) {
                reactions++;
                assertTrue(entry.get("keys").asText().contains(vens), entry.toString());
            }
        }
        assertTrue(reactions > 0, "no reaction of " + vance.name() + " in the index");
    }
}
