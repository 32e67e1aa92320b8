package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.diag.Diagnostic;
import folio.diag.Severity;
import folio.i18n.Translations;
import folio.project.Project;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A translation's quote may name its own source ({@code quote: {text: ..., source: id}}) when it
 * gives the words as spoken in its language, found in another report than the English quote's:
 * the translated page cites that source for the quote, the English page keeps its own, a wrong id
 * is an error at the translation's line, and the stamp still follows the English quote's text. On
 * the bilingual fixture sites/i18n-translated, whose glossary page lists the reactions with their
 * quotes.
 */
class TranslatedQuoteSourceTest {
    private static final Path FIXTURE = Path.of("src/test/resources/sites/i18n-translated/input");
    private static final String UK_QUOTE = "  quote:\n    text: \"ми його вивчимо\"\n";
    /** The citation after a quote: its marker's label names the source's outlet and title. */
    private static final Pattern QUOTE_CITE = Pattern.compile("<q>([^<]*)</q><sup class=\"cite\">\\[<a href=\"#(ref-\\d+)\"");

    @TempDir
    Path dir;

    @BeforeEach
    void copyFixture() throws IOException {
        ProjectFiles.copyTree(FIXTURE, dir);
    }

    private Project project() {
        return Project.of(dir, Path.of("content"), Path.of("templates"), Path.of("site"));
    }

    private Build.Result build() {
        return Build.run(new Build.Options(project(), null, false, true, false, null, Translations.Policy.STRICT));
    }

    private void quoteSource(String id) throws IOException {
        Path file = dir.resolve("content/data/reactions.uk.yaml");
        String text = Files.readString(file);
        assertTrue(text.contains(UK_QUOTE), text);
        Files.writeString(file, text.replace(UK_QUOTE, UK_QUOTE + "    source: " + id + "\n"));
    }

    /** The reference the quote's citation points to on {@code page}, from its number to the end of its list item. */
    private String quoteReference(String page) throws IOException {
        String html = Files.readString(dir.resolve("site").resolve(page));
        Matcher cite = QUOTE_CITE.matcher(html);
        assertTrue(cite.find(), page + " shows a quote with its citation");
        int start = html.indexOf("<li id=\"" + cite.group(2) + "\">");
        assertTrue(start >= 0, page + " lists " + cite.group(2));
        return html.substring(start, html.indexOf("</li>", start));
    }

    @Test
    void theTranslatedPageCitesTheTranslationsSourceAndTheEnglishPageItsOwn() throws IOException {
        assertEquals(0, build().exitCode());
        assertTrue(quoteReference("uk/glossary/index.html").contains("#wire\""), "before: the English quote's source");
        quoteSource("paper");
        Build.Result result = build();
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        assertTrue(quoteReference("uk/glossary/index.html").contains("#paper\""),
                "the Ukrainian quote cites the source the translation names");
        assertTrue(quoteReference("glossary/index.html").contains("#wire\""), "the English quote keeps its source");
    }

    @Test
    void aSourceGivenBesideTheTextLeavesTheStampFreshAndStampingAlone() throws IOException {
        quoteSource("paper");
        String before = Files.readString(dir.resolve("content/data/reactions.uk.yaml"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine line = CommandLine.parse(new String[] {"translations", "--stamp"});
        int code = TranslationsCommand.run(project(), line.stamp(), line.arguments(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertEquals("folio: stamped 0 translations\n", out.toString(StandardCharsets.UTF_8),
                "nothing is stale or unstamped: the stamp is the English quote text's");
        assertEquals(before, Files.readString(dir.resolve("content/data/reactions.uk.yaml")));
        assertEquals(0, build().exitCode());
    }

    @Test
    void aWrongSourceIdIsAnErrorAtTheTranslationsLineWithADidYouMean() throws IOException {
        quoteSource("papr");
        Build.Result result = build();
        assertEquals(1, result.exitCode());
        List<Diagnostic> errors = result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
        assertEquals(1, errors.size(), TestSite.errors(result));
        assertEquals("content/data/reactions.uk.yaml:6:5: error: unknown source 'papr': did you mean 'paper'?",
                errors.get(0).toString());
    }

    @Test
    void aKeyBesidesTextAndSourceIsRefusedAndSaysWhatIsAllowed() throws IOException {
        Path file = dir.resolve("content/data/reactions.uk.yaml");
        Files.writeString(file, Files.readString(file).replace(UK_QUOTE, UK_QUOTE + "    sorce: paper\n    date: 2025-11-21\n"));
        String errors = TestSite.errors(build());
        String allowed = "in 'quote' a translation gives only text and source (the id of the source that gives the words as "
                + "quoted here, when it is not the English quote's); ";
        assertEquals("content/data/reactions.uk.yaml:6:5: error: 'sorce' is not translated: " + allowed + "did you mean 'source'?\n"
                + "content/data/reactions.uk.yaml:7:5: error: 'date' is not translated: " + allowed + "remove 'date' here\n",
                errors);
    }
}
