package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template nested thousands deep ran Pebble out of stack: 5,000 {@code {% if %}} inside each
 * other, or 3,000 {@code not}, ended the build as folio's own crash (StackOverflowError, exit 70);
 * 8,000 {@code + 1} in one print was reported as a template calling itself, at the page's layout
 * with no line. Each is now an error at the template's line, with what to do, the site kept.
 * The limits' edges are TemplateNestingTest's; golden cases bad-template-nested-tags and
 * bad-template-long-expression show the whole messages.
 */
class TemplateNestingSiteTest {
    @TempDir
    Path dir;

    private String errors(String partial) {
        // The partial is written whole first: the last case's, left unused, is an error too (every template is compiled).
        TestSite site = TestSite.minimal(dir).file("content/index.md", "---\ntitle: Home\n---\nHello.\n")
                .file("templates/partials/x.peb", "<p>A partial.</p>\n");
        assertEquals(0, site.build().exitCode());
        site.file("templates/page.peb", TestSite.BASE_TEMPLATE.replace("</main>", "{% include \"partials/x\" %}</main>"))
                .file("templates/partials/x.peb", "<p>A partial.</p>\n" + partial + "\n");
        Build.Result result = site.build();
        assertEquals(1, result.exitCode(), TestSite.errors(result));
        assertTrue(Files.exists(dir.resolve("site/index.html")), "the previous site is kept");
        return TestSite.errors(result);
    }

    @Test
    void tagsNestedThousandsDeepAreAnErrorAtTheirLine() {
        String errors = errors("{% if true %}".repeat(5_000) + "x" + "{% endif %}".repeat(5_000));
        assertTrue(errors.startsWith("templates/partials/x.peb:2: error: template error: tags nested more than 100 deep"),
                errors);
        assertTrue(errors.contains("flatten them"), errors);
    }

    @Test
    void anExpressionThousandsOfOperatorsLongIsAnErrorAtItsLine() {
        for (String expression : new String[] {"{{ " + "not ".repeat(3_000) + "true }}", "{{ 1" + " + 1".repeat(8_000) + " }}"}) {
            String errors = errors(expression);
            assertTrue(errors.startsWith("templates/partials/x.peb:2: error: template error: more than 200 operators and "
                    + "brackets in one {{ }} or {% %}"), errors);
            assertTrue(errors.contains("split the expression into shorter ones with {% set %}"), errors);
        }
    }
}
