package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void helpListsCommandsAndExitsZero() {
        assertEquals(0, run("--help"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("--base-url URL") && text.contains("check") && text.contains("Exit codes"), text);
        assertTrue(text.contains("70 an internal error"), text);
        assertTrue(text.contains("75 another build is writing the same output folder"), text);
        // Messages say "run folio translations --stamp ..."; there is no folio on the PATH, so the help says what it is.
        assertTrue(text.contains("folio is bin/folio, or java -jar target/folio.jar"), text);
        // A build into an earlier build's folder keeps the pages an edit cannot change (KeptPagesTest): the help said
        // "build renders every page", which was true before pages were kept.
        assertTrue(!text.contains("renders every page"), text);
        assertTrue(text.contains("renders again only the pages the change can"), text);
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("bulid"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown command 'bulid'"));
        assertEquals(2, run("build", "--output"));
        assertEquals(2, run("build", "--colour"));
        assertEquals(2, run("serve", "--port", "http"));
    }

    @Test
    void aRefusedOutputThatIsAFileIsNamedWithoutASlash(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        TestSite.minimal(dir).file("content/index.md", "---\ntitle: Home\n---\nHello.\n");
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("README.md"), "mine\n");
        assertEquals(2, run("build", "--content", dir.resolve("content").toString(), "--templates",
                dir.resolve("templates").toString(), "--output", file.toString()));
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.contains("README.md was left as it was"), errors);
        assertTrue(!errors.contains("README.md/"), errors);
        assertEquals("mine\n", java.nio.file.Files.readString(file));
    }

    @Test
    void baseUrlWithQueryOrFragmentIsAUsageError(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        TestSite.minimal(dir).file("content/index.md", "---\ntitle: Home\n---\nHello.\n");
        for (String url : new String[] {"https://example.org/repo?x=1#f", "https://example.org/repo#f",
                "https://example.org/?x", "https://user:pw@example.org/"}) {
            assertEquals(2, run("build", "--content", dir.resolve("content").toString(), "--templates",
                    dir.resolve("templates").toString(), "--output", dir.resolve("site").toString(), "--base-url", url), url);
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("--base-url: error: base URL '" + url + "' must not hold"),
                    err.toString(StandardCharsets.UTF_8));
        }
        assertTrue(!java.nio.file.Files.exists(dir.resolve("site")));
    }

    /**
     * --base-url overrides base_url, as Hugo's --baseURL and Jekyll's --baseurl do: site.yaml may then leave it out
     * or empty, written ~ or "" alike ("" was told "(it is required)"). Without --base-url both are told what to write.
     */
    @Test
    void anEmptyBaseUrlIsExcusedByTheCommandLineOnly(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        for (String empty : new String[] {"\"\"", "~"}) {
            TestSite.minimal(dir).file("content/index.md", "---\ntitle: Home\n---\nHello.\n").file("content/site.yaml",
                    TestSite.CONFIG.replaceFirst("base_url: .*", "base_url: " + empty));
            String[] args = {"build", "--content", dir.resolve("content").toString(), "--templates",
                    dir.resolve("templates").toString(), "--output", dir.resolve("site").toString(), "--quiet"};
            assertEquals(2, run(args), empty);
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("base_url: "), err.toString(StandardCharsets.UTF_8));
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("write the site's address after it, like "
                    + "https://user.github.io/repo/"), err.toString(StandardCharsets.UTF_8));
            err.reset();
            String[] given = java.util.Arrays.copyOf(args, args.length + 2);
            given[args.length] = "--base-url";
            given[args.length + 1] = "https://example.org/repo/";
            assertEquals(0, run(given), empty + ": " + err.toString(StandardCharsets.UTF_8));
            assertTrue(java.nio.file.Files.readString(dir.resolve("site/sitemap.xml")).contains("https://example.org/repo/"));
        }
    }
}
