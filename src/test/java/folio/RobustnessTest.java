package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad inputs that cannot be committed as fixtures (huge files, symbolic link loops, unreadable
 * files, unwritable output), and the "nothing lost" rules: a failed build keeps the previous
 * site, and no build writes outside the output directory and its {@code .site.*} siblings.
 */
class RobustnessTest {
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.minimal(dir).file("content/index.md", "---\ntitle: Home\n---\nHello [[page:about]].\n")
                .file("content/about.md", "---\ntitle: About\n---\n## Method\n\nText.\n");
    }

    @Test
    void aTenMegabyteFileIsRefusedWithAMessage() {
        TestSite site = site();
        StringBuilder big = new StringBuilder("---\ntitle: Big\n---\n");
        String line = "A line of text that repeats until the file is ten megabytes long.\n";
        while (big.length() < 10 * 1024 * 1024) {
            big.append(line);
        }
        site.file("content/big.md", big.toString());
        Build.Result result = site.build();
        assertEquals(1, result.exitCode());
        assertEquals("content/big.md:1: error: file is 10.1 MB, over the 4 MB limit for a content file: split it into "
                + "smaller files\n", TestSite.errors(result));
    }

    /** A data file under the file limit but over the YAML one is told its size in MB, as the file limit is. */
    @Test
    void aDataFileOverTheYamlLimitIsToldItsSize() {
        TestSite site = site();
        StringBuilder big = new StringBuilder("- id: big\n  term: Big\n  definition: >\n");
        while (big.length() < 3 * 1024 * 1024 + 300_000) {
            big.append("    A line of a definition that repeats until the file is over three megabytes.\n");
        }
        site.file("content/data/terms.yaml", big.toString());
        Build.Result result = site.build();
        assertEquals(1, result.exitCode());
        assertEquals("content/data/terms.yaml:1: error: YAML not accepted: it is 3.3 MB, over the 3 MB limit for the YAML "
                + "of one file: shorten it or split the file\n", TestSite.errors(result));
    }

    @Test
    void aSymbolicLinkLoopIsReportedNotFollowedForever() throws IOException {
        TestSite site = site();
        Files.createDirectories(dir.resolve("content/guides"));
        Files.createSymbolicLink(dir.resolve("content/guides/loop"), dir.resolve("content"));
        Build.Result result = site.build();
        assertEquals(1, result.exitCode());
        assertEquals("content/guides/loop:1: error: symbolic link loop: remove the link that points back to its own "
                + "folder\n", TestSite.errors(result));
    }

    @Test
    void aSymbolicLinkToItselfIsALoopToo() throws IOException {
        TestSite site = site();
        Files.createSymbolicLink(dir.resolve("content/self.md"), Path.of("self.md"));
        Files.createSymbolicLink(dir.resolve("content/a.md"), Path.of("b.md"));
        Files.createSymbolicLink(dir.resolve("content/b.md"), Path.of("a.md"));
        Build.Result result = site.build();
        assertEquals(1, result.exitCode());
        String loop = ":1: error: symbolic link loop: this link leads back to itself, directly or through other links: "
                + "remove it or point it at a file\n";
        assertEquals("content/a.md" + loop + "content/b.md" + loop + "content/self.md" + loop, TestSite.errors(result));
    }

    @Test
    void aBrokenSymbolicLinkIsReported() throws IOException {
        TestSite site = site();
        Files.createSymbolicLink(dir.resolve("content/gone.md"), dir.resolve("content/missing.md"));
        Build.Result result = site.build();
        assertEquals(1, result.exitCode());
        assertTrue(TestSite.errors(result).equals("content/gone.md:1: error: broken symbolic link (its target does not exist): remove it or fix the link\n"),
                TestSite.errors(result));
    }

    @Test
    void anUnreadableFileIsReported() throws IOException {
        assumeTrue(!ROOT, "root reads every file");
        TestSite site = site();
        Path about = dir.resolve("content/about.md");
        Files.setPosixFilePermissions(about, PosixFilePermissions.fromString("---------"));
        try {
            Build.Result result = site.build();
            assertEquals(1, result.exitCode());
            assertEquals("content/about.md:1: error: cannot read: permission denied; make the file readable "
                    + "(chmod a+r content/about.md)\n", TestSite.errors(result));
        } finally {
            Files.setPosixFilePermissions(about, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Test
    void anOutputThatCannotBeCreatedIsAnErrorAndTouchesNothing() throws IOException {
        TestSite site = site();
        Files.writeString(dir.resolve("blocker"), "a file where the output's parent folder should be\n");
        Build.Result result = Build.run(new Build.Options(folio.project.Project.of(dir, Path.of("content"),
                Path.of("templates"), Path.of("blocker/site")), null, false, true));
        assertEquals(1, result.exitCode());
        String errors = TestSite.errors(result);
        assertTrue(errors.startsWith("blocker:1: error: cannot create the folder for the site"), errors);
        assertTrue(errors.contains("check that you may write to this folder"), errors);
        assertFalse(errors.contains("Exception"), errors);
        assertEquals("a file where the output's parent folder should be\n", Files.readString(dir.resolve("blocker")));
    }

    @Test
    void crlfLineEndingsBuildTheSameSiteAsLf() throws IOException {
        Map<String, String> lf = buildTree(dir.resolve("lf"), "\n");
        Map<String, String> crlf = buildTree(dir.resolve("crlf"), "\r\n");
        assertFalse(lf.isEmpty());
        assertEquals(lf, crlf);
    }

    private Map<String, String> buildTree(Path root, String newline) throws IOException {
        TestSite site = new TestSite(root);
        site.file("content/site.yaml", TestSite.CONFIG.replace("\n", newline));
        site.file("templates/page.peb", TestSite.BASE_TEMPLATE.replace("\n", newline));
        site.file("content/index.md", "---\ntitle: Home\n---\n# Heading\n\nA paragraph\nover two lines.\n\n- a\n- b\n"
                .replace("\n", newline));
        Build.Result result = site.build();
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        return tree(root.resolve("site"));
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteCompleteAndNothingElseChanges() throws IOException {
        TestSite site = site();
        assertEquals(0, site.build().exitCode());
        Map<String, String> before = tree(dir.resolve("site"));
        site.file("content/about.md", "---\ntitle: About\n---\n[[term:nope]] and [@nobody]\n");
        Map<String, String> project = snapshotOutsideOutput();
        assertEquals(1, site.build().exitCode());
        assertEquals(before, tree(dir.resolve("site")));
        assertEquals(project, snapshotOutsideOutput());
    }

    @Test
    void buildsAndChecksWriteNothingOutsideTheOutputAndItsSiblings() throws IOException {
        TestSite site = site().file("content/images/map.png", "not really a png").file("templates/static/style.css", "p{}");
        Map<String, String> before = snapshotOutsideOutput();
        assertEquals(0, site.build().exitCode());
        assertEquals(0, site.build().exitCode());
        assertEquals(0, site.check().exitCode());
        site.file("templates/page.peb", "{{ nope }}");
        before = snapshotOutsideOutput();
        assertEquals(1, site.build().exitCode());
        assertEquals(before, snapshotOutsideOutput());
        try (Stream<Path> siblings = Files.list(dir)) {
            List<String> names = siblings.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(List.of(".site.pages", ".site.parses", "content", "site", "templates"), names,
                    "the second build keeps its parses and what its pages read");
        }
    }

    @Test
    void twoBuildsAtOnceNeverCorruptTheSite() throws Exception {
        TestSite site = site();
        for (int i = 0; i < 300; i++) {
            site.file("content/notes/note-" + i + ".md", "---\ntitle: Note " + i + "\n---\nText of note " + i + ".\n");
        }
        assertEquals(0, site.build().exitCode());
        Map<String, String> expected = tree(dir.resolve("site"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                CountDownLatch start = new CountDownLatch(1);
                Callable<Build.Result> build = () -> {
                    start.await();
                    return site.build();
                };
                Future<Build.Result> first = pool.submit(build);
                Future<Build.Result> second = pool.submit(build);
                start.countDown();
                for (Build.Result result : List.of(first.get(), second.get())) {
                    if (!result.ok()) {
                        assertEquals(folio.diag.BuildFailure.BUSY, result.exitCode());
                        assertEquals("site:1: error: another build is writing this site right now: wait for it to finish, "
                                + "then build again\n", TestSite.errors(result));
                    }
                }
                assertEquals(expected, tree(dir.resolve("site")));
            }
        } finally {
            pool.shutdownNow();
        }
        try (Stream<Path> siblings = Files.list(dir)) {
            assertFalse(siblings.anyMatch(p -> p.getFileName().toString().matches("\\.site\\.(tmp-.*|old)")));
        }
    }

    /** Every file and folder outside site/ and .site.*, with size, modification time and text. */
    private Map<String, String> snapshotOutsideOutput() throws IOException {
        Map<String, String> snapshot = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.toList()) {
                String relative = dir.relativize(path).toString();
                if (relative.equals("site") || relative.startsWith("site/") || relative.startsWith(".site.")) {
                    continue;
                }
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
                // A folder's time changes when .site.* siblings come and go; its entries are compared instead.
                snapshot.put(relative, attributes.isDirectory() ? "<dir>" : attributes.size() + " "
                        + attributes.lastModifiedTime() + " " + Files.readString(path, StandardCharsets.ISO_8859_1));
            }
        }
        return snapshot;
    }

    static Map<String, String> tree(Path root) {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> regular = new ArrayList<>(walk.filter(Files::isRegularFile).toList());
            for (Path file : regular) {
                files.put(root.relativize(file).toString(), Files.readString(file, StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
