package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file under the size limit builds or is refused in memory and time in proportion to its
 * size: run as the user runs folio, in a JVM with a small heap, where an explosion would end
 * in an OutOfMemoryError (exit 2, "Java ran out of memory") instead of a diagnostic.
 */
class MarkdownLimitsSiteTest {
    @TempDir
    Path dir;

    private String buildWithSmallHeap(String body) {
        return TestSite.minimal(dir).file("content/index.md", "---\ntitle: Home\n---\n" + body)
                .runInOwnJvm(List.of("-Xmx160m", "-Xss512k"), 5, "check").shown();
    }

    @Test
    void threeMegabytesOfUnclosedBracketsAreRefusedNotAnOutOfMemoryError() throws Exception {
        String output = buildWithSmallHeap("[[ [@ ".repeat(500_000) + "\n");
        assertTrue(output.startsWith("exit 1\ncontent/index.md:4:"), output);
        assertTrue(output.contains("more than 100,000 markup characters"), output);
    }

    @Test
    void ordinaryTextNearTheSizeLimitBuilds() throws Exception {
        String paragraph = "A sentence of plain prose, with a [link](https://example.org/) and *some* emphasis.\n\n";
        String output = buildWithSmallHeap(paragraph.repeat(3_000_000 / paragraph.length() / 20));
        assertTrue(output.startsWith("exit 0\n"), output);
    }

    @Test
    void deepNestingOfEveryKindIsAnErrorAtItsLineNeverAStackOverflow() throws Exception {
        String[] bodies = {"*".repeat(5000) + "x" + "*".repeat(5000), ">".repeat(100_000) + " x", "- ".repeat(50_000) + "x",
            "[".repeat(20_000) + "x" + "](y)".repeat(20_000), "_a ".repeat(1) + "**_".repeat(30_000) + "x" + "_**".repeat(30_000)};
        for (String body : bodies) {
            String output = buildWithSmallHeap("Intro.\n\n" + body + "\n");
            assertTrue(output.startsWith("exit 1\ncontent/index.md:6:"), output.substring(0, Math.min(400, output.length())));
            assertTrue(!output.contains("internal error") && (output.contains("nested more than 100 levels")
                    || output.contains("markup characters") || body.startsWith("[")), output.substring(0, Math.min(400, output.length())));
        }
    }

    /**
     * A '*' between two letters that the parser refuses as an opener ("multiple of 3"), then many
     * closers in one paragraph: CommonMark-java 0.28 looked back over every closer before each
     * new one, and this page built with exit 0 after 23 s (a page of such paragraphs, minutes).
     * Now it is refused at that '*', before parsing.
     */
    @Test
    void closersAfterAnOpenerTheParserRefusesAreAnErrorNotMinutesOfParsing() {
        TestSite site = TestSite.minimal(dir).file("content/index.md", "---\ntitle: Home\n---\nIntro.\n");
        assertEquals(0, site.build().exitCode());
        Build.Result result = site.file("content/index.md", "---\ntitle: Home\n---\nIntro.\n\n"
                + "a**b" + " c*".repeat(95_000) + "\n").build();
        assertEquals(1, result.exitCode());
        assertTrue(Files.exists(dir.resolve("site/index.html")), "the previous site is kept");
        assertEquals("content/index.md:6:2: error: too many '*' and '_' between blank lines for the Markdown parser: after "
                + "a '*' or '_' between two non-spaces, as here (a*b), each later one can make it look back over all those "
                + "before; write \\* or \\_ for a literal one, or put blank lines between paragraphs\n", TestSite.errors(result));
    }

    @Test
    void whatTheLimitsAllowStillBuilds() throws IOException {
        TestSite site = TestSite.minimal(dir).file("content/index.md", "---\ntitle: Home\n---\n"
                + "> ".repeat(40) + "quoted\n\n" + "*".repeat(30) + "x" + "*".repeat(30) + "\n");
        Build.Result result = site.build();
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        assertTrue(Files.readString(dir.resolve("site/index.html")).contains("quoted"));
    }
}
