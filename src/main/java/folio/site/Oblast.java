package folio.site;

import folio.content.Keyword;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One of Ukraine's 27 first-level administrative units, by its ISO 3166-2:UA code ({@code UA-14})
 * and its name in Ukrainian transliteration. {@code kind}: oblast, city (Kyiv, Sevastopol) or
 * autonomous-republic (Crimea). {@code label} is the name readers see: "Donetsk oblast",
 * "Kyiv (city)", "Autonomous Republic of Crimea". The boundary data in templates/map/ must use
 * the same codes and names.
 */
public record Oblast(String id, String name, Kind kind) {
    // An entry is itself (package-info): not compared field by field, so no method is linked at run time.
    @Override public boolean equals(Object other) { return this == other; }
    @Override public int hashCode() { return System.identityHashCode(this); }

    /** What sort of unit it is; prints as its id, so a template compares {@code oblast.kind.id}. */
    public enum Kind implements Keyword {
        OBLAST, CITY, AUTONOMOUS_REPUBLIC;

        @Override
        public String toString() {
            return id();
        }
    }

    public static final List<Oblast> ALL = List.of(
            new Oblast("UA-05", "Vinnytsia", Kind.OBLAST),
            new Oblast("UA-07", "Volyn", Kind.OBLAST),
            new Oblast("UA-09", "Luhansk", Kind.OBLAST),
            new Oblast("UA-12", "Dnipropetrovsk", Kind.OBLAST),
            new Oblast("UA-14", "Donetsk", Kind.OBLAST),
            new Oblast("UA-18", "Zhytomyr", Kind.OBLAST),
            new Oblast("UA-21", "Zakarpattia", Kind.OBLAST),
            new Oblast("UA-23", "Zaporizhzhia", Kind.OBLAST),
            new Oblast("UA-26", "Ivano-Frankivsk", Kind.OBLAST),
            new Oblast("UA-30", "Kyiv", Kind.CITY),
            new Oblast("UA-32", "Kyiv", Kind.OBLAST),
            new Oblast("UA-35", "Kirovohrad", Kind.OBLAST),
            new Oblast("UA-40", "Sevastopol", Kind.CITY),
            new Oblast("UA-43", "Autonomous Republic of Crimea", Kind.AUTONOMOUS_REPUBLIC),
            new Oblast("UA-46", "Lviv", Kind.OBLAST),
            new Oblast("UA-48", "Mykolaiv", Kind.OBLAST),
            new Oblast("UA-51", "Odesa", Kind.OBLAST),
            new Oblast("UA-53", "Poltava", Kind.OBLAST),
            new Oblast("UA-56", "Rivne", Kind.OBLAST),
            new Oblast("UA-59", "Sumy", Kind.OBLAST),
            new Oblast("UA-61", "Ternopil", Kind.OBLAST),
            new Oblast("UA-63", "Kharkiv", Kind.OBLAST),
            new Oblast("UA-65", "Kherson", Kind.OBLAST),
            new Oblast("UA-68", "Khmelnytskyi", Kind.OBLAST),
            new Oblast("UA-71", "Cherkasy", Kind.OBLAST),
            new Oblast("UA-74", "Chernihiv", Kind.OBLAST),
            new Oblast("UA-77", "Chernivtsi", Kind.OBLAST));

    private static final Map<String, Oblast> BY_ID = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Oblast::id, Function.identity()));

    /** The unit with this ISO 3166-2:UA code, or null. */
    public static Oblast byId(String id) {
        return id == null ? null : BY_ID.get(id);
    }

    public String label() {
        return switch (kind) {
            case OBLAST -> name + " oblast";
            case CITY -> name + " (city)";
            case AUTONOMOUS_REPUBLIC -> name;
        };
    }
}
