package folio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import folio.Build;
import folio.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template that defines one macro twice: Pebble refuses it with a message that names neither the
 * file nor a line, wrapped so that it read as a parser crash ("ran past the end of this template").
 * The error is at the second definition, with the first one's line and what to do.
 */
class MacroDefinedTwiceTest {
    @TempDir
    java.nio.file.Path dir;

    @Test
    void theSecondDefinitionIsNamedWithTheFirstsLine() {
        Build.Result result = TestSite.minimal(dir).file("content/index.md", "---\ntitle: Home\n---\nHi.\n")
                .file("templates/partials/macros.peb", """
                        {% macro box(n) %}<b>{{ n }}</b>{% endmacro %}
                        {# a second box, pasted from another partial #}
                        {%- macro box(n) %}<i>{{ n }}</i>{% endmacro %}
                        """)
                .file("templates/page.peb", """
                        <!DOCTYPE html><html lang="en"><head><title>{{ page.title }}</title></head><body>
                        {% import "partials/macros" %}{{ box(1) }}
                        </body></html>
                        """).build();
        assertEquals(1, result.exitCode(), TestSite.errors(result));
        assertEquals("templates/partials/macros.peb:3: error: template error while rendering content/index.md: the macro "
                + "'box' is defined twice in this template (first on line 1): rename one of them or remove it\n", TestSite.errors(result));
    }

    @Test
    void aTemplateNoPageUsesIsReportedToo() {
        Build.Result result = TestSite.minimal(dir).file("content/index.md", "---\ntitle: Home\n---\nHi.\n")
                .file("templates/partials/spare.peb", "{% macro m() %}a{% endmacro %}\n{% macro m() %}b{% endmacro %}\n")
                .build();
        assertEquals(1, result.exitCode(), TestSite.errors(result));
        assertEquals("templates/partials/spare.peb:2: error: template error: the macro 'm' is defined twice in this "
                + "template (first on line 1): rename one of them or remove it\n", TestSite.errors(result));
    }

    /**
     * A template the build does not compile by itself (under templates/static/), met through the feed: it read as "a
     * value was used in a way it does not allow" at feed.xml.peb:1; now the error a page gets, at the second macro.
     */
    @Test
    void metThroughTheFeedItIsTheSameErrorAsForAPage() {
        TestSite site = TestSite.minimal(dir).file("content/index.md", "---\ntitle: Home\n---\nHi.\n")
                .file("templates/static/macros.peb", "{% macro m() %}a{% endmacro %}\n{% macro m() %}b{% endmacro %}\n");
        String feed = "{% import \"static/macros\" %}<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed>{{ m() }}</feed>\n";
        Build.Result result = site.file("templates/feed.xml.peb", feed).build();
        assertEquals(1, result.exitCode(), TestSite.errors(result));
        assertEquals("templates/static/macros.peb:2: error: template error while rendering feed.xml: the macro 'm' is defined "
                + "twice in this template (first on line 1): rename one of them or remove it\n", TestSite.errors(result));
        result = site.file("templates/sitemap.xml.peb", feed.replace("feed", "urlset")).file("templates/feed.xml.peb",
                "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed></feed>\n").build();
        assertEquals("templates/static/macros.peb:2: error: template error while rendering sitemap.xml: the macro 'm' is "
                + "defined twice in this template (first on line 1): rename one of them or remove it\n", TestSite.errors(result));
    }
}
