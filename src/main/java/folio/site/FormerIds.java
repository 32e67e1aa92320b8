package folio.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The anchors an entry keeps besides its id, so that links already shared still land on it:
 * its kind-prefixed form ({@code reaction-<id>}, which published links use), and each id it
 * replaced (content/published-ids.yaml, {@code renamed:}) with that id's own prefixed form.
 * {@code renamed} maps a collection to new id to old ids.
 */
public record FormerIds(Map<String, Map<String, List<String>>> renamed) {
    public static final FormerIds NONE = new FormerIds(Map.of());

    /** The collections whose entries are anchors on listing pages, with the prefix their anchors once had. */
    static final Map<String, String> PREFIXES = Map.of("reactions", "reaction-", "events", "event-", "terms", "term-",
            "actors", "actor-", "sources", "source-", "documents", "document-");

    /** The ids that {@code id} (of {@code collection}) replaced, in the order the register lists them. */
    public List<String> of(String collection, String id) {
        return renamed.getOrDefault(collection, Map.of()).getOrDefault(id, List.of());
    }

    /** Every anchor the entry keeps besides {@code id}: its prefixed form, the ids it replaced and theirs. */
    public List<String> anchors(String collection, String id) {
        String prefix = PREFIXES.get(collection);
        List<String> anchors = new ArrayList<>();
        if (prefix != null) {
            anchors.add(prefix + id);
        }
        for (String old : of(collection, id)) {
            anchors.add(old);
            if (prefix != null) {
                anchors.add(prefix + old);
            }
        }
        return anchors;
    }
}
