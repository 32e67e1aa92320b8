package folio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.Build;
import folio.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A template that calls itself without end is a template error at that template, never a crash. */
class TemplateRecursionTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "extends itself|{% extends \"home\" %}|templates/home.peb",
            "includes itself|<p>{% include \"home\" %}</p>|templates/home.peb",
            "macro calls itself|{% macro m(x) %}{{ m(x) }}{% endmacro %}{{ m(1) }}|templates/home.peb",
            "two templates include each other|{% include \"other\" %}|templates/",
            "feed includes itself|{% include \"feed.xml\" %}|templates/feed.xml.peb"})
    void endlessRecursionIsATemplateError(String name, String template, String where) throws Exception {
        TestSite site = TestSite.minimal(dir)
                .file("content/index.md", "---\ntitle: Home\nlayout: home\n---\nHi.\n")
                .file("templates/other.peb", "<p>{% include \"home\" %}</p>");
        site.file(name.startsWith("feed") ? "templates/feed.xml.peb" : "templates/home.peb",
                name.startsWith("feed") ? template : template);
        if (name.startsWith("feed")) {
            site.file("templates/home.peb", TestSite.BASE_TEMPLATE);
        }
        Build.Result result = site.build();
        String errors = TestSite.errors(result);
        assertEquals(1, result.exitCode(), errors);
        assertTrue(errors.contains(where), errors);
        assertTrue(errors.contains("calls itself"), errors);
        assertFalse(Files.exists(dir.resolve("site/index.html")));
    }
}
