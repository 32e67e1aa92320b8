package folio.site;

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
public record Oblast(String id, String name, String kind) {

    public static final List<Oblast> ALL = List.of(
            new Oblast("UA-05", "Vinnytsia", "oblast"),
            new Oblast("UA-07", "Volyn", "oblast"),
            new Oblast("UA-09", "Luhansk", "oblast"),
            new Oblast("UA-12", "Dnipropetrovsk", "oblast"),
            new Oblast("UA-14", "Donetsk", "oblast"),
            new Oblast("UA-18", "Zhytomyr", "oblast"),
            new Oblast("UA-21", "Zakarpattia", "oblast"),
            new Oblast("UA-23", "Zaporizhzhia", "oblast"),
            new Oblast("UA-26", "Ivano-Frankivsk", "oblast"),
            new Oblast("UA-30", "Kyiv", "city"),
            new Oblast("UA-32", "Kyiv", "oblast"),
            new Oblast("UA-35", "Kirovohrad", "oblast"),
            new Oblast("UA-40", "Sevastopol", "city"),
            new Oblast("UA-43", "Autonomous Republic of Crimea", "autonomous-republic"),
            new Oblast("UA-46", "Lviv", "oblast"),
            new Oblast("UA-48", "Mykolaiv", "oblast"),
            new Oblast("UA-51", "Odesa", "oblast"),
            new Oblast("UA-53", "Poltava", "oblast"),
            new Oblast("UA-56", "Rivne", "oblast"),
            new Oblast("UA-59", "Sumy", "oblast"),
            new Oblast("UA-61", "Ternopil", "oblast"),
            new Oblast("UA-63", "Kharkiv", "oblast"),
            new Oblast("UA-65", "Kherson", "oblast"),
            new Oblast("UA-68", "Khmelnytskyi", "oblast"),
            new Oblast("UA-71", "Cherkasy", "oblast"),
            new Oblast("UA-74", "Chernihiv", "oblast"),
            new Oblast("UA-77", "Chernivtsi", "oblast"));

    private static final Map<String, Oblast> BY_ID = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Oblast::id, Function.identity()));

    /** The unit with this ISO 3166-2:UA code, or null. */
    public static Oblast byId(String id) {
        return id == null ? null : BY_ID.get(id);
    }

    public String label() {
        return switch (kind) {
            case "oblast" -> name + " oblast";
            case "city" -> name + " (city)";
            default -> name;
        };
    }
}
