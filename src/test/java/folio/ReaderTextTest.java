package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.project.Project;
import folio.render.RenderedFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the real site's readers see, in both editions: builds content/ and templates/ and reads
 * every page's text and the attributes a reader or a screen reader meets (title, aria-label, alt),
 * and the text of every other file a reader can open (search index, open data, feed).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderTextTest {
    @TempDir
    static Path work;
    private Build.Result result;

    @BeforeAll
    void build() {
        Project project = Project.of(Path.of(""), Path.of("content"), Path.of("templates"), work.resolve("site"));
        result = Build.run(new Build.Options(project, null, false, true));
        assertEquals(0, result.exitCode(), TestSite.errors(result));
    }

    /**
     * The project's own bookkeeping is not the reader's: source notes said "during the issue 13
     * source review" / "(issue 13)", the number of a ticket no reader can look up.
     */
    @Test
    void noPageNamesTheProjectsTickets() {
        Pattern ticket = Pattern.compile("(?i)\\b(issue|ticket|pull request|PR)\\s*#?\\d+");
        List<String> found = new ArrayList<>();
        for (RenderedFile file : result.files()) {
            for (String text : readerTexts(file)) {
                Matcher matcher = ticket.matcher(text);
                while (matcher.find()) {
                    found.add(file.path() + ": \"" + around(text, matcher.start(), matcher.end()) + "\"");
                }
            }
        }
        assertTrue(found.isEmpty(), found.size() + " places name a ticket of the project:\n" + String.join("\n", found));
    }

    /** A page's text and reader-facing attributes; a text file's whole text; nothing of other files. */
    static List<String> readerTexts(RenderedFile file) {
        String path = file.path();
        List<String> texts = new ArrayList<>();
        if (path.endsWith(".html")) {
            Document page = Jsoup.parse(new String(file.bytes(), StandardCharsets.UTF_8), path);
            page.select("script, style").remove();
            texts.add(page.text());
            for (Element element : page.select("[title], [aria-label], [alt]")) {
                for (String attribute : List.of("title", "aria-label", "alt")) {
                    if (element.hasAttr(attribute)) {
                        texts.add(element.attr(attribute));
                    }
                }
            }
        } else if (path.endsWith(".json") || path.endsWith(".xml") || path.endsWith(".txt") || path.endsWith(".csv")) {
            texts.add(new String(file.bytes(), StandardCharsets.UTF_8));
        }
        return texts;
    }

    static String around(String text, int start, int end) {
        return text.substring(Math.max(0, start - 40), Math.min(text.length(), end + 20));
    }
}
