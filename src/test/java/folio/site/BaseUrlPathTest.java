package folio.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.Build;
import folio.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A base URL whose path would not stay on the site when pages link to its root is a configuration error. */
class BaseUrlPathTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org//evil.example/", "https://example.org/repo//", "https://example.org/a/../b/",
            "https://example.org/./", "https://example.org/repo/..", "https://example.org/%2e%2E/", "https://example.org/a/./b"})
    void aPathWithAnEmptyOrDotPartIsRefused(String baseUrl) {
        Build.Result result = TestSite.minimal(dir)
                .file("content/site.yaml", TestSite.CONFIG.replace("https://example.org/", baseUrl))
                .file("content/index.md", "---\ntitle: Home\n---\nHi.\n").build();
        String errors = TestSite.errors(result);
        assertEquals(2, result.exitCode(), errors);
        assertTrue(errors.contains("content/site.yaml:3:1: error: base URL '" + baseUrl + "' has an empty, '.' or '..' part"),
                errors);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org", "https://example.org/repo", "https://example.org/a.b/..c/", "https://example.org/%2F/"})
    void anOrdinaryPathIsAccepted(String baseUrl) {
        Build.Result result = TestSite.minimal(dir)
                .file("content/site.yaml", TestSite.CONFIG.replace("https://example.org/", baseUrl))
                .file("content/index.md", "---\ntitle: Home\n---\nHi.\n").build();
        assertEquals(0, result.exitCode(), TestSite.errors(result));
    }
}
