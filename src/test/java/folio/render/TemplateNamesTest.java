package folio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.Build;
import folio.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A call Pebble refuses only when its line runs (a filter, test or function no one has, too many arguments) is found
 * in every template, used or not, from the node trees the build compiles anyway: a warning at its line where no
 * page ran it (the site is built: no reader meets it), the usual error where a page did, never both.
 */
class TemplateNamesTest {
    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.minimal(dir).file("content/index.md", "---\ntitle: Home\n---\nHi.\n");
    }

    @Test
    void aTemplateNoPageUsesIsCheckedForNamesThatDoNotExist() {
        Build.Result result = site().file("templates/draft.peb", """
                <p>
                {{ page.title | uper }}
                {% if page.title is evn %}x{% endif %}
                {{ nope(1) }}
                {{ url('a', 'b') }}
                {{ box(1) }}{{ 'x' | upper }}{% if 2 is even %}{{ max(1, 2) }}{% endif %}
                {% macro box(n) %}{{ n | abs }}{% endmacro %}</p>
                """).build();
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        assertEquals("""
                templates/draft.peb:2: warning: no filter is named 'uper' (did you mean 'upper'?), so a page that runs this line \
                fails (no page of this build does): use one that docs/templates.md lists, or remove it
                templates/draft.peb:3: warning: no test is named 'evn' (did you mean 'even'?), so a page that runs this line fails \
                (no page of this build does): use one that docs/templates.md lists, or remove it
                templates/draft.peb:4: warning: no function is named 'nope' and no template defines a macro of that name, so a page \
                that runs this line fails (no page of this build does): use one that docs/templates.md lists, or remove it
                templates/draft.peb:5: warning: the function 'url' takes 1 argument (path) and is given 2, so a page that runs this \
                line fails (no page of this build does): remove the extra ones
                """, TestSite.errors(result));
        assertTrue(Files.exists(dir.resolve("site/index.html")));
    }

    /** In a layout a page uses: the line a page ran is the usual error, once; a line no page reached is a warning. */
    @Test
    void aLineAPageRanIsAnErrorAndOneItDidNotAWarning() {
        Build.Result result = site().file("templates/page.peb", """
                <!DOCTYPE html><html lang="en"><head><title>{{ page.title }}</title></head><body>
                {% if page.title == 'Other' %}{{ page.title | shuot }}{% endif %}
                {{ page.title | shout }}
                </body></html>
                """).build();
        assertEquals(1, result.exitCode(), TestSite.errors(result));
        String errors = TestSite.errors(result);
        assertTrue(errors.startsWith("templates/page.peb:2: warning: no filter is named 'shuot'"), errors);
        // Pebble's message names no remedy: the error says what to do.
        assertTrue(errors.contains("\ntemplates/page.peb:3: error: template error while rendering content/index.md: Filter [shout] "
                + "does not exist. No filter is named 'shout' (did you mean 'sort'?): use one that docs/templates.md lists, or "
                + "remove it.\n"), errors);
        assertEquals(2, errors.lines().count(), errors);
    }

    /** A macro imported under another name is called by that name: no warning. */
    @Test
    void aMacroImportedUnderAnotherNameIsNoUnknownFunction() {
        Build.Result result = site()
                .file("templates/macros.peb", "{% macro box(n) %}<b>{{ n }}</b>{% endmacro %}")
                .file("templates/draft.peb", "{% from \"macros\" import box as frame %}{{ frame(1) }}")
                .build();
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        assertEquals("", TestSite.errors(result));
    }

    /**
     * The map of an include's {@code with} is evaluated in the including template: its filters and functions are
     * checked as every other line's (Pebble keeps the map to itself, and it was not read).
     */
    @Test
    void namesInAnIncludesMapAreChecked() {
        Build.Result result = site()
                .file("templates/partials/card.peb", "<b>{{ item }}</b>")
                .file("templates/draft.peb", """
                        {% include "partials/card" with {"item": page.title | shuot} %}
                        {% include "partials/card" with {"item": nope(1), "n": 2 is evn} %}
                        {% include "partials/card" with {"item": page.title | upper} %}
                        {% include "partials/card" %}
                        """)
                .build();
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        String errors = TestSite.errors(result);
        assertTrue(errors.startsWith("templates/draft.peb:1: warning: no filter is named 'shuot'"), errors);
        assertTrue(errors.contains("\ntemplates/draft.peb:2: warning: no function is named 'nope'"), errors);
        assertTrue(errors.contains("\ntemplates/draft.peb:2: warning: no test is named 'evn'"), errors);
        assertEquals(3, errors.lines().count(), errors);
    }

    /** An include's map is still what Pebble gives the partial, and anything but a map is refused at its line. */
    @Test
    void anIncludesMapReachesThePartialAndAnythingElseIsRefused() {
        TestSite site = site()
                .file("templates/partials/card.peb", "<b>{{ item }}</b>")
                .file("templates/page.peb", """
                        <!DOCTYPE html><html lang="en"><head><title>{{ page.title }}</title></head><body>
                        {% include "partials/card" with {"item": page.title | upper} %}
                        </body></html>
                        """);
        Build.Result result = site.build();
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        assertTrue(site.read("index.html").contains("<b>HOME</b>"), site.read("index.html"));
        result = site.file("templates/draft.peb", "\n{% include \"partials/card\" with [1] %}\n").build();
        assertEquals(1, result.exitCode(), TestSite.errors(result));
        assertTrue(TestSite.errors(result).startsWith("templates/draft.peb:2: error: template error: an include's 'with' "
                + "takes a map in braces"), TestSite.errors(result));
    }

    /**
     * A template with a {@code from ... import} had none of its functions checked (its macros could have any name);
     * the names the tag gives are now read, so every other name is checked, and a macro no template defines is named.
     */
    @Test
    void aTemplateWithAFromImportHasItsOtherFunctionsCheckedAndItsMacrosToo() {
        Build.Result result = site()
                .file("templates/macros.peb", "{% macro box(n) %}<b>{{ n }}</b>{% endmacro %}")
                .file("templates/draft.peb", """
                        {% from "macros" import box as frame, box %}{{ frame(1) }}{{ box(2) }}
                        {{ nope(1) }}
                        {% from "macros" import bx as other %}
                        """)
                .build();
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        String errors = TestSite.errors(result);
        assertTrue(errors.startsWith("templates/draft.peb:2: warning: no function is named 'nope'"), errors);
        assertTrue(errors.contains("\ntemplates/draft.peb:3: warning: no template defines a macro named 'bx' (did you mean "
                + "'box'?)"), errors);
        assertEquals(2, errors.lines().count(), errors);
    }

    /**
     * A syntax error in a template no page uses stops the build as the folio command runs it: exit 1, the file and
     * line, no stack trace, and the site already there left as it was (the swap never happens).
     */
    @Test
    void aSyntaxErrorInATemplateNoPageUsesStopsTheBuildAndKeepsThePreviousSite() {
        TestSite site = site();
        assertEquals(0, site.build().exitCode());
        String before = site.read("index.html");
        site.file("content/index.md", "---\ntitle: Home again\n---\nHi.\n")
                .file("templates/draft.peb", "<p>\n{% if page.title %}\n{{ page.title }}\n");
        TestSite.Run run = site.runInOwnJvm(java.util.List.of("-Xmx160m"), 2, "build");
        assertEquals(1, run.exitCode(), run.shown());
        assertTrue(run.output().contains("templates/draft.peb:2: error: template error: {% if %} opened on this line is never closed"),
                run.shown());
        assertTrue(!run.output().contains("Exception") && !run.output().contains("\tat "), run.shown());
        assertEquals(before, site.read("index.html"));
    }
}
