package folio.content;

import folio.content.RecordMapper.Mismatch;
import folio.content.YamlNode.Scalar;

/**
 * How a YAML scalar fills a String, Integer or Boolean component of a raw record: the one place
 * that decides what YAML 1.1's loose typing may give ({@code yes}, {@code 0x1F}) and what a quoted
 * value must look like, apart from {@link RecordMapper}'s walk over records, lists and maps. Text
 * fields take a scalar exactly as written ({@code yes}, {@code 2025-11-20} and {@code 007} stay
 * text). A value that does not fit throws {@link Mismatch} at {@code key}.
 */
final class ScalarFields {
    private ScalarFields() {}

    /** A text exactly as written; null for an empty value, a mistake for a quoted blank one. */
    static String text(YamlNode node, Scalar key) {
        if (!(node instanceof Scalar scalar)) {
            throw Mismatch.wrongType(key, String.class, node);
        }
        if (!scalar.isNull() && scalar.text().isBlank()) {
            // A quoted "" is not "absent": approximate: "" would print approximate dates as exact,
            // a language's title: "" an empty heading. Say so instead of guessing either way.
            throw new Mismatch(new RecordMapper.EmptyText(key));
        }
        return scalar.isNull() ? null : scalar.text();
    }

    /** A whole number: unquoted, as YAML 1.1 reads it (0x1F, 012); quoted, in decimal digits. */
    static Integer whole(YamlNode node, Scalar key) {
        Scalar scalar = typedScalar(node, key, Integer.class);
        if (scalar == null) {
            return null;
        }
        if (scalar.value() instanceof Integer number) {
            return number;
        }
        if (scalar.value() instanceof String text && text.matches("[-+]?[0-9]{1,10}")) {
            try {
                return Integer.valueOf(text);
            } catch (NumberFormatException e) {
                // out of range: a wrong type below
            }
        }
        throw Mismatch.wrongType(key, Integer.class, scalar.text());
    }

    /** True or false: unquoted, YAML 1.1's words count too (yes, no, on, off); quoted, only true and false. */
    static Boolean truth(YamlNode node, Scalar key) {
        Scalar scalar = typedScalar(node, key, Boolean.class);
        if (scalar == null) {
            return null;
        }
        if (scalar.value() instanceof Boolean truth) {
            return truth;
        }
        if (scalar.text().equalsIgnoreCase("true") || scalar.text().equalsIgnoreCase("false")) {
            return Boolean.valueOf(scalar.text().equalsIgnoreCase("true"));
        }
        throw Mismatch.wrongType(key, Boolean.class, scalar.text());
    }

    /** The scalar for a typed field, null for an empty value. */
    private static Scalar typedScalar(YamlNode node, Scalar key, Class<?> expected) {
        if (!(node instanceof Scalar scalar)) {
            throw Mismatch.wrongType(key, expected, node);
        }
        if (!scalar.isNull() && scalar.text().isBlank()) {
            throw Mismatch.wrongType(key, expected, scalar.text()); // draft: "" is neither true nor false
        }
        return scalar.isNull() ? null : scalar;
    }
}
