package folio.content;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A member of a closed set that content names by a lower-case id, the constant's name with
 * hyphens ({@code SUMMARY_ONLY} is {@code summary-only}): a reference's kind in {@code [[kind:id]]},
 * an actor's kind in YAML. Each such enum prints as its id ({@code toString}), so a template writes
 * {@code {{ p.wording }}} or compares {@code p.wording.id}.
 */
public interface Keyword {
    /** The id content uses for this value. */
    default String id() {
        return ((Enum<?>) this).name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Every id of {@code type}, in declaration order (the order error messages list them in). */
    static <E extends Enum<E> & Keyword> List<String> ids(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Keyword::id).toList();
    }

    /** The value of {@code type} whose id is {@code id}, if any. */
    static <E extends Enum<E> & Keyword> Optional<E> of(Class<E> type, String id) {
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.id().equals(id)).findFirst();
    }
}
