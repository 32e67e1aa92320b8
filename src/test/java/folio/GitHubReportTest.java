package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.diag.Diagnostic;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failing build inside GitHub Actions marks each problem on its line and summarises the run. */
class GitHubReportTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int build(Map<String, String> environment) {
        String[] args = {"build", "--content", dir.resolve("content").toString(), "--templates",
                dir.resolve("templates").toString(), "--output", dir.resolve("site").toString()};
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), environment);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aFailingBuildPrintsOneAnnotationPerErrorAndAStepSummary() throws IOException {
        TestSite.minimal(dir).file("content/index.md", "---\ntitle: Home\n---\nSee [[term:nope]] here.\n");
        Path summary = dir.resolve("summary.md");
        int code = build(Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", summary.toString()));
        assertEquals(1, code, err.toString(StandardCharsets.UTF_8));
        String file = dir.resolve("content/index.md").toString().replace(":", "%3A").replace(",", "%2C");
        List<String> annotations = out().lines().filter(l -> l.startsWith("::")).toList();
        assertEquals(1, annotations.size(), out());
        assertTrue(annotations.get(0).startsWith("::error file=" + file + ",line=4,col=5,title=folio error::unknown term 'nope'"),
                annotations.get(0));
        String markdown = Files.readString(summary);
        assertTrue(markdown.startsWith("### folio: build failed with 1 error\n"), markdown);
        assertTrue(markdown.contains(":4` | error: unknown term 'nope'"), markdown);
    }

    @Test
    void aPassingBuildSummarisesThePagesTheChangedFilesMake() throws IOException {
        TestSite.minimal(dir).file("content/index.md", "---\ntitle: Home\n---\nHello.\n")
                .file("content/about.md", "---\ntitle: About\n---\nAbout.\n");
        Path summary = dir.resolve("summary.md");
        Files.writeString(summary, "earlier step\n");
        int code = build(Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", summary.toString(),
                "FOLIO_CHANGED_FILES", "content/about.md README.md"));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertFalse(out().contains("::"), out());
        String markdown = Files.readString(summary);
        assertTrue(markdown.startsWith("earlier step\n### folio: build passed: 2 pages\n"), markdown);
        assertTrue(markdown.contains("- `content/about.md` → `/about/`"), markdown);
        assertFalse(markdown.contains("README.md"), markdown);
    }

    @Test
    void outsideGitHubActionsNothingExtraIsPrintedOrWritten() {
        TestSite.minimal(dir).file("content/index.md", "---\ntitle: Home\n---\nSee [[term:nope]] here.\n");
        Path summary = dir.resolve("summary.md");
        assertEquals(1, build(Map.of("GITHUB_STEP_SUMMARY", summary.toString())));
        assertFalse(out().contains("::"), out());
        assertFalse(Files.exists(summary));
    }

    @Test
    void messagesAndPathsAreEscapedAsWorkflowCommandsRequire() {
        GitHubReport report = new GitHubReport(Map.of("GITHUB_ACTIONS", "true"));
        report.annotate(List.of(Diagnostic.error("content/a,b:c.md", 2, 0, "100% wrong\nsecond line"),
                Diagnostic.error("--output", 0, 0, "refused")), new PrintStream(out, true, StandardCharsets.UTF_8));
        // A diagnostic holds no line break (it is written \n, see Diagnostic), so none reaches the command.
        assertEquals("::error file=content/a%2Cb%3Ac.md,line=2,title=folio error::100%25 wrong\\nsecond line\n"
                + "::error title=folio error::refused\n", out());
    }
}
