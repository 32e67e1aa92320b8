package folio.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import folio.Build;
import folio.TestSite;
import folio.diag.Diagnostics;
import folio.render.RenderedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** site/ is replaced whole or not at all, and nothing outside it is touched. */
class OutputWriterTest {
    @TempDir
    Path dir;

    private TestSite goodSite() {
        return TestSite.minimal(dir).file("content/index.md", "---\ntitle: Good\n---\nGood text\n");
    }

    @Test
    void failedBuildLeavesThePreviousSiteUntouched() throws IOException {
        TestSite site = goodSite();
        assertEquals(0, site.build().exitCode());
        String before = site.read("index.html");
        site.file("content/index.md", "---\ntitle: Bad\n---\n[[term:nope]]\n");
        assertEquals(1, site.build().exitCode());
        assertEquals(before, site.read("index.html"));
        try (Stream<Path> siblings = Files.list(dir)) {
            assertFalse(siblings.anyMatch(p -> p.getFileName().toString().startsWith(".site.tmp")));
        }
    }

    @Test
    void filesAddedFromManyThreadsFasterThanTheyAreWrittenAllArrive() throws Exception {
        // More files than the writer thread's queue holds, from several threads at once: some are
        // queued, the rest written by the adding thread; every one must land, whole.
        TestSite site = goodSite();
        Diagnostics diagnostics = new Diagnostics();
        try (OutputWriter writer = OutputWriter.open(site.project(), diagnostics)) {
            IntStream.range(0, 2_000).parallel().forEach(i -> writer.add(
                    RenderedFile.text("p" + i + "/index.html", "page " + i + " " + "x".repeat(i % 300))));
            assertTrue(writer.commit(diagnostics));
        }
        String manifest = site.read(SiteManifest.NAME);
        assertEquals(2_001, manifest.lines().count(), "a header and one line a file");
        for (int i = 0; i < 2_000; i++) {
            assertEquals("page " + i + " " + "x".repeat(i % 300), site.read("p" + i + "/index.html"));
        }
        try (Stream<Path> files = Files.walk(dir.resolve("site"))) {
            assertEquals(2_000, files.filter(Files::isRegularFile)
                    .filter(file -> !file.endsWith(SiteManifest.NAME)).count());
        }
    }

    @Test
    void aFileTheWriterThreadCannotWriteFailsTheCommitAndKeepsTheSite() {
        TestSite site = goodSite();
        assertEquals(0, site.build().exitCode());
        String before = site.read("index.html");
        Diagnostics diagnostics = new Diagnostics();
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> {
            try (OutputWriter writer = OutputWriter.open(site.project(), diagnostics)) {
                writer.add(RenderedFile.text("a", "a file where a folder is needed next"));
                writer.add(RenderedFile.text("a/index.html", "cannot be written"));
                writer.add(RenderedFile.text("index.html", "new"));
                assertFalse(writer.commit(diagnostics));
            }
        });
        assertTrue(diagnostics.hasErrors());
        assertEquals(before, site.read("index.html"));
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("folio-writer") && t.isAlive()),
                "the writer thread ends with its writer");
    }

    @Test
    void aBuildWhileAnotherWritesTheSameOutputExitsWithItsOwnCode() throws Exception {
        TestSite site = goodSite();
        assertEquals(0, site.build().exitCode());
        String before = site.read("index.html");
        site.file("content/index.md", "---\ntitle: Newer\n---\nNewer text\n");
        try (OutputWriter other = OutputWriter.open(site.project(), new Diagnostics())) {
            Build.Result busy = site.build();
            // 75 (EX_TEMPFAIL): try again later; 1 is for content and template errors.
            assertEquals(folio.diag.BuildFailure.BUSY, busy.exitCode());
            assertEquals(75, busy.exitCode());
            assertEquals("site:1: error: another build is writing this site right now: wait for it to finish, then build again\n", TestSite.errors(busy));
        }
        assertEquals(before, site.read("index.html"));
        assertEquals(0, site.build().exitCode(), "the lock is free again");
    }

    @Test
    void noLockStagingFolderOrOldSiteIsLeftBesideAnyOutputFolder() throws IOException {
        TestSite site = goodSite();
        for (String output : new String[] {"site", "out1", "deeper/public"}) {
            folio.project.Project project = folio.project.Project.of(dir, Path.of("content"), Path.of("templates"),
                    Path.of(output));
            for (int run = 0; run < 2; run++) {
                Build.Result result = Build.run(new Build.Options(project, null, false, true));
                assertEquals(0, result.exitCode(), TestSite.errors(result));
                assertEquals("", TestSite.errors(result), "no warning either");
            }
            site.file("content/bad.md", "---\ntitle: Bad\n---\n[[term:nope]]\n");
            assertEquals(1, Build.run(new Build.Options(project, null, false, true)).exitCode());
            Files.delete(dir.resolve("content/bad.md"));
            Path parent = dir.resolve(output).getParent();
            try (Stream<Path> siblings = Files.list(parent)) {
                String name = Path.of(output).getFileName().toString();
                // The second build keeps its Markdown parses and what its pages read for the next one: those files only.
                assertEquals(java.util.List.of("." + name + ".pages", "." + name + ".parses"), siblings.map(p -> p.getFileName().toString())
                        .filter(n -> n.startsWith("." + name + ".")).sorted().toList(), output);
            }
        }
    }

    @Test
    void theLockLivesInTheTempFolderOnePerOutputFolderWhateverPathNamesIt() throws IOException {
        TestSite site = goodSite();
        assertEquals(0, site.build().exitCode());
        Path lock = OutputLock.fileFor(site.project().output());
        try {
            assertEquals(Path.of(System.getProperty("java.io.tmpdir")), lock.getParent());
            assertTrue(Files.isRegularFile(lock), "the build took its lock there");
            assertEquals(lock, OutputLock.fileFor(dir.resolve("content/../site")), "the same folder by another path");
            Path link = Files.createSymbolicLink(dir.resolve("linked"), dir);
            assertEquals(lock, OutputLock.fileFor(link.resolve("site")), "the same folder through a link");
            assertFalse(lock.equals(OutputLock.fileFor(dir.resolve("out1"))), "another folder, another lock");
            try (OutputLock held = OutputLock.tryAcquire(lock)) {
                assertTrue(held != null);
                assertEquals(null, OutputLock.tryAcquire(lock), "held");
            }
            try (OutputLock again = OutputLock.tryAcquire(lock)) {
                assertTrue(again != null, "released");
            }
        } finally {
            Files.deleteIfExists(lock);
        }
    }

    @Test
    void aSiteLeftByAnotherUserIsNamedWithItsOwnerAndWhatToDo() throws IOException {
        // Only root can give a file to another user; as that user the build would be refused the file.
        assumeTrue("root".equals(System.getProperty("user.name")), "needs root to hand files to another user");
        TestSite site = goodSite();
        assertEquals(0, site.build().exitCode());
        java.nio.file.attribute.UserPrincipal nobody = dir.getFileSystem().getUserPrincipalLookupService()
                .lookupPrincipalByName("nobody");
        folio.project.Project project = site.project();
        Path lock = OutputLock.fileFor(project.output());
        Files.setOwner(lock, nobody);
        Files.setOwner(dir.resolve("site/index.html"), nobody);
        try {
            assertEquals(lock + " belongs to nobody, not to you (root): a build run as nobody (with sudo?) left it; "
                    + "remove " + lock + " as nobody (for example: sudo rm -r " + lock + ") or build as nobody",
                    AccessProblem.explain(project, project.output(), lock));
        } finally {
            Files.deleteIfExists(lock);
        }
        assertEquals("site/index.html (in site/) belongs to nobody, not to you (root): a build run as nobody (with "
                + "sudo?) left it; remove site/ as nobody (for example: sudo rm -r site) or build as nobody",
                AccessProblem.explain(project, project.output(), dir.resolve("site/index.html")));
        // A folder of the user's own that still refuses: its permissions.
        assertEquals("site/ may not be changed by you (root): check its permissions (ls -ld site)",
                AccessProblem.explain(project, project.output(), dir.resolve("site/not-there-yet.html")));
        // The project's own folder, where the site would be made: named by its full path, never by an empty one.
        Path projectFolder = dir.toAbsolutePath().normalize();
        assertEquals(projectFolder + "/ may not be changed by you (root): check its permissions (ls -ld " + projectFolder + ")",
                AccessProblem.explain(project, dir.resolve("fresh-site"), dir.resolve("fresh-site/.staging")));
    }

    @Test
    void aChangeThatKeepsTheSizeIsWrittenAndEqualBytesAreKept() throws Exception {
        TestSite site = goodSite();
        write(site, "k", java.util.Map.of("a/index.html", "aaaa", "b/index.html", "bbbb", "c.txt", "cccc"));
        OutputWriter.Summary summary = write(site, "k", java.util.Map.of("a/index.html", "aaaa", "b/index.html", "bbbc",
                "c.txt", "cccc"));
        assertTrue(summary.incremental(), summary.toString());
        assertEquals(1, summary.written(), "only b, the manifest is the same: " + summary);
        assertEquals("bbbc", site.read("b/index.html"));
        assertEquals("aaaa", site.read("a/index.html"));
    }

    @Test
    void anEditByHandThatKeepsTheSizeIsReplaced() throws Exception {
        TestSite site = goodSite();
        java.util.Map<String, String> files = java.util.Map.of("a/index.html", "aaaa", "b/index.html", "bbbb");
        write(site, "k", files);
        Files.writeString(dir.resolve("site/a/index.html"), "zzzz");
        OutputWriter.Summary summary = write(site, "k", files);
        assertTrue(summary.incremental(), summary.toString());
        assertEquals(1, summary.written(), summary.toString());
        assertEquals("aaaa", site.read("a/index.html"));
    }

    @Test
    void aNewKeyRewritesEverything() throws Exception {
        TestSite site = goodSite();
        java.util.Map<String, String> files = java.util.Map.of("a/index.html", "aaaa");
        write(site, "k", files);
        OutputWriter.Summary summary = write(site, "other", files);
        assertFalse(summary.incremental());
        assertEquals(2, summary.written(), "the page and the manifest: " + summary);
        assertTrue(write(site, "other", files).incremental(), "the new key's cache is kept");
    }

    /** Writes exactly {@code files} to the site with the cache key {@code key}, reusing what it may. */
    private static OutputWriter.Summary write(TestSite site, String key, java.util.Map<String, String> files)
            throws folio.diag.BuildFailure {
        Diagnostics diagnostics = new Diagnostics();
        return write(site, key, files, null);
    }

    /** As above, with what the build found in the folder when it checked it ({@code walked}). */
    private static OutputWriter.Summary write(TestSite site, String key, java.util.Map<String, String> files,
                                              SiteFolder walked) throws folio.diag.BuildFailure {
        Diagnostics diagnostics = new Diagnostics();
        try (OutputWriter writer = OutputWriter.open(site.project(), key, true, walked, diagnostics)) {
            files.forEach((path, text) -> writer.add(RenderedFile.text(path, text)));
            assertTrue(writer.commit(diagnostics), diagnostics.sorted().toString());
            return writer.summary();
        }
    }

    @Test
    void whatTheCheckFoundIsReadAgainWhenAnotherBuildChangedTheSiteSince() throws Exception {
        TestSite site = goodSite();
        write(site, "k", java.util.Map.of("a/index.html", "aaaa"));
        SiteFolder checked = SiteFolder.walk(dir.resolve("site"));
        java.util.Map<String, String> both = java.util.Map.of("a/index.html", "aaaa", "b/index.html", "bbbb");
        write(site, "k", both);
        // Trusting the first walk would see a folder unlike the cache and rewrite everything.
        OutputWriter.Summary summary = write(site, "k", both, checked);
        assertTrue(summary.incremental(), summary.toString());
        assertEquals(0, summary.written(), summary.toString());
    }

    @Test
    void rebuildRemovesFilesThatNoLongerExist() {
        TestSite site = goodSite().file("content/old.md", "---\ntitle: Old\n---\nx\n");
        assertEquals(0, site.build().exitCode());
        assertTrue(Files.exists(dir.resolve("site/old/index.html")));
        assertTrue(dir.resolve("content/old.md").toFile().delete());
        assertEquals(0, site.build().exitCode());
        assertFalse(Files.exists(dir.resolve("site/old/index.html")));
    }

    @Test
    void interruptedSwapIsRepairedByTheNextBuild() throws IOException {
        TestSite site = goodSite();
        assertEquals(0, site.build().exitCode());
        // A build killed between its two renames leaves the old site in .site.old and no site/.
        Files.move(dir.resolve("site"), dir.resolve(".site.old"));
        site.file("content/index.md", "---\ntitle: Bad\n---\n[[term:nope]]\n");
        assertEquals(1, site.build().exitCode());
        site.file("content/index.md", "---\ntitle: Good\n---\nGood text\n");
        assertEquals(0, site.build().exitCode());
        assertTrue(site.read("index.html").contains("Good text"));
        assertFalse(Files.exists(dir.resolve(".site.old")));
    }

    @Test
    void aBuildKilledWhileUpdatingInPlaceIsRolledBackByTheNextBuild() throws IOException {
        TestSite site = goodSite();
        assertEquals(0, site.build().exitCode());
        String built = site.read("index.html");
        // What a kill halfway through an in-place update leaves: the journal, a file replaced,
        // its previous version saved beside the site, the manifest not yet rewritten.
        Files.createDirectories(dir.resolve(".site.old"));
        Files.writeString(dir.resolve(".site.old/index.html"), built);
        Files.writeString(dir.resolve("site/index.html"), built + "<p>half of an update</p>");
        Files.writeString(dir.resolve(".site.journal"), "REPLACE\tindex.html\n");
        Build.Result result = site.build();
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        assertEquals(built, site.read("index.html"));
        assertFalse(Files.exists(dir.resolve(".site.journal")));
        assertFalse(Files.exists(dir.resolve(".site.old")));
    }

    @Test
    void unwritableParentFailsWithAMessageAndKeepsTheSite() throws IOException {
        assumeTrue(!"root".equals(System.getProperty("user.name")), "root can write anywhere");
        TestSite site = goodSite();
        assertEquals(0, site.build().exitCode());
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Build.Result result = site.build();
            assertEquals(1, result.exitCode());
            assertTrue(TestSite.errors(result).contains("check that you may write"), TestSite.errors(result));
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertTrue(site.read("index.html").contains("Good text"));
    }

    @Test
    void refusesDangerousOutputDirectories() throws IOException {
        TestSite site = goodSite();
        for (String output : new String[] {".", "content", "templates", "content/out", "/", ".."}) {
            Build.Result result = Build.run(new Build.Options(
                    folio.project.Project.of(dir, Path.of("content"), Path.of("templates"), Path.of(output)), null, false, true));
            assertEquals(2, result.exitCode(), output);
            assertTrue(TestSite.errors(result).contains("refusing to write the site"), TestSite.errors(result));
        }
        Files.createDirectories(dir.resolve("documents"));
        Files.writeString(dir.resolve("documents/letter.txt"), "keep me");
        Build.Result foreign = Build.run(new Build.Options(
                folio.project.Project.of(dir, Path.of("content"), Path.of("templates"), Path.of("documents")), null, false, true));
        assertEquals(2, foreign.exitCode());
        assertEquals("keep me", Files.readString(dir.resolve("documents/letter.txt")));
        assertEquals(0, site.build().exitCode());
    }
}
