package folio.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import folio.Build;
import folio.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three dates of site.yaml reach templates as distinct values, and the optional two may be left out. */
class SiteDatesTest {
    private static final String TEMPLATE = "coverage={{ site.config.coverageUntil }} ({{ site.config.coverageUntilText }});"
            + " published={{ site.config.published }} ({{ site.config.publishedText }});"
            + " checked={{ site.config.lastChecked }} ({{ site.config.lastCheckedText }})";

    @TempDir
    Path dir;

    private String render(String dates) {
        TestSite site = new TestSite(dir)
                .file("content/site.yaml", "title: T\ndescription: D\nbase_url: https://example.org/\nlanguage: en\n" + dates)
                .file("templates/page.peb", TEMPLATE)
                .file("content/index.md", "---\ntitle: Home\n---\nText.\n");
        Build.Result result = site.build();
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        return site.read("index.html");
    }

    @Test
    void eachDateIsItsOwnValue() {
        assertEquals("coverage=2026-06-25 (25\u00A0June 2026); published=2026-11-23 (23\u00A0November 2026);"
                        + " checked=2026-12-03 (3\u00A0December 2026)",
                render("coverage_until: 2026-06-25\npublished: 2026-11-23\nlast_checked: 2026-12-03\n"));
    }

    @Test
    void publicationAndLastCheckAreOptional() {
        assertEquals("coverage=2026-06-25 (25\u00A0June 2026); published= (); checked= ()",
                render("coverage_until: 2026-06-25\n"));
    }

    @Test
    void allThreeMayBeTheSameDay() {
        assertEquals("coverage=2026-06-25 (25\u00A0June 2026); published=2026-06-25 (25\u00A0June 2026);"
                        + " checked=2026-06-25 (25\u00A0June 2026)",
                render("coverage_until: 2026-06-25\npublished: 2026-06-25\nlast_checked: 2026-06-25\n"));
    }
}
