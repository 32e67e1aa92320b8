package folio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.Build;
import folio.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
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
        // A loop through two templates names both, with the line of each include.
        assertTrue(errors.contains(name.startsWith("two") ? "loop of 2 templates: templates/other.peb:1 includes home, "
                + "templates/home.peb:1 includes other" : "calls itself"), errors);
        assertFalse(Files.exists(dir.resolve("site/index.html")));
    }

    /**
     * Macros that call each other without end in the template every layout extends: one error, at
     * the call that closes the loop (not at its macro's line, not one per layout): the editor is sent to the line to change.
     */
    @Test
    void aMacroLoopIsOneErrorAtTheCallThatClosesIt() {
        TestSite site = TestSite.minimal(dir)
                .file("content/index.md", "---\ntitle: Home\nlayout: home\n---\nHi.\n")
                .file("content/about.md", "---\ntitle: About\nlayout: about\n---\nHi.\n")
                .file("templates/base.peb", "<html><body>\n{% macro a(n) %}\n<p>{{ b(n) }}</p>\n{% endmacro %}\n"
                        + "{% macro b(n) %}\n{% if n > 0 %}\n<i>{{ a(n) }}</i>\n{% endif %}\n{% endmacro %}\n{{ a(1) }}{% block main %}{% endblock %}</body></html>\n")
                .file("templates/home.peb", "{% extends \"base\" %}{% block main %}home{% endblock %}")
                .file("templates/about.peb", "{% extends \"base\" %}{% block main %}about{% endblock %}");
        Build.Result result = site.build();
        assertEquals(1, result.exitCode());
        assertEquals("templates/base.peb:7: error: template error: this call of the macro a, in the macro b, closes a loop: the macro b "
                + "calls itself without end (through the macro a): each call makes another until Java runs out of stack: put the call "
                + "inside an {% if %} that ends it, or remove it\n", TestSite.errors(result));
    }

    /** A macro that calls itself on two lines: the first is reported, and the message names both. */
    @Test
    void aMacroCallingItselfTwiceNamesBothLines() {
        TestSite site = TestSite.minimal(dir)
                .file("content/index.md", "---\ntitle: Home\nlayout: home\n---\nHi.\n")
                .file("templates/home.peb", "<html><body>\n{% macro tree(node) %}\n<ul>\n<li>{{ tree(node) }}</li>\n"
                        + "<li>{{ tree(node) }}</li>\n</ul>\n{% endmacro %}\n{{ tree(1) }}</body></html>\n");
        Build.Result result = site.build();
        assertEquals(1, result.exitCode());
        assertEquals("templates/home.peb:4: error: template error: the macro tree calls itself here, without end (it calls tree on "
                + "lines 4, 5): each call makes another until Java runs out of stack: put this call inside an {% if %} that ends it, "
                + "or remove it\n", TestSite.errors(result));
    }

    /** An include whose name is computed, which no reading of the tags follows, is found where it closes the loop as it runs. */
    @Test
    void anIncludeOfAComputedNameIsOneErrorAtItsLine() {
        TestSite site = TestSite.minimal(dir)
                .file("content/index.md", "---\ntitle: Home\n---\nHi.\n")
                .file("content/about.md", "---\ntitle: About\nlayout: about\n---\nHi.\n")
                .file("templates/page.peb", "<html><body>{% include \"partials/box\" %}</body></html>")
                .file("templates/about.peb", "<html><body>{% include \"partials/box\" %}</body></html>")
                .file("templates/partials/box.peb", "<aside>\n{% include \"partials/\" ~ \"box\" %}\n</aside>\n");
        Build.Result result = site.build();
        assertEquals(1, result.exitCode());
        assertEquals("templates/partials/box.peb:2: error: template error: this include, extends or import closes a loop: the "
                + "template calls itself without end, through every page that uses it: remove it, or put it inside an {% if %} "
                + "that ends the loop\n", TestSite.errors(result));
    }

    /**
     * A partial that calls the function rendering it, which no tag reaches: one error at that call,
     * not one per layout.
     */
    @Test
    void aPartialCallingItsOwnFunctionIsOneErrorAtTheCall() {
        TestSite site = TestSite.minimal(dir)
                .file("content/index.md", "---\ntitle: Home\n---\nHi.\n")
                .file("content/about.md", "---\ntitle: About\nlayout: about\n---\nHi.\n")
                .file("templates/about.peb", TestSite.BASE_TEMPLATE)
                .file("templates/partials/references.peb", "<ol>\n{{ references() }}\n</ol>\n");
        Build.Result result = site.build();
        assertEquals(1, result.exitCode());
        assertEquals("templates/partials/references.peb:2: error: template error: this call of references() closes a loop: the "
                + "partial it renders calls references() again, without end, through every page that uses it: remove it, or put "
                + "it inside an {% if %} that ends the loop\n", TestSite.errors(result));
    }

    /** A macro that calls itself with a way out is no loop, however deep it goes for the page. */
    @Test
    void aMacroThatEndsIsNoError() {
        TestSite site = TestSite.minimal(dir)
                .file("content/index.md", "---\ntitle: Home\n---\nHi.\n")
                .file("templates/page.peb", "{% macro down(n) %}{% if n > 0 %}{{ n }} {{ down(n - 1) }}{% endif %}{% endmacro %}"
                        + "<html><body><p>{{ down(30) }}</p>{% include \"partials/leaf\" %}</body></html>")
                .file("templates/partials/leaf.peb", "{% macro leaf() %}leaf{% endmacro %}<i>{{ leaf() }}</i>");
        Build.Result result = site.build();
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        assertTrue(site.read("index.html").contains("3 2 1"), site.read("index.html"));
        assertTrue(site.read("index.html").contains("<i>leaf</i>"), site.read("index.html"));
    }
}
