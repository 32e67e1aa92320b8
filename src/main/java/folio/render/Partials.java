package folio.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The partials folio itself renders (citations, the reference list, reference links, term
 * popovers, the map and its legend swatches), by name
 * under {@code partials/}. A theme overrides one by writing its own file; otherwise the built-in
 * one under {@code folio/theme/} in the jar is used. As in Jinja, a partial's final line break
 * is dropped, so a file that ends with one prints inline.
 */
final class Partials {
    static final String CITE = "partials/cite";
    static final String REFERENCES = "partials/references";
    static final String TERM_POPOVER = "partials/term-popover";
    static final String REF = "partials/ref";
    static final String OBLAST_MAP = "partials/oblast-map";
    static final String OBLAST_MAP_KEY = "partials/oblast-map-key";
    static final List<String> ALL = List.of(CITE, REFERENCES, REF, TERM_POPOVER, OBLAST_MAP, OBLAST_MAP_KEY);

    private final PebbleEngine engine;

    Partials(PebbleEngine engine) {
        this.engine = engine;
    }

    /** The partial rendered with these variables. Template errors are Pebble's, with file and line. */
    String render(String name, Map<String, Object> variables) {
        StringWriter out = new StringWriter();
        try {
            engine.getTemplate(name).evaluate(out, variables);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuffer text = out.getBuffer();
        int end = text.length() > 0 && text.charAt(text.length() - 1) == '\n' ? text.length() - 1 : text.length();
        return text.substring(0, end);
    }

    static SafeString safe(String html) {
        return new SafeString(html);
    }
}
