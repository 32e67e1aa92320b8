package folio.content;

import java.util.List;
import java.util.Optional;

/**
 * The closed set of collections: each one's name (the folder or file under content/data/, the
 * value of a page's {@code lists:}, the key templates and the register of published ids use),
 * what one of its entries is called in messages, and the raw record its YAML entries read into.
 * Provisions are Markdown files, one per point, so they have no raw YAML record.
 */
public enum CollectionName {
    PROVISIONS("provisions", "provision", null),
    THEMES("themes", "theme", Raw.Theme.class),
    ACTORS("actors", "actor", Raw.Actor.class),
    REACTIONS("reactions", "reaction", Raw.Reaction.class),
    EVENTS("events", "event", Raw.Event.class),
    TERMS("terms", "term", Raw.Term.class),
    SOURCES("sources", "source", Raw.Source.class),
    DOCUMENTS("documents", "document", Raw.Document.class),
    COMPARISONS("comparisons", "comparison", Raw.Comparison.class),
    UPDATES("updates", "update", Raw.Update.class),
    MAP("map", "map layer", Raw.MapLayer.class),
    SHARES("shares", "oblast share", Raw.Share.class),
    CHARTS("charts", "chart", Raw.Chart.class);

    private final String id;
    private final String entry;
    private final Class<?> type;

    CollectionName(String id, String entry, Class<?> type) {
        this.id = id;
        this.entry = entry;
        this.type = type;
    }

    /** The name as written in content and seen by templates: "actors", "map". */
    public String id() {
        return id;
    }

    /** One entry, in messages: "actor", "map layer". */
    public String entry() {
        return entry;
    }

    /** The raw record of a YAML entry ({@code Raw.Actor} for actors); null for provisions. */
    public Class<?> type() {
        return type;
    }

    /** The collection of this name, if there is one. */
    public static Optional<CollectionName> of(String id) {
        for (CollectionName name : values()) {
            if (name.id.equals(id)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** The collection whose YAML entries read into {@code type}. */
    static CollectionName ofType(Class<?> type) {
        for (CollectionName name : values()) {
            if (name.type == type) {
                return name;
            }
        }
        throw new IllegalArgumentException("no collection reads into " + type.getName());
    }

    /** The names of {@code names}, in their order (messages list them so). */
    public static List<String> ids(CollectionName... names) {
        return java.util.Arrays.stream(names).map(CollectionName::id).toList();
    }

    @Override
    public String toString() {
        return id;
    }
}
