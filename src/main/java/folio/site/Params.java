package folio.site;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The free-form {@code params:} of site.yaml, a page or a point, as templates see them: in the
 * order they were written, and with empty values kept as null ({@code note:} with nothing after
 * it), as YAML gives them. {@code Map.copyOf} would refuse the nulls and lose the order.
 */
final class Params {
    private Params() {}

    static Map<String, Object> of(Map<String, Object> raw) {
        return raw == null || raw.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(raw));
    }
}
