package folio.render;

import folio.content.YamlNode;
import java.util.Set;

/**
 * Which plural form a count takes, per language, without ICU: Ukrainian (and the other East
 * Slavic rules) has one (1, 21, 31...), few (2-4, 22-24...) and many (0, 5-20, 25...); English
 * and every other language here one (1) and other. A missing form falls back to {@code other}.
 */
enum PluralRule {
    ENGLISH, EAST_SLAVIC;

    private static final Set<String> FORMS = Set.of("zero", "one", "two", "few", "many", "other");

    static PluralRule of(String language) {
        return switch (language) {
            case "uk", "ru", "be" -> EAST_SLAVIC;
            default -> ENGLISH;
        };
    }

    /** The category of {@code count}: "one", "few", "many" or "other" (a count that is not whole: "other"). */
    String category(Number count) {
        if (count == null) {
            return "other";
        }
        double value = count.doubleValue();
        if (value != Math.rint(value)) {
            return "other";
        }
        long n = Math.abs((long) value);
        if (this == ENGLISH) {
            return n == 1 ? "one" : "other";
        }
        long last = n % 10;
        long lastTwo = n % 100;
        if (last == 1 && lastTwo != 11) {
            return "one";
        }
        if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) {
            return "few";
        }
        return "many";
    }

    /** A mapping whose keys are all plural form names is one value, not a group of keys. */
    static boolean isForms(YamlNode.Mapping mapping) {
        return !mapping.fields().isEmpty() && mapping.fields().stream().allMatch(f -> FORMS.contains(f.key().text()));
    }
}
