package folio.site;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a reference can point at, by kind and id: its link text and URL, known before the typed
 * records exist so that text can be resolved while they are built. A term also carries the
 * whether it has a definition for the inline popover.
 */
final class Targets {
    record Target(String label, String url, boolean hasDefinition) {}

    private final Map<String, Map<String, Target>> byKind = new HashMap<>();

    void put(String kind, String id, Target target) {
        byKind.computeIfAbsent(kind, k -> new HashMap<>()).put(id, target);
    }

    Target get(String kind, String id) {
        return byKind.getOrDefault(kind, Map.of()).get(id);
    }

    Set<String> ids(String kind) {
        return byKind.getOrDefault(kind, Map.of()).keySet();
    }

    void withDefinition(String id) {
        Target term = get("term", id);
        if (term != null) {
            put("term", id, new Target(term.label(), term.url(), true));
        }
    }
}
