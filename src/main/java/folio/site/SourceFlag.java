package folio.site;

import java.util.Arrays;
import java.util.Optional;

/** How far a source can be trusted on its own, from the fact sheet's flags. */
public enum SourceFlag {
    NONE("none", "", true),
    COPY("copy", "Republished copy", true),
    RU_STATE("ru-state", "Russian state media", true),
    /** Another state's media: like ru-state, used only for what that state's own officials said. */
    STATE("state", "State media", true),
    PRO_KREMLIN_AGG("pro-kremlin-agg", "Pro-Kremlin aggregator", false),
    AGG("agg", "Aggregator", false);

    private final String id;
    private final String label;
    private final boolean standsAlone;

    SourceFlag(String id, String label, boolean standsAlone) {
        this.id = id;
        this.label = label;
        this.standsAlone = standsAlone;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** False for aggregators: they may support a claim but never be its only source. */
    public boolean standsAlone() {
        return standsAlone;
    }

    public boolean flagged() {
        return this != NONE;
    }

    /** True for a page that passes on someone else's report: a republished copy or an aggregator. */
    public boolean secondHand() {
        return this == COPY || this == AGG || this == PRO_KREMLIN_AGG;
    }

    public static Optional<SourceFlag> of(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }

    public static java.util.List<String> ids() {
        return Arrays.stream(values()).map(SourceFlag::id).toList();
    }
}
