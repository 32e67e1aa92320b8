package folio.site;

import folio.content.CollectionName;
import java.util.Collection;

/** The tail of an "unknown ..." message: the ids there are, or, when a collection is empty, that it is. */
final class Known {
    private Known() {}

    /**
     * "themes are land, security"; with none, "content/data/themes.yaml has no themes: add them there"
     * (a themes.yaml of {@code []} ended every provision's error in "themes are " and nothing).
     */
    static String list(CollectionName collection, Collection<String> ids) {
        String name = collection.id();
        return ids.isEmpty() ? "content/data/" + name + ".yaml has no " + name + ": add them there"
                : name + " are " + String.join(", ", ids);
    }
}
