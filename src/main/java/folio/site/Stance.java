package folio.site;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A reaction's stance towards the plan; the label is what readers see (never colour alone).
 * {@link #NONE} belongs to reactions about related matters and is not one of the plan stances.
 */
public enum Stance {
    SUPPORT("support", "Supports"),
    CONDITIONAL("conditional", "Conditional"),
    MIXED("mixed", "Mixed"),
    OPPOSE("oppose", "Opposes"),
    NO_PUBLIC_POSITION("no-public-position", "No public position"),
    /** No stance on the plan: the reaction is about a related matter, shown as context. */
    NONE("none", "Context");

    private final String id;
    private final String label;

    Stance(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<Stance> of(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id == null ? "" : id.toLowerCase(Locale.ROOT))).findFirst();
    }

    /** The stances on the plan, in display order ({@link #NONE} left out). */
    public static java.util.List<Stance> onPlan() {
        return Arrays.stream(values()).filter(s -> s != NONE).toList();
    }

    /** The ids of the stances on the plan. */
    public static java.util.List<String> ids() {
        return onPlan().stream().map(Stance::id).toList();
    }
}
