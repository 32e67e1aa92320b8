package folio.site;

import folio.content.Keyword;

/** The groups actors belong to, in display order, with their English labels (ModelWords gives them in the site's language). */
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

    @Override
    public String toString() {
        return id();
    }
}
