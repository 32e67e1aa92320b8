package folio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import folio.Build;
import folio.TestSite;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The filter {@code plain} shows a text's quotes as the page's HTML ({@code | raw}) does: a Markdown {@code \"} or
 * {@code \'} and a quote in code stay straight, a quote typed plainly gets the language's marks; in an element's text,
 * in a {@code title} attribute and in structured data ({@code | plain | json}).
 */
class PlainFilterQuotesTest {
    @TempDir
    Path dir;

    private static final String TEMPLATE = """
            <!DOCTYPE html>
            <html lang="{{ site.config.language }}"><head><meta charset="utf-8"><title>{{ page.title }}</title>
            <script type="application/ld+json">{"@type":"Article","description":{{ page.contentHtml | plain | json }}}</script></head>
            <body><main><div class="html">{{ page.contentHtml | raw }}</div>
            <p class="plain">{{ page.contentHtml | plain }}</p>
            <p class="attr" title="{{ page.contentHtml | plain }}">x</p>
            <p class="string">{{ 'Say &#x22;a&#x22; or "b"' | plain }}</p>
            {% set first = 'Say &#x22;a&#x22; or "b"' | plain %}{% set second = 'Say &#x22;a&#x22; or "b"' | plain %}
            <p class="first">{{ first }}</p><p class="second">{{ second }}</p>
            <p class="chained">{{ page.contentHtml | plain | length > 10 }} {{ page.contentHtml | plain | lower | slice(0, 4) }}</p>
            </main></body></html>
            """;

    private String page(String language, String markdown) {
        TestSite site = TestSite.minimal(dir)
                .file("content/site.yaml", TestSite.CONFIG.replace("language: en", "language: " + language))
                .file("templates/page.peb", TEMPLATE)
                .file("content/index.md", "---\ntitle: Quotes\n---\n" + markdown + "\n");
        Build.Result result = site.build();
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        return site.read("index.html");
    }

    private static String element(String page, String cls) {
        Matcher m = Pattern.compile("<(p|div) class=\"" + cls + "\"[^>]*>(.*?)</\\1>", Pattern.DOTALL).matcher(page);
        assertTrue(m.find(), cls + " in " + page);
        return m.group(2);
    }

    @Test
    void escapedQuotesAndCodeStayStraightAsInTheHtml() {
        String page = page("en", "Type \\\"plan\\\" and \\'x\\', or \"plan\"; run `say \"hi\"` and it's done.");
        assertEquals("<p>Type &#x22;plan&#x22; and &#x27;x&#x27;, or “plan”; run <code>say &quot;hi&quot;</code> and it’s done.</p>\n",
                element(page, "html"));
        assertEquals("Type &#x22;plan&#x22; and &#x27;x&#x27;, or “plan”; run say &#x22;hi&#x22; and it’s done.", element(page, "plain"));
        assertTrue(page.contains("title=\"Type &#x22;plan&#x22; and &#x27;x&#x27;, or “plan”; run say &#x22;hi&#x22; and it’s done.\""),
                page);
        // A string given to the filter: its hexadecimal references are quotes written to stay straight.
        assertEquals("Say &#x22;a&#x22; or “b”", element(page, "string"));
        // Two calls give two equal texts, each known as the filter's own: the first is not forgotten for the second.
        assertEquals("Say &#x22;a&#x22; or “b”", element(page, "first"));
        assertEquals("Say &#x22;a&#x22; or “b”", element(page, "second"));
        // Other filters read the plain text, as they would a string.
        assertEquals("true type", element(page, "chained"));
    }

    @Test
    void structuredDataKeepsThemStraightToo() throws Exception {
        String page = page("en", "Type \\\"plan\\\" and \\'x\\', or \"plan\"; run `say \"hi\"`.");
        Matcher m = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>").matcher(page);
        assertTrue(m.find(), page);
        assertEquals("Type \"plan\" and 'x', or “plan”; run say \"hi\".",
                new ObjectMapper().readTree(m.group(1)).get("description").asText(), m.group(1));
    }

    @Test
    void plainQuotesStillGetTheLanguagesMarks() {
        assertEquals("He said “yes”, it’s ‘fine’.", element(page("en", "He said \"yes\", it's 'fine'."), "plain"));
        // «а» keeps with the word after it (NoBreaks), as on every page.
        assertEquals("Він сказав «так», а\u00a0не &#x22;ні&#x22;.", element(page("uk", "Він сказав \"так\", а не \\\"ні\\\"."), "plain"));
    }
}
