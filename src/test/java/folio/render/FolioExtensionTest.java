package folio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import folio.content.Markers;
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
        assertEquals("own,", render(template, Map.of("x", "Said so " + Markers.citation(List.of("a")) + ".")));
        assertEquals("none,add", render(template, Map.of("x", "Said so (c: see below).")));
    }

    @Test
    void absUrlWorksWhereTheSiteIsOutOfScope() throws Exception {
        // A macro sees none of the page's variables: the base URL must not come from them.
        assertEquals("https://example.org/repo/about/",
                render("{% macro canonical(path) %}{{ absUrl(path) }}{% endmacro %}{{ canonical('about/') }}", Map.of()));
    }
}
