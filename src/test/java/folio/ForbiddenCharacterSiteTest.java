package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Control characters in templates and YAML-field Markdown follow the rule content files follow. */
class ForbiddenCharacterSiteTest {
    @TempDir
    Path dir;

    @Test
    void aControlCharacterInATemplateIsAnErrorAtItsLine() {
        TestSite site = TestSite.minimal(dir).file("content/index.md", "---\ntitle: Home\n---\nHello.\n")
                .file("templates/page.peb", TestSite.BASE_TEMPLATE + "<footer>\u009b31m</footer>\n");
        Build.Result result = site.build();
        assertEquals(1, result.exitCode());
        String errors = TestSite.errors(result);
        assertTrue(errors.startsWith("templates/page.peb:4: error: "), errors);
        assertTrue(errors.contains("control character U+009B"), errors);
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @Test
    void anEntityForAControlCharacterInAYamlFieldIsAnError() {
        TestSite site = TestSite.minimal(dir)
                .file("content/index.md", "---\ntitle: Home\nlists: terms\n---\nHello.\n")
                .file("content/data/sources.yaml", "- id: a\n  outlet: O\n  title: T\n  url: https://example.org/\n  flag: none\n")
                .file("content/data/terms.yaml", "- id: t\n  term: T\n  definition: \"A &#x1B;[2J region.\"\n  sources: [a]\n");
        Build.Result result = site.build();
        assertEquals(1, result.exitCode());
        String errors = TestSite.errors(result);
        assertTrue(errors.startsWith("content/data/terms.yaml:3:"), errors);
        assertTrue(errors.contains("'&#x1B;' stands for control character U+001B (escape)"), errors);
    }
}
