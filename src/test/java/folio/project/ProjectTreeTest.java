package folio.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.Build;
import folio.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing outside the project is read or published through a link; special files are reported. */
class ProjectTreeTest {
    @TempDir
    Path dir;
    @TempDir
    Path outside;

    private TestSite site() {
        return TestSite.minimal(dir).file("content/index.md", "---\ntitle: Home\n---\nHello.\n");
    }

    private Path secret() throws IOException {
        return Files.writeString(outside.resolve("secret.txt"), "TOKEN=s3cret\n");
    }

    @Test
    void aLinkedFileOutsideTheProjectIsRefusedAndNotPublished() throws IOException {
        TestSite site = site();
        Files.createSymbolicLink(dir.resolve("content/passwd.txt"), secret());
        Build.Result result = site.build();
        assertEquals(1, result.exitCode());
        String errors = TestSite.errors(result);
        assertTrue(errors.contains("content/passwd.txt:1: error: symbolic link to " + outside.toRealPath().resolve("secret.txt")
                + ", outside the project"), errors);
        assertFalse(Files.exists(dir.resolve("site/passwd.txt")));
    }

    @Test
    void aLinkedFolderOutsideTheProjectIsNotWalked() throws IOException {
        TestSite site = site();
        secret();
        Files.writeString(outside.resolve("page.md"), "---\ntitle: Outside\n---\nOutside.\n");
        Files.createSymbolicLink(dir.resolve("content/etcdir"), outside);
        Build.Result result = site.build();
        String errors = TestSite.errors(result);
        assertEquals(1, result.exitCode(), errors);
        assertTrue(errors.contains("content/etcdir:1: error: symbolic link to "), errors);
        assertFalse(errors.contains("secret.txt") || errors.contains("page.md"), errors);
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @Test
    void aLinkIntoTemplatesStaticOrATemplateOutsideTheProjectIsRefused() throws IOException {
        TestSite site = site();
        Files.createDirectories(dir.resolve("templates/static"));
        Files.createSymbolicLink(dir.resolve("templates/static/env.txt"), secret());
        Files.createSymbolicLink(dir.resolve("templates/leak.peb"), secret());
        Build.Result result = site.build();
        String errors = TestSite.errors(result);
        assertEquals(1, result.exitCode(), errors);
        assertTrue(errors.contains("templates/static/env.txt:1: error: symbolic link to "), errors);
        assertTrue(errors.contains("templates/leak.peb:1: error: symbolic link to "), errors);
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @Test
    void linksThatStayInsideTheProjectAreFollowed() throws IOException {
        TestSite site = site().file("shared/note.txt", "shared\n").file("shared/pages/extra.md", "---\ntitle: Extra\n---\nExtra.\n");
        Files.createSymbolicLink(dir.resolve("content/note.txt"), dir.resolve("shared/note.txt"));
        Files.createSymbolicLink(dir.resolve("content/more"), Path.of("../shared/pages"));
        Build.Result result = site.build();
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        assertEquals("shared\n", site.read("note.txt"));
        assertTrue(site.read("more/extra/index.html").contains("Extra."));
    }

    @Test
    void aLinkLoopAndABrokenLinkAreReported() throws IOException {
        TestSite site = site();
        Files.createDirectories(dir.resolve("content/loop"));
        Files.createSymbolicLink(dir.resolve("content/loop/back"), Path.of(".."));
        Files.createSymbolicLink(dir.resolve("content/gone.md"), dir.resolve("content/missing.md"));
        Build.Result result = site.build();
        String errors = TestSite.errors(result);
        assertEquals(1, result.exitCode(), errors);
        assertTrue(errors.contains("content/loop/back:1: error: symbolic link loop"), errors);
        assertTrue(errors.contains("content/gone.md:1: error: broken symbolic link"), errors);
    }

    @Test
    void aFifoIsReportedNotReadOrSkipped() throws Exception {
        TestSite site = site();
        Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("content/pipe.md").toString()).start();
        assertTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
        Build.Result result = site.build();
        String errors = TestSite.errors(result);
        assertEquals(1, result.exitCode(), errors);
        assertTrue(errors.contains("content/pipe.md:1: error: not a regular file (a FIFO, device or socket)"), errors);
    }
}
