package folio.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import folio.Build;
import folio.TestSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index side of the search normalisation: the cases the theme's search-fold.js is held to as
 * well (tools/search/fold.test.mjs), and the folded keys the index writes.
 */
class SearchFoldTest {
    static final Path CASES = Path.of("src/test/resources/search/fold-cases.tsv");

    /** The cases file: text, then what it folds to; \\uXXXX is that character. */
    static List<String[]> cases() throws IOException {
        List<String[]> cases = new ArrayList<>();
        for (String line : Files.readAllLines(CASES, StandardCharsets.UTF_8)) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            assertEquals(2, cells.length, "a case is text<TAB>folded: " + line);
            cases.add(new String[] {unescape(cells[0]), unescape(cells[1])});
        }
        return cases;
    }

    private static String unescape(String s) {
        Matcher m = Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(s);
        return m.replaceAll(r -> Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(r.group(1), 16))));
    }

    @Test
    void everyCaseFoldsAsWritten() throws IOException {
        List<String[]> cases = cases();
        assertTrue(cases.size() > 40, "the cases file is read");
        List<String> wrong = new ArrayList<>();
        for (String[] c : cases) {
            String folded = SearchFold.fold(c[0]);
            if (!folded.equals(c[1])) {
                wrong.add(c[0] + " -> " + folded + " (expected " + c[1] + ")");
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void foldingIsIdempotent() throws IOException {
        for (String[] c : cases()) {
            assertEquals(c[1], SearchFold.fold(c[1]), c[0]);
        }
    }

    /** What the search shows is what it folded: with quotes in a title and a text, which readers see as marks. */
    @Test
    void eachEntryIsFoldedFromWhatItShows(@TempDir Path dir) throws IOException {
        TestSite site = TestSite.minimal(dir)
                .file("templates/search.peb", "{{ page.title }}")
                .file("content/index.md", "---\ntitle: Home\n---\nHello.\n")
                .file("content/plan.md", "---\ntitle: 'The \"refined framework\"'\n---\nThe Geneva \"refined framework\" and Ukraine's view.\n");
        Build.Result result = site.build();
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        JsonNode index = new ObjectMapper().readTree(site.read("search-index.json"));
        int quoted = 0;
        for (JsonNode e : index) {
            String text = e.get("text").asText();
            String title = e.get("title").asText();
            assertEquals(SearchFold.fold(text), e.get("textKeys").asText(), text);
            assertTrue(e.get("keys").asText().startsWith(SearchFold.fold(title)), title);
            quoted += text.contains("\u201C") ? 1 : 0;
        }
        assertEquals(1, quoted, "the entry shows the marks: " + index);
    }

    @Test
    void theIndexHoldsEachEntryFolded(@TempDir Path dir) throws IOException {
        TestSite site = TestSite.minimal(dir)
                .file("templates/search.peb", "{{ page.title }}") // a theme with a search page gets the index
                .file("content/index.md", "---\ntitle: Home\n---\nHello.\n")
                .file("content/kyiv.md", "---\ntitle: Київ і Донбас\n---\nАрмія до 600\u00a0000 осіб; Словʼянськ, Зеленського.\n");
        Build.Result result = site.build();
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        JsonNode index = new ObjectMapper().readTree(site.read("search-index.json"));
        JsonNode entry = null;
        for (JsonNode e : index) {
            // The shown title has the page's glue: «і» goes with the word after it.
            if (e.get("title").asText().equals("Київ і\u00a0Донбас")) {
                entry = e;
            }
        }
        assertTrue(entry != null, index.toString());
        assertEquals("kyiv i donbas", entry.get("keys").asText());
        assertEquals(SearchFold.fold(entry.get("text").asText()), entry.get("textKeys").asText());
        assertEquals("armiia do 600000 osib; sloviansk, zelensky.", entry.get("textKeys").asText());
        // What a reader types, folded by the same rules, is found in them.
        for (String query : List.of("Kiev", "kyiv", "КИЇВ", "donbass")) {
            assertTrue(entry.get("keys").asText().contains(SearchFold.fold(query)), query);
        }
        for (String query : List.of("600000", "600,000", "Слов'янськ", "Slov\u2019iansk", "Zelensky", "зеленський")) {
            assertTrue(entry.get("textKeys").asText().contains(SearchFold.fold(query)), query);
        }
    }
}
