package folio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.Build;
import folio.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code {% from "x" import box %}} outside the blocks of a template that extends another never runs in Pebble, so
 * {@code box} does not exist in the blocks. The error is at the call's own template and line (Pebble named the layout
 * at the top of the hierarchy), says why and what to do; what does work (the from tag in the block, an import tag
 * outside blocks) is built here too.
 */
class FromOutsideBlocksTest {
    @TempDir
    java.nio.file.Path dir;

    private static final String BASE = """
            <!DOCTYPE html><html lang="en"><head><title>{{ page.title }}</title></head><body>
            {% block content %}{% endblock %}
            </body></html>
            """;

    private TestSite site(String page) {
        return TestSite.minimal(dir).file("content/index.md", "---\ntitle: Home\n---\nHi.\n")
                .file("templates/partials/macros.peb", "{% macro box(n) %}<b>{{ n }}</b>{% endmacro %}\n")
                .file("templates/base.peb", BASE).file("templates/page.peb", page);
    }

    @Test
    void aFromTagOutsideBlocksIsReportedAtTheCallWithWhatToDo() {
        Build.Result result = site("""
                {% extends "base" %}
                {% from "partials/macros" import box %}
                {% block content %}{{ box(1) }}{% endblock %}
                """).build();
        assertEquals(1, result.exitCode(), TestSite.errors(result));
        assertEquals("""
                templates/page.peb:2: warning: this from tag is outside every block of a template that extends another, where \
                Pebble never runs it, so the macros it imports do not exist in the blocks: move it into each block that calls them, or write {% import "..." %} here (an \
                import tag outside blocks does run)
                templates/page.peb:3: error: template error while rendering content/index.md: Function or Macro [box] does not \
                exist. 'box' is imported by the from tag on line 2, which is outside every block of a template that extends \
                another: Pebble never runs it there, so no macro 'box' exists in the blocks: move the from tag into the block \
                that calls it (line 3's block).
                """, TestSite.errors(result));
    }

    @Test
    void whatTheMessageSuggestsWorks() {
        TestSite site = site("""
                {% extends "base" %}
                {% block content %}{% from "partials/macros" import box %}{{ box(1) }}{% endblock %}
                """);
        Build.Result result = site.build();
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        assertEquals("", TestSite.errors(result));
        assertTrue(site.read("index.html").contains("<b>1</b>"), site.read("index.html"));
        site.file("templates/page.peb", """
                {% extends "base" %}
                {% import "partials/macros" %}
                {% block content %}{{ box(2) }}{% endblock %}
                """);
        result = site.build();
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        assertTrue(site.read("index.html").contains("<b>2</b>"), site.read("index.html"));
    }

    /** A from tag outside blocks of a template that extends nothing runs: no finding. */
    @Test
    void aFromTagInALayoutThatExtendsNothingIsFine() {
        TestSite site = site("{% extends \"base\" %}{% block content %}{% endblock %}").file("templates/base.peb",
                "{% from \"partials/macros\" import box %}<!DOCTYPE html><html lang=\"en\"><head><title>{{ page.title }}"
                        + "</title></head><body>{{ box(3) }}{% block content %}{% endblock %}</body></html>\n");
        Build.Result result = site.build();
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        assertEquals("", TestSite.errors(result));
        assertTrue(site.read("index.html").contains("<b>3</b>"), site.read("index.html"));
    }
}
