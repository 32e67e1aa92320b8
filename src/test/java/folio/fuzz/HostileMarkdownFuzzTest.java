package folio.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.Build;
import folio.TestSite;
import folio.project.ForbiddenCharacters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Structured hostile Markdown for the whole build: deep nesting of every construct, control
 * characters written raw or as entities, and link paths with encodings, spaces, accents and
 * fragments. A build ends in a site or diagnostics, never an exception, a stack overflow or a
 * hang; a site it writes holds no forbidden character and no href with a space in it.
 */
class HostileMarkdownFuzzTest {
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final String[] OPENERS = {"> ", "- ", "1. ", "*", "_", "**", "[", "![", "`", "<", "[[", "[@", "~", "|"};
    private static final String[] CLOSERS = {"", "", "", "*", "_", "**", "](x.md)", "](y.png)", "`", ">", "]]", "]", "~", "|"};
    private static final String[] PATHS = {"about.md", "about.md#method", "about.md#nope", "#method", "#nope", "my%20file.txt",
        "my file.txt", "caf%C3%A9.md", "café.md", "%2e%2e/x.md", "a%2Fb.md", "sub/../about.md", "about.md?x=1", "ABOUT.md",
        "a<b>.md", "q&a.md", "C:/x.md", "%zz.md", "about.md#", "#"};
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

    @Property(tries = 60)
    void hostileMarkdownBuildsOrReportsDiagnostics(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30_000) int depth)
            throws IOException {
        Random random = new Random(seed);
        StringBuilder body = new StringBuilder();
        int kind = random.nextInt(OPENERS.length);
        boolean mixed = random.nextBoolean();
        StringBuilder closers = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            int k = mixed ? random.nextInt(OPENERS.length) : kind;
            body.append(OPENERS[k]);
            closers.insert(0, CLOSERS[k]);
        }
        body.append("x").append(closers).append("\n\n");
        for (int i = random.nextInt(4); i > 0; i--) {
            body.append("[link](").append(PATHS[random.nextInt(PATHS.length)]).append(") ");
        }
        if (random.nextInt(3) == 0) {
            int code = random.nextBoolean() ? random.nextInt(0x20) : 0x7F + random.nextInt(0x21);
            body.append(random.nextBoolean() ? "&#" + code + ";" : String.valueOf((char) code));
        }
        Path root = Files.createTempDirectory("folio-fuzz-md");
        try {
            TestSite site = TestSite.minimal(root)
                    .file("content/index.md", "---\ntitle: Home\n---\n" + body + "\n")
                    .file("content/about.md", "---\ntitle: About\n---\n## Method\n\nText.\n")
                    .file("content/my file.txt", "text\n");
            Build.Result result = assertTimeoutPreemptively(LIMIT, site::build);
            String errors = TestSite.errors(result);
            assertTrue(result.exitCode() >= 0 && result.exitCode() <= 2, errors);
            assertFalse(errors.contains("Exception") || errors.contains("\tat ") || errors.contains("Error:"), errors);
            if (result.ok()) {
                String html = site.read("index.html");
                assertEquals(-1, ForbiddenCharacters.indexIn(html), "a forbidden character reached the page");
                Matcher href = HREF.matcher(html);
                while (href.find()) {
                    assertFalse(href.group(1).contains(" "), "href with a space: " + href.group(1));
                }
            } else {
                assertFalse(result.diagnostics().isEmpty());
            }
        } finally {
            try (var walk = Files.walk(root)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
