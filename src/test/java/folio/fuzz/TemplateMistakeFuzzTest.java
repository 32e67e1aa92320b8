package folio.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.Build;
import folio.TestSite;
import folio.diag.Diagnostic;
import folio.diag.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * One mistake in a template shared by every page (a syntax error, an unknown tag, filter or
 * field, an id written twice), on a random line, with a random number of pages: the build
 * reports it once, at that line of that template, however many pages use the template.
 */
class TemplateMistakeFuzzTest {
    private static final String[] MISTAKES = {
        "<p>{% endblok %}</p>",                      // unknown tag (syntax)
        "<p>{{ page.title | shout }}</p>",           // unknown filter
        "<p>{{ page.titel }}</p>",                   // unknown field (when rendering)
        "<p>{{ site.config.colour }}</p>",           // unknown field of another record
        "<p id=\"twice\"></p><p id=\"twice\"></p>",  // a duplicate id
        "<p>{{ page.title }</p>",                    // a print never closed
    };

    @Property(tries = 30)
    void aTemplateMistakeIsOneErrorAtItsLine(@ForAll @IntRange(min = 0, max = 5) int kind,
                                             @ForAll @IntRange(min = 1, max = 8) int pages,
                                             @ForAll @IntRange(min = 0, max = 4) int blankLinesBefore) throws IOException {
        List<String> lines = new ArrayList<>(List.of("<!DOCTYPE html>",
                "<html lang=\"{{ site.config.language }}\"><head><meta charset=\"utf-8\"><title>{{ page.title }}</title></head>",
                "<body><main>"));
        for (int i = 0; i < blankLinesBefore; i++) {
            lines.add("<p>{{ page.title }}</p>");
        }
        lines.add(MISTAKES[kind]);
        int line = lines.size();
        lines.add("{{ page.contentHtml | raw }}{{ references() }}</main></body></html>");
        Path root = Files.createTempDirectory("folio-fuzz-template");
        try {
            TestSite site = TestSite.minimal(root).file("templates/page.peb", String.join("\n", lines) + "\n");
            for (int i = 0; i < pages; i++) {
                site.file("content/" + (i == 0 ? "index" : "page-" + i) + ".md", "---\ntitle: Page " + i + "\n---\nText.\n");
            }
            Build.Result result = site.build();
            String errors = TestSite.errors(result);
            List<Diagnostic> found = result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
            assertEquals(1, result.exitCode(), errors);
            assertEquals(1, found.size(), errors);
            assertEquals("templates/page.peb", found.get(0).path(), errors);
            assertEquals(line, found.get(0).line(), errors);
            String message = found.get(0).message();
            if (pages > 1 && message.contains("while rendering")) {
                assertTrue(message.contains("(and " + (pages - 1) + " other page"), errors);
            }
            assertTrue(!Files.exists(root.resolve("site")), "nothing is written");
        } finally {
            try (var walk = Files.walk(root)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
