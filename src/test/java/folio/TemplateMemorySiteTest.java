package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A template that doubles a value in a loop ran the build out of memory, reported as folio's own
 * crash ("internal error (OutOfMemoryError)", exit 70, "a bug in folio"). The allocation too big
 * for the heap fails alone, so it is a template error of the page's layout, the site kept. Run as
 * the user runs folio, in a JVM of its own with a small heap, so the test's JVM is not the one
 * that runs short.
 */
class TemplateMemorySiteTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"{% set s = 'x' %}{% for i in range(1, 60) %}{% set s = s ~ s %}{% endfor %}{{ s | length }}",
        "{% set l = [1] %}{% for i in range(1, 60) %}{% set l = l | merge(l) %}{% endfor %}{{ l | length }}"})
    void aValueDoubledInALoopIsATemplateErrorNotACrash(String doubling) throws Exception {
        TestSite site = TestSite.minimal(dir).file("content/index.md", "---\ntitle: Home\n---\nHello.\n");
        assertEquals(0, site.build().exitCode());
        site.file("templates/page.peb", TestSite.BASE_TEMPLATE.replace("</main>", doubling + "</main>"));
        TestSite.Run run = site.runInOwnJvm(List.of("-Xmx128m"), 2, "build");
        String output = run.output();
        assertEquals(1, run.exitCode(), output);
        assertTrue(output.startsWith("templates/page.peb:1: error: template error while rendering content/index.md: ran out of "
                + "memory (Java heap space): a value this template, or a template it includes, builds in a loop grows without "
                + "bound"), output);
        assertTrue(output.contains("check each {% set %} inside a {% for %}"), output);
        // A large site on a small heap fails the same way, so the message also says how to give Java more.
        assertTrue(output.contains("if none grows, the site needs more memory than Java was given: build with a larger "
                + "heap (FOLIO_JAVA_OPTS=-Xmx2g bin/folio build"), output);
        assertTrue(Files.readString(dir.resolve("site/index.html")).contains("Hello."), "the previous site is kept");
    }
}
