package folio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import folio.content.Markdown;
import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import folio.site.Markup;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.StringLoader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FolioExtensionTest {
    private static String render(String template, Map<String, Object> context) throws Exception {
        FolioExtension extension = new FolioExtension(Path.of("templates"));
        extension.useBaseUrl("https://example.org/repo/");
        PebbleEngine engine = new PebbleEngine.Builder().loader(new StringLoader()).strictVariables(true)
                .extension(extension).build();
        StringWriter out = new StringWriter();
        engine.getTemplate(template).evaluate(out, context);
        return out.toString();
    }

    @Test
    void citedTellsWhetherATextCarriesItsOwnCitation() throws Exception {
        String template = "{% if x is cited %}own{% else %}none{% endif %},{% if x is not cited %}add{% endif %}";
        assertEquals("own,", render(template, Map.of("x", text("Said so [@a]."))));
        assertEquals("none,add", render(template, Map.of("x", text("Said so (c: see below)."))));
        assertEquals("none,add", render(template, Map.of("x", "A string with [@a] is no text of the site.")));
    }

    private static PageHtml text(String markdown) {
        Markdown.Parsed parsed = Markdown.parse(markdown, SourcePosition.of("content/a.md", 1), new Diagnostics());
        return new PageHtml(Markup.of(parsed.document(), true), PageContext.detached("", null));
    }

    @Test
    void absUrlWorksWhereTheSiteIsOutOfScope() throws Exception {
        // A macro sees none of the page's variables: the base URL must not come from them.
        assertEquals("https://example.org/repo/about/",
                render("{% macro canonical(path) %}{{ absUrl(path) }}{% endmacro %}{{ canonical('about/') }}", Map.of()));
    }
}
