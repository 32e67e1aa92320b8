package folio.site;

import java.util.List;
import java.util.Map;

/** The groups actors belong to, in display order, with their labels. */
public final class Groups {
    public static final List<String> ORDER = List.of("ukraine", "russia", "united-states", "europe", "nato", "other");
    private static final Map<String, String> LABELS = Map.of("ukraine", "Ukraine", "russia", "Russia",
            "united-states", "United States", "europe", "Europe and the EU", "nato", "NATO", "other", "Others");

    private Groups() {}

    public static String label(String group) {
        return LABELS.getOrDefault(group, group);
    }
}
