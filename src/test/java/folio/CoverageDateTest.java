package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * site.yaml's coverage_until is "the date of the newest material cited", and every page prints it ("covers events to
 * 31 July 2026"; the home page: "the date of the newest source cited"). An editor who added a newer source and left
 * coverage_until as it was got a site that said so all the same: the source's date is an error now.
 */
class CoverageDateTest {
    @TempDir
    Path dir;

    private TestSite site(String date) {
        return TestSite.minimal(dir)
                .file("content/index.md", "---\ntitle: Home\n---\nA claim [@s] and another [@t].\n")
                .file("content/data/sources.yaml", """
                        - id: s
                          outlet: Outlet
                          title: Title
                          date: %s
                          url: https://example.org/a
                          flag: none
                        - id: t
                          outlet: Other
                          title: Another
                          date: 2026-07
                          url: https://example.org/b
                          flag: none
                        """.formatted(date));
    }

    @Test
    void aSourceDatedAfterCoverageUntilIsAnErrorAtItsDate() {
        Build.Result result = site("2026-08-03").build();
        assertEquals(1, result.exitCode());
        assertEquals("content/data/sources.yaml:4:3: error: source 's' is dated 2026-08-03, after coverage_until: 2026-07-31 "
                + "in site.yaml, which every page gives as the date of the newest material cited: move coverage_until to the "
                + "newest source's date (and say so in the updates log), or correct this date\n", TestSite.errors(result));
    }

    @Test
    void aSourceOnTheCoverageDayOrInItsMonthIsWithinIt() {
        Build.Result result = site("2026-07-31").build();
        assertEquals(0, result.exitCode(), TestSite.errors(result));
    }
}
