package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import folio.project.Project;
import folio.render.RenderedFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A quote an editor writes {@code \"} or {@code \'} in Markdown stays straight wherever a reader meets the text: on
 * the page, in an image's alt text, in the search index (with and without footnotes, which take another way to
 * plain text) and in the feed; a quote typed plainly beside it still gets the marks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiteralQuoteSiteTest {
    @TempDir
    static Path work;
    private Build.Result result;

    @BeforeAll
    void build() throws Exception {
        Path from = Path.of("src/test/resources/sites/every-collection/input");
        Path root = work.resolve("site");
        try (var files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = root.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        Files.writeString(root.resolve("content/quotes.md"), """
                ---
                title: Quotes
                ---
                Type \\"plan\\" and \\'x\\', or "plan". ![A \\"map\\" of it](images/map.png "The \\"map\\"")
                """);
        Files.createDirectories(root.resolve("content/images"));
        Files.write(root.resolve("content/images/map.png"), java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="));
        Files.writeString(root.resolve("content/about.md"), """
                ---
                title: About
                date: 2026-07-31
                lists: [updates, sources]
                ---
                ## Method

                He said \\"yes\\", not "no".[^1]

                [^1]: A footnote.
                """);
        Files.writeString(root.resolve("content/data/updates.yaml"), """
                - id: first
                  date: 2026-07-31
                  kind: update
                  text: 'Published \\"as is\\", and "as is".'
                """);
        result = Build.run(new Build.Options(
                Project.of(root, root.resolve("content"), root.resolve("templates"), work.resolve("out")), null, false, false));
        assertTrue(result.ok(), result.diagnostics().toString());
    }

    private String file(String path) {
        RenderedFile file = result.files().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
        return file.text();
    }

    private String searchText(String title) throws Exception {
        for (JsonNode entry : new ObjectMapper().readTree(file("search-index.json"))) {
            if (entry.get("title").asText().equals(title)) {
                return entry.get("text").asText();
            }
        }
        throw new AssertionError("no entry titled " + title);
    }

    @Test
    void onThePageAndInAltText() {
        String page = file("quotes/index.html");
        assertTrue(page.contains("Type &#x22;plan&#x22; and &#x27;x&#x27;, or “plan”."), page);
        assertTrue(page.contains("alt=\"A &#x22;map&#x22; of it\""), page);
        // A title is read by CommonMark's link parser, whose escape leaves a plain quote: it gets the marks (README).
        assertTrue(page.contains("title=\"The “map”\""), page);
    }

    @Test
    void inTheSearchIndex() throws Exception {
        assertEquals("Type \"plan\" and 'x', or “plan”.", searchText("Quotes"));
        // A text with footnotes is read from its HTML.
        assertTrue(searchText("About").startsWith("Method He said \"yes\", not “no”."), searchText("About"));
    }

    @Test
    void inTheFeed() {
        String feed = file("feed.xml");
        assertTrue(feed.contains("Published &amp;#x22;as is&amp;#x22;, and “as is”."), feed);
    }

    @Test
    void noPrivateUseCharacterAnywhere() {
        for (RenderedFile file : result.files()) {
            if (file.path().endsWith(".html") || file.path().endsWith(".json") || file.path().endsWith(".xml")) {
                String text = file.text();
                assertFalse(text.chars().anyMatch(c -> c >= 0xE000 && c <= 0xF8FF), file.path());
            }
        }
    }
}
