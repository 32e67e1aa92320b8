package folio.site;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A reaction's stance towards the plan; the label is what readers see (never colour alone). */
public enum Stance {
    SUPPORT("support", "Supports"),
    CONDITIONAL("conditional", "Conditional"),
    MIXED("mixed", "Mixed"),
    OPPOSE("oppose", "Opposes"),
    NO_PUBLIC_POSITION("no-public-position", "No public position");

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

    public static java.util.List<String> ids() {
        return Arrays.stream(values()).map(Stance::id).toList();
    }
}
