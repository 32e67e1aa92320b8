package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site larger than Java's heap ran the build out of memory, reported as folio's own crash
 * ("internal error (OutOfMemoryError)", exit 70, "a bug in folio"). It is the heap the user gave
 * Java, so the message names it and how to give more, with the configuration error's exit code.
 */
class SiteMemoryTest {
    @TempDir
    Path dir;

    @Test
    void runningOutOfMemoryNamesTheHeapAndHowToGiveMore() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        assertEquals(2, Main.crashed(new OutOfMemoryError("Java heap space"), 64L * 1024 * 1024, err));
        assertEquals("folio: Java ran out of memory: this site needs more than the 64 MB Java was given. Give it more, for "
                + "example FOLIO_JAVA_OPTS=-Xmx2g bin/folio build (or java -Xmx2g -jar target/folio.jar build); the output "
                + "folder was left as it was.\n", bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anotherCrashIsABug() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertEquals(70, Main.crashed(new IllegalStateException("x"), 1L << 30, new PrintStream(bytes, true, StandardCharsets.UTF_8)));
        assertTrue(bytes.toString(StandardCharsets.UTF_8).startsWith("folio: internal error (IllegalStateException: x). This is a bug"));
    }

    /** As the user runs folio: its own JVM, a heap far smaller than the site's texts. */
    @Test
    void aSiteLargerThanTheHeapIsToldSoAndTheSiteKept() throws Exception {
        TestSite site = TestSite.minimal(dir).file("content/index.md", "---\ntitle: Home\n---\nHello.\n");
        assertEquals(0, site.build().exitCode());
        String paragraph = "Words of a long page, one paragraph after another, with nothing else in them.\n\n";
        String body = paragraph.repeat(3_500_000 / paragraph.length());
        for (int i = 0; i < 8; i++) {
            site.file("content/page" + i + ".md", "---\ntitle: Page " + i + "\n---\n" + body);
        }
        TestSite.Run run = site.runInOwnJvm(List.of("-Xmx32m"), 2, "build");
        String output = run.output();
        assertEquals(2, run.exitCode(), output);
        assertTrue(output.contains("folio: Java ran out of memory: this site needs more than"), output);
        assertTrue(output.contains("FOLIO_JAVA_OPTS=-Xmx2g bin/folio build"), output);
        assertTrue(Files.readString(dir.resolve("site/index.html")).contains("Hello."), "the previous site is kept");
        assertTrue(Files.notExists(dir.resolve("site/page0/index.html")), "nothing of the failed build is in site/");
    }
}
