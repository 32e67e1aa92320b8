package folio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.Build;
import folio.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names a template gives with {@code {% from %}} and {@code {% import ... as %}}. Pebble keeps a from tag's macros in
 * the compiled template every page of a layout shares, so the tag refused its own names on the second page ("More
 * than one macro can not share the same name", at the layout's line 1); a tag run again in a loop or a macro did the
 * same. Those now work; a name given twice to different macros or templates is an error at the tag with what to do.
 */
class NameClashTest {
    @TempDir
    java.nio.file.Path dir;

    private TestSite site(String page) {
        return TestSite.minimal(dir).file("content/index.md", "---\ntitle: Home\n---\nHi.\n")
                .file("content/about.md", "---\ntitle: About\n---\nUs.\n")
                .file("content/more.md", "---\ntitle: More\n---\nMore.\n")
                .file("templates/partials/a.peb", "{% macro box(n) %}<b>{{ n }}</b>{% endmacro %}\n")
                .file("templates/partials/b.peb", "{% macro box(n) %}<i>{{ n }}</i>{% endmacro %}\n")
                .file("templates/page.peb", page);
    }

    private static String page(String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><title>{{ page.title }}</title></head><body>\n" + body
                + "\n</body></html>\n";
    }

    @Test
    void aFromTagInALayoutOfManyPagesWorksOnEach() {
        TestSite site = site(page("{% from \"partials/a\" import box %}{{ box(1) }}"));
        Build.Result result = site.build();
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        for (String file : new String[] {"index.html", "about/index.html", "more/index.html"}) {
            assertTrue(site.read(file).contains("<b>1</b>"), file + ": " + site.read(file));
        }
    }

    @Test
    void aFromTagInALoopOrAMacroCalledTwiceWorks() {
        TestSite site = site(page("{% for i in [1, 2] %}{% from \"partials/a\" import box %}{{ box(i) }}{% endfor %}"
                + "{% macro k(n) %}{% from \"partials/b\" import box as em %}{{ em(n) }}{% endmacro %}{{ k(3) }}{{ k(4) }}"));
        Build.Result result = site.build();
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        assertTrue(site.read("about/index.html").contains("<b>1</b><b>2</b><i>3</i><i>4</i>"), site.read("about/index.html"));
    }

    /** docs/templates.md: a macro sees only what it imports itself, so the import goes inside it. */
    @Test
    void aNamespaceImportInAMacroCalledTwiceWorks() {
        TestSite site = site(page("{% macro k(n) %}{% import \"partials/a\" as a %}{{ a.box(n) }}{% endmacro %}{{ k(1) }}{{ k(2) }}"));
        Build.Result result = site.build();
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        assertTrue(site.read("more/index.html").contains("<b>1</b><b>2</b>"), site.read("more/index.html"));
    }

    @Test
    void twoFromTagsGivingOneNameAreAnErrorAtTheSecond() {
        Build.Result result = site(page("{% from \"partials/a\" import box %}\n{% from \"partials/b\" import box %}{{ box(1) }}"))
                .build();
        assertEquals(1, result.exitCode(), TestSite.errors(result));
        assertEquals("templates/page.peb:3: error: template error while rendering content/about.md (and 2 other pages): this "
                + "template already has a macro named 'box' (a {% macro box(...) %} in it, or another {% from %} that imports "
                + "one under that name), so this from tag cannot import another: import it under a name of its own ({% from "
                + "\"partials/b\" import box as box2 %}, then call box2()), or remove one of them\n", TestSite.errors(result));
    }

    @Test
    void twoTemplatesImportedUnderOneNameAreAnErrorAtTheSecond() {
        Build.Result result = site(page("{% import \"partials/a\" as m %}\n{% import \"partials/b\" as m %}{{ m.box(1) }}"))
                .build();
        assertEquals(1, result.exitCode(), TestSite.errors(result));
        assertEquals("templates/page.peb:3: error: template error while rendering content/about.md (and 2 other pages): 'm' "
                + "already names the template \"partials/a\", imported earlier in this template, so this import cannot give it "
                + "to \"partials/b\" (Pebble: More than one named template can not share the same name: m): import it under a "
                + "name of its own ({% import \"partials/b\" as m2 %}, then call m2.x())\n", TestSite.errors(result));
    }
}
