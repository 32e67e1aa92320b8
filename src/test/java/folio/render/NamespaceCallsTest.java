package folio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.Build;
import folio.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calls of macros through a namespace ({@code {% import "x" as m %}}, then {@code m.box()}) are checked as every
 * other call is: a macro x does not define, more arguments than it takes, a name nothing imports where the call is;
 * each at the call's template and line, a warning where no page ran it and an error where one did. Macros called by
 * their own name are checked for their arguments too, and so are the named arguments of functions.
 */
class NamespaceCallsTest {
    @TempDir
    java.nio.file.Path dir;

    private static final String MACROS = "{% macro box(n, label=\"x\") %}<b>{{ n }} {{ label }}</b>{% endmacro %}\n"
            + "{% macro line() %}<hr>{% endmacro %}\n";

    private TestSite site() {
        return TestSite.minimal(dir).file("content/index.md", "---\ntitle: Home\n---\nHi.\n")
                .file("templates/partials/macros.peb", MACROS);
    }

    @Test
    void aTemplateNoPageUsesIsCheckedThroughItsNamespaces() {
        Build.Result result = site().file("templates/draft.peb", """
                {% import "partials/macros" as m %}
                {{ m.box(1) }}{{ m.line() }}
                {{ m.bxo(1) }}
                {{ m.box(1, 2, 3) }}
                {{ mm.box(1) }}
                {% macro card() %}{{ m.box(2) }}{% endmacro %}
                {{ box(1, lable="y") }}
                {{ url(pth="about/") }}
                {{ page.title }}
                """).build();
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        assertEquals("""
                templates/draft.peb:3: warning: the template templates/partials/macros.peb (imported as 'm' on line 1) defines \
                no macro named 'bxo' (did you mean 'box'?), so a page that runs this line fails (no page of this build does): \
                call one of its macros (box, line), or define it there
                templates/draft.peb:4: warning: the macro 'm.box' takes 2 arguments (n, label) and is given 3, so a page that \
                runs this line fails (no page of this build does): remove the extra ones
                templates/draft.peb:5: warning: nothing is imported as 'mm' in this template (did you mean 'm'? It is imported \
                on line 1), so a page that runs this line fails (no page of this build does): write m.box(...), or import the \
                template as mm
                templates/draft.peb:6: warning: 'm' is imported on line 1, outside the macro card, and a macro sees only its \
                arguments and what it imports itself, so a page that runs this line fails (no page of this build does): put \
                {% import "partials/macros" as m %} inside the macro card, or pass m to it as an argument
                templates/draft.peb:7: warning: the macro 'box' has no argument named 'lable' (did you mean 'label'?); it takes \
                2 arguments (n, label), so a page that runs this line fails (no page of this build does): use one of its \
                arguments' names, or remove it
                templates/draft.peb:8: warning: the function 'url' has no argument named 'pth' (did you mean 'path'?); its \
                arguments are path, so a page that runs this line fails (no page of this build does): use one of those names, \
                or remove it
                """, TestSite.errors(result));
    }

    /** A name another template imports, used in one that does not see it. */
    @Test
    void aNamespaceAnotherTemplateImportsIsNamed() {
        Build.Result result = site()
                .file("templates/other.peb", "{% import \"partials/macros\" as m %}{{ m.line() }}")
                .file("templates/draft.peb", "<p>\n{{ m.line() }}</p>")
                .build();
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        assertEquals("templates/draft.peb:2: warning: nothing is imported as 'm' in this template (another template imports "
                + "one so, which this one does not see), so a page that runs this line fails (no page of this build does): add "
                + "{% import \"partials/macros\" as m %} to this template\n", TestSite.errors(result));
    }

    /** A partial included by the template that imports the name sees it: no finding, and the page builds. */
    @Test
    void aPartialSeesItsIncludersNamespace() {
        TestSite site = site()
                .file("templates/partials/card.peb", "{{ m.box(item) }}")
                .file("templates/page.peb", """
                        <!DOCTYPE html><html lang="en"><head><title>{{ page.title }}</title></head><body>
                        {% import "partials/macros" as m %}{% include "partials/card" with {"item": page.title} %}
                        </body></html>
                        """);
        Build.Result result = site.build();
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        assertEquals("", TestSite.errors(result));
        assertTrue(site.read("index.html").contains("<b>Home x</b>"), site.read("index.html"));
    }

    /**
     * Where a page runs the call it is an error at the call's own template and line with the check's words added.
     * Pebble 4.1 reported it at a line of the layout the template extends, where no such call is.
     */
    @Test
    void aCallAPageRunsIsAnErrorAtItsOwnLine() {
        TestSite site = site()
                .file("templates/base.peb", """
                        <!DOCTYPE html><html lang="en"><head><title>{{ page.title }}</title></head><body>
                        {% block content %}{% endblock %}
                        </body></html>
                        """)
                .file("templates/page.peb", """
                        {% extends "base" %}
                        {% import "partials/macros" as m %}
                        {% block content %}{{ m.bxo(1) }}{% endblock %}
                        """);
        Build.Result result = site.build();
        assertEquals(1, result.exitCode(), TestSite.errors(result));
        assertEquals("templates/page.peb:3: error: template error while rendering content/index.md: Macro [bxo] does not "
                + "exist in partials/macros, imported as m on line 2. The template templates/partials/macros.peb (imported as "
                + "'m' on line 2) defines no macro named 'bxo' (did you mean 'box'?): call one of its macros (box, line), or "
                + "define it there.\n", TestSite.errors(result));
        site.file("templates/page.peb", """
                {% extends "base" %}
                {% import "partials/macros" as m %}
                {% block content %}
                {{ m.box(1, 2, 3) }}{% endblock %}
                """);
        result = site.build();
        assertEquals(1, result.exitCode(), TestSite.errors(result));
        assertTrue(TestSite.errors(result).startsWith("templates/page.peb:4: error: template error while rendering "
                + "content/index.md: The macro [box] of partials/macros takes 2 argument(s), and is given 3. The macro 'm.box' "
                + "takes 2 arguments (n, label) and is given 3: remove the extra ones."), TestSite.errors(result));
    }

    /**
     * A layout that imports a namespace and calls it outside its blocks, while a page of a layout extending it is
     * rendered: Pebble 4.1 looked the macro up in the page's template first and said it did not exist.
     */
    @Test
    void aNamespaceCalledInTheLayoutAnotherExtendsWorks() {
        TestSite site = site()
                .file("templates/base.peb", """
                        {% import "partials/macros" as m %}<!DOCTYPE html><html lang="en"><head><title>{{ page.title }}</title></head>
                        <body>{{ m.box(7, "z") }}{% block content %}{% endblock %}</body></html>
                        """)
                .file("templates/page.peb", "{% extends \"base\" %}{% block content %}{{ m.line() }}{% endblock %}");
        Build.Result result = site.build();
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        assertEquals("", TestSite.errors(result));
        String html = site.read("index.html");
        assertTrue(html.contains("<b>7 z</b>") && html.contains("<hr>"), html);
        assertFalse(html.contains("does not exist"), html);
    }

    /** A namespace no template imports and no variable has: the template that defines the macro is named. */
    @Test
    void aNamespaceNothingImportsNamesTheTemplateToImport() {
        Build.Result result = site().file("templates/draft.peb", "<p>\n{{ m.box(1) }}{{ page.title }}</p>").build();
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        assertEquals("templates/draft.peb:2: warning: nothing is imported as 'm' in this template and no variable has that name, "
                + "so a page that runs this line fails (no page of this build does): add {% import \"partials/macros\" as m %} to "
                + "this template (partials/macros.peb defines a macro box), or correct the name\n", TestSite.errors(result));
    }

    /** Pebble refuses a named argument in m.box(n=1) as it compiles the template, in words that name no remedy. */
    @Test
    void aNamedArgumentThroughANamespaceSaysWhatToWrite() {
        Build.Result result = site().file("templates/draft.peb", "{% import \"partials/macros\" as m %}\n{{ m.box(n=1) }}").build();
        assertEquals(1, result.exitCode(), TestSite.errors(result));
        assertTrue(TestSite.errors(result).startsWith("templates/draft.peb:2: error: template error: a call through a namespace "
                + "or of a field's method, like m.box(1), takes its arguments in order, without names: write m.box(1), or import "
                + "the macro by its name with {% from \"...\" import box %} and call box(n=1) (Pebble said: Can not use named "
                + "arguments when calling a bean method"), TestSite.errors(result));
    }
}
