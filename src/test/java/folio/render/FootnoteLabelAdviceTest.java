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

    /** The golden's input, its home page's text shown once (that text shown twice is another of its cases). */
    private TestSite golden() throws IOException {
        ProjectFiles.copyTree(GOLDEN, dir);
        Files.writeString(dir.resolve("templates/page.peb"), Files.readString(dir.resolve("templates/page.peb"))
                .replace("{% if page.title == \"Home\" %}<aside>{{ page.contentHtml | raw }}</aside>{% endif %}", ""));
        return new TestSite(dir);
    }
}
