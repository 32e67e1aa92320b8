package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What `folio build` prints around a build: on a terminal (here one whose progress shows at once)
 * the updating line, then the summary; to a pipe, a file or CI only the summary; with --quiet
 * nothing but problems.
 */
class BuildProgressTest {
    private static final Pattern SUMMARY = Pattern.compile("folio: built (\\d+) pages \\(\\d+ files\\) into \\S+ in \\d+ ms\n");
    private static final Terminal AT_ONCE = new Terminal(true, Duration.ZERO);
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void site() {
        TestSite site = TestSite.minimal(dir).file("content/index.md", "---\ntitle: Home\n---\nHello.\n");
        for (int i = 1; i <= 12; i++) {
            site.file("content/page-" + i + ".md", "---\ntitle: Page " + i + "\n---\nText " + i + ".\n");
        }
    }

    private int build(Terminal terminal, Map<String, String> environment, String... extra) {
        String[] base = {"build", "--content", dir.resolve("content").toString(), "--templates",
                dir.resolve("templates").toString(), "--output", dir.resolve("site").toString()};
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(extra))
                .toArray(String[]::new);
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), environment, terminal);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void notATerminalGetsTheSummaryLineAlone() {
        assertEquals(0, build(new Terminal(false, Duration.ZERO), Map.of()));
        assertTrue(SUMMARY.matcher(out()).matches(), out());
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void ciGetsTheSummaryLineAloneEvenOnATerminal() {
        assertEquals(0, build(AT_ONCE, Map.of("CI", "true")));
        assertTrue(SUMMARY.matcher(out()).matches(), out());
    }

    @Test
    void aTerminalSeesEachStageAndTheRenderCountOnOneLineThenTheSummary() {
        assertEquals(0, build(AT_ONCE, Map.of()));
        String text = out();
        assertFalse(text.substring(0, text.length() - 1).contains("\n"), "one line, rewritten: " + text);
        int wiped = text.lastIndexOf('\r');
        Matcher summary = SUMMARY.matcher(text.substring(wiped + 1));
        assertTrue(summary.matches(), text);
        String pages = summary.group(1);
        assertEquals("13", pages, text);
        for (String stage : new String[] {"\rreading the content", "\rparsing 14 files" /* 13 pages, site.yaml */, "\rassembling the site",
                "\rwriting the site"}) {
            assertTrue(text.contains(stage), stage + " in " + text);
        }
        assertTrue(Pattern.compile("\rrendering \\d+/" + pages + " pages").matcher(text).find(), text);
        // the last stage shown is wiped before the summary
        assertTrue(Pattern.compile("\rwriting the site *\r {16}\rfolio: built").matcher(text).find(), text);
    }

    @Test
    void quietPrintsNeitherProgressNorSummary() {
        assertEquals(0, build(AT_ONCE, Map.of(), "--quiet"));
        assertEquals("", out());
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.isRegularFile(dir.resolve("site/index.html")));
    }

    @Test
    void quietStillPrintsErrors() throws Exception {
        Files.writeString(dir.resolve("content/page-3.md"), "---\ntitle: Page 3\nlayuot: page\n---\nText.\n");
        assertEquals(1, build(AT_ONCE, Map.of(), "--quiet"));
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.contains("page-3.md:3:1: error:") && errors.contains("folio: build failed with 1 error"), errors);
        assertEquals("", out());
    }

    @Test
    void quietIsForBuildAndCheckOnly() {
        assertEquals(2, build(Terminal.NONE, Map.of(), "--quiet", "serve"));
        assertEquals(2, Main.run(new String[] {"serve", "--quiet"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--quiet applies to build and check, not serve"),
                err.toString(StandardCharsets.UTF_8));
    }
}
