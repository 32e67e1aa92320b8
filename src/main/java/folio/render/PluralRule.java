package folio.render;

import folio.content.YamlNode;
import java.util.Set;

/**
 * Which plural form a count takes, per language, without ICU: Ukrainian (and the other East
 * Slavic rules) has one (1, 21, 31...), few (2-4, 22-24...) and many (0, 5-20, 25...); English
 * and every other language here one (1) and other. A missing form falls back to {@code other}.
 * An exact form ({@code "=1"}) is for that count alone and comes before the category: Ukrainian's
 * {@code one} also takes 21 and 31, so a word that says "one item" as against "several" (a
 * heading over a list) is an {@code =1} form, not a {@code one}.
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
        return !mapping.fields().isEmpty() && mapping.fields().stream().allMatch(f -> FORMS.contains(f.key().text())
                || exact(f.key().text()));
    }

    /** The key of the exact form for {@code count} ("=21"), or null for a count that is not whole. */
    static String exactKey(Number count) {
        if (count == null || count.doubleValue() != Math.rint(count.doubleValue())) {
            return null;
        }
        return "=" + Math.abs(count.longValue());
    }

    private static boolean exact(String key) {
        return key.length() > 1 && key.charAt(0) == '=' && key.chars().skip(1).allMatch(c -> c >= '0' && c <= '9');
    }
}
