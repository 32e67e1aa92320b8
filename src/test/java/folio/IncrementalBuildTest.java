package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.i18n.Translations;
import folio.output.OutputWriter;
import folio.project.Project;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build into the folder of the last build writes only what changed, and its output is byte
 * for byte what a clean full build writes. Each kind of input is edited in turn on a copy of
 * the real site (English and Ukrainian), and each edit is built twice: into the same site/ as
 * the last build, and into a new folder.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IncrementalBuildTest {
    @TempDir
    static Path dir;

    private int clean;
    /** How many Markdown texts the last build into site/ expanded from the build before's parse. */
    private int reusedParses;
    /** How many YAML documents the last build into site/ decoded from the build before's parse. */
    private int reusedDocuments;
    /** How many pages the last build into site/ kept as the build before wrote them. */
    private int keptPages;

    @BeforeAll
    void copyTheRealSite() throws IOException {
        ProjectFiles.copyTree(Path.of("content"), dir.resolve("content"));
        ProjectFiles.copyTree(Path.of("templates"), dir.resolve("templates"));
        Build.Result first = build("site", false);
        assertEquals(0, first.exitCode(), TestSite.errors(first));
        assertFalse(first.written().incremental(), "the first build has no cache to go on");
    }

    @Test
    @Order(1)
    void nothingChangedWritesNothing() {
        OutputWriter.Summary written = rebuildAndCompare();
        assertTrue(written.incremental());
        assertEquals(0, written.written());
        assertEquals(0, written.removed());
    }

    @Test
    @Order(2)
    void aPageEdit() {
        append("content/about.md", "\nOne more sentence about this guide.\n");
        assertFewWritten(rebuildAndCompare());
        assertTrue(reusedParses > 100, "the texts that did not change came from the last build's parse: " + reusedParses);
        assertTrue(reusedDocuments > 100, "and the front matter and data files: " + reusedDocuments);
        assertTrue(keptPages > 100, "the pages the edit cannot change are not rendered again: " + keptPages);
    }

    @Test
    @Order(3)
    void aTranslationEdit() {
        append("content/about.uk.md", "\nЩе одне речення про цей путівник.\n");
        OutputWriter.Summary written = assertFewWritten(rebuildAndCompare());
        if (Files.isDirectory(dir.resolve("site/uk"))) {
            assertTrue(written.written() >= 1, "the Ukrainian page is written again: " + written);
        }
    }

    @Test
    @Order(4)
    void aDataEntryEdit() {
        replace("content/data/actors.yaml", "Vice President of the United States (as of November 2025)",
                "Vice President of the United States (as of November 2025; since January 2025)");
        assertFewWritten(rebuildAndCompare());
    }

    @Test
    @Order(5)
    void aStaticFileEditAndAddition() {
        append("templates/static/favicon.svg", "<!-- edited -->\n");
        write("templates/static/extra.txt", "a new static file\n");
        OutputWriter.Summary written = assertFewWritten(rebuildAndCompare());
        assertTrue(written.written() >= 3, "the icon, the new file and the manifest: " + written);
    }

    @Test
    @Order(6)
    void aPageAddedThenRemoved() throws IOException {
        write("content/extra-page.md", "---\ntitle: An extra page\n---\nA page that comes and goes.\n");
        assertFewWritten(rebuildAndCompare());
        Files.delete(dir.resolve("content/extra-page.md"));
        Files.delete(dir.resolve("templates/static/extra.txt"));
        OutputWriter.Summary written = assertFewWritten(rebuildAndCompare());
        assertTrue(written.removed() >= 2, "the page and the static file go: " + written);
    }

    @Test
    @Order(7)
    void aTemplateEditIsAFullBuild() {
        append("templates/base.peb", "\n{# edited #}\n");
        replace("templates/page.peb", "</", "<!-- a template edit -->\n</");
        OutputWriter.Summary written = rebuildAndCompare();
        assertFalse(written.incremental());
        assertTrue(written.fullBuildReason().contains("templates"), written.fullBuildReason());
    }

    @Test
    @Order(8)
    void aSiteYamlEditIsAFullBuild() {
        append("content/site.yaml", "\n# edited\n");
        OutputWriter.Summary written = rebuildAndCompare();
        assertFalse(written.incremental());
        assertTrue(rebuildAndCompare().incremental(), "and the build after it is incremental again");
    }

    @Test
    @Order(9)
    void aSiteEditedByHandIsRewrittenWhole() {
        // The manifest is edited too, or the folder would be refused as not folio's.
        String edited = "edited by hand ".repeat(1000);
        write("site/index.html", edited);
        write("site/" + folio.output.SiteManifest.NAME, manifestWith("index.html", edited.length()));
        OutputWriter.Summary written = rebuildAndCompare();
        assertFalse(written.incremental());
        assertTrue(written.fullBuildReason().contains("changed since the last build"), written.fullBuildReason());
    }

    @Test
    @Order(10)
    void fullAlwaysWritesEverything() {
        append("content/about.md", "\nAnd a last sentence.\n");
        Build.Result full = build("site", true);
        assertEquals(0, full.exitCode(), TestSite.errors(full));
        assertFalse(full.written().incremental());
        assertEquals("asked for", full.written().fullBuildReason());
        assertEquals(RobustnessTest.tree(dir.resolve("site")), cleanBuild());
    }

    @Test
    @Order(11)
    void theSummarySaysWhatWasWrittenAndFullIsForBuildOnly() {
        // Paths are shown from the working folder here, so pages that name their source (edit links) change.
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        String[] folders = {"--content", dir.resolve("content").toString(), "--templates", dir.resolve("templates").toString(),
                "--output", dir.resolve("site").toString(), "--allow-stale", "--allow-untranslated"};
        String[] build = java.util.stream.Stream.concat(Stream.of("build"), Stream.of(folders)).toArray(String[]::new);
        assertEquals(0, Main.run(build, new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, StandardCharsets.UTF_8)), err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).matches(
                "folio: built \\d+ pages \\(\\d+ files, \\d+ written, the rest unchanged\\) into .* in \\d+ ms\n"),
                out.toString(StandardCharsets.UTF_8));
        err.reset();
        String[] check = java.util.stream.Stream.concat(Stream.of("check", "--full"), Stream.of(folders)).toArray(String[]::new);
        assertEquals(2, Main.run(check, new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("folio: --full applies to build, not check\n"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    @Order(12)
    void anEditThatKeepsEveryFileSizeIsWritten() {
        rebuildAndCompare(); // the build before used other paths for the edit links
        String manifest = read("site/" + folio.output.SiteManifest.NAME);
        replace("content/about.md", "This guide explains the draft", "This guide explores the draft");
        OutputWriter.Summary written = assertFewWritten(rebuildAndCompare());
        assertEquals(manifest, read("site/" + folio.output.SiteManifest.NAME), "no file changed its size");
        assertTrue(written.written() >= 1, "the about page is written again: " + written);
        assertTrue(read("site/about/index.html").contains("This guide explores the draft"));
    }

    @Test
    @Order(13)
    void aLinkedPageMovedRewritesTheLinkToIt() {
        write("content/linking-page.md", "---\ntitle: A linking page\n---\nSee [the linked page](linked-page.md).\n");
        write("content/linked-page.md", "---\ntitle: A linked page\nurl: first-place/\n---\nA page that moves.\n");
        assertFewWritten(rebuildAndCompare());
        assertTrue(read("site/linking-page/index.html").contains("first-place/"), read("site/linking-page/index.html"));
        // The linking page's text is unchanged and kept as parsed: only where its link now goes moves.
        replace("content/linked-page.md", "url: first-place/", "url: second-place/");
        OutputWriter.Summary written = assertFewWritten(rebuildAndCompare());
        assertTrue(reusedParses > 100, "the linking page's text came from the last build's parse: " + reusedParses);
        assertTrue(read("site/linking-page/index.html").contains("second-place/"), "the link follows the page: " + written);
    }

    /** Builds into site/ (incremental where it may be) and into a new folder; both trees must be equal. */
    private OutputWriter.Summary rebuildAndCompare() {
        Build.Result again = build("site", false);
        assertEquals(0, again.exitCode(), TestSite.errors(again));
        reusedParses = again.reusedParses();
        reusedDocuments = again.reusedDocuments();
        keptPages = again.keptPages();
        assertEquals(cleanBuild(), RobustnessTest.tree(dir.resolve("site")), "site/ after an incremental build");
        return again.written();
    }

    private Map<String, String> cleanBuild() {
        String folder = "clean-" + clean++;
        Build.Result full = build(folder, false);
        assertEquals(0, full.exitCode(), TestSite.errors(full));
        assertFalse(full.written().incremental());
        assertEquals(0, full.reusedParses(), "a build into a new folder parses every text");
        assertEquals(0, full.reusedDocuments(), "and every YAML document");
        assertEquals(0, full.keptPages(), "and renders every page");
        return RobustnessTest.tree(dir.resolve(folder));
    }

    private static OutputWriter.Summary assertFewWritten(OutputWriter.Summary written) {
        assertTrue(written.incremental(), "incremental: " + written);
        assertTrue(written.written() + written.removed() <= 40, "a few files written: " + written);
        return written;
    }

    private Build.Result build(String output, boolean full) {
        Project project = Project.of(dir, Path.of("content"), Path.of("templates"), Path.of(output));
        return Build.run(new Build.Options(project, null, false, true, false, null, Translations.Policy.EDITING, full));
    }

    private String manifestWith(String path, long size) {
        try {
            return Files.readAllLines(dir.resolve("site/" + folio.output.SiteManifest.NAME)).stream()
                    .map(line -> line.startsWith(path + "\t") ? path + "\t" + size : line)
                    .reduce("", (a, b) -> a + b + "\n");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void append(String path, String text) {
        ProjectFiles.append(dir, path, text);
    }

    private void replace(String path, String from, String to) {
        ProjectFiles.replace(dir, path, from, to);
    }

    private String read(String path) {
        return ProjectFiles.read(dir, path);
    }

    private void write(String path, String text) {
        ProjectFiles.write(dir, path, text);
    }
}
