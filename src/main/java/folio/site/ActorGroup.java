package folio.site;

import folio.content.Keyword;

/** The groups actors belong to, in display order, with the labels readers see. */
public enum ActorGroup implements Keyword {
    UKRAINE("Ukraine"),
    RUSSIA("Russia"),
    UNITED_STATES("United States"),
    EUROPE("Europe and the EU"),
    NATO("NATO"),
    OTHER("Others");

    private final String label;

    ActorGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The label of the group whose id is {@code id}; the id itself when there is none. */
    static String labelOf(String id) {
        return Keyword.of(ActorGroup.class, id).map(ActorGroup::label).orElse(id);
    }

    @Override
    public String toString() {
        return id();
    }
}
