package folio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.Build;
import folio.ProjectFiles;
import folio.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two texts shown on one page with a footnote of one label are told to give the later footnote a label
 * of its own, with an example: the example must be one that ends the error. Point 1 of the golden
 * bad-duplicate-id-footnote-texts cites its [^note] twice, which gives the page fnref-note and
 * fnref-note-2, so a label note-2 for point 2's footnote would repeat fnref-note-2.
 */
class FootnoteLabelAdviceTest {
    private static final Path GOLDEN = Path.of("src/test/resources/sites/bad-duplicate-id-footnote-texts/input");
    private static final Pattern ADVICE = Pattern.compile("like \\[\\^([^\\]]+)\\]");

    @TempDir
    Path dir;

    @Test
    void theLabelTheMessageSuggestsEndsTheError() throws IOException {
        TestSite site = golden();
        Build.Result first = site.check();
        String told = first.diagnostics().stream().filter(d -> d.path().equals("content/data/provisions/02.md"))
                .map(Object::toString).findFirst().orElseThrow(() -> new AssertionError(TestSite.errors(first)));
        Matcher advice = ADVICE.matcher(told);
        assertTrue(advice.find(), told);
        Path point2 = dir.resolve("content/data/provisions/02.md");
        Files.writeString(point2, Files.readString(point2).replace("[^note]", "[^" + advice.group(1) + "]"));
        Build.Result followed = site.check();
        assertEquals(0, followed.exitCode(), "after following '" + told + "':\n" + TestSite.errors(followed));
    }

    /** A label note-2 beside a [^note] cited twice repeats only fnref-note-2: the message names that id and both labels. */
    @Test
    void aLabelWhoseIdIsAnotherFootnotesSecondCitationIsToldSo() throws IOException {
        TestSite site = golden();
        Path point2 = dir.resolve("content/data/provisions/02.md");
        Files.writeString(point2, Files.readString(point2).replace("[^note]", "[^note-2]"));
        Build.Result result = site.check();
        assertEquals("content/data/provisions/02.md:12:1: error: this footnote [^note-2] gives the page the id 'fnref-note-2',"
                + " which the footnote [^note] at content/data/provisions/01.md:10:1 also gives (to a later place it is cited),"
                + " and the two texts are shown together on the page for content/points.md: a link to #fnref-note-2 lands on"
                + " the first, and the page is not valid HTML; give this footnote a label of its own, like [^note-2-b], here"
                + " and where it is cited\n", TestSite.errors(result));
    }

    /**
     * One text with [^a] cited twice and [^a-2]: fnref-a-2 twice on any page that shows it. It was told only at the
     * layout's line, as an id written twice; now at [^a-2], with a label that ends the error.
     */
    @Test
    void aLabelWhoseIdIsTheSecondCitationOfAnotherInTheSameTextIsToldAtIt() throws IOException {
        TestSite site = TestSite.minimal(dir).file("content/index.md", """
                ---
                title: Home
                ---
                One claim[^a] and again[^a], and another[^a-2].

                [^a]: The first note.
                [^a-2]: The second note.
                """);
        Build.Result result = site.check();
        assertEquals("content/index.md:7:1: error: this footnote [^a-2] gives the page the id 'fnref-a-2', which the footnote"
                + " [^a] at content/index.md:6:1 also gives, to the second place it is cited (the places a footnote [^x] is cited"
                + " are named fnref-x, fnref-x-2, fnref-x-3 ...): a link to #fnref-a-2 lands on the first, and the page is not"
                + " valid HTML; give this footnote a label that does not end in - and a number, like [^a-b], here and where it"
                + " is cited\n", TestSite.errors(result));
        Path index = dir.resolve("content/index.md");
        Files.writeString(index, Files.readString(index).replace("[^a-2]", "[^a-b]"));
        assertEquals(0, site.check().exitCode(), TestSite.errors(site.check()));
    }

    /**
     * Point 1 with [^note] cited once and [^note-2], point 2 with [^note-2]: the repeated fnref-note-2 is point 1's
     * [^note-2] (a [^note] cited once gives no fnref-note-2), so both its ids are told together, at point 2.
     */
    @Test
    void aSecondCitationIdIsTheLabelsOwnWhenTheShorterLabelIsCitedOnce() throws IOException {
        TestSite site = golden();
        Path point1 = dir.resolve("content/data/provisions/01.md");
        Files.writeString(point1, Files.readString(point1).replace("They stay as drawn.[^note]", "They stay as drawn.[^note-2]")
                + "[^note-2]: Drawn in 2025.\n");
        Path point2 = dir.resolve("content/data/provisions/02.md");
        Files.writeString(point2, Files.readString(point2).replace("[^note]", "[^note-2]"));
        Build.Result result = site.check();
        assertEquals("content/data/provisions/02.md:12:1: error: this footnote [^note-2] gives the page the ids 'fn-note-2'"
                + " and 'fnref-note-2', which the footnote at content/data/provisions/01.md:11:1 also gives, and the two texts"
                + " are shown together on the page for content/points.md: a link to #fn-note-2 lands on the first, and the"
                + " page is not valid HTML; give this footnote a label of its own, like [^note-2-b], here and where it is"
                + " cited\n", TestSite.errors(result));
    }

    /** The golden's input, its home page's text shown once (that text shown twice is another of its cases). */
    private TestSite golden() throws IOException {
        ProjectFiles.copyTree(GOLDEN, dir);
        Files.writeString(dir.resolve("templates/page.peb"), Files.readString(dir.resolve("templates/page.peb"))
                .replace("{% if page.title == \"Home\" %}<aside>{{ page.contentHtml | raw }}</aside>{% endif %}", ""));
        return new TestSite(dir);
    }
}
