package folio.site;

import folio.content.YamlNode;
import java.util.Optional;

/**
 * A key written with no value: nothing after its colon, {@code ~} or {@code null}, which YAML
 * reads as no value at all, not as the word. A required field written so is told at its own line,
 * in the same words for every field, instead of as a missing key at the start of its entry.
 */
final class NoValue {
    private NoValue() {}

    /** The key {@code key} of {@code mapping} (not of a mapping below it) when it is written with no value. */
    static Optional<YamlNode.Scalar> key(YamlNode mapping, String key) {
        if (mapping instanceof YamlNode.Mapping fields) {
            for (YamlNode.Field field : fields.fields()) {
                if (field.key().text().equals(key)) {
                    return field.value().isNull() ? Optional.of(field.key()) : Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** The message for {@code key}, ending with {@code write}: what to write instead ("write the actor's name after it"). */
    static String message(String key, String write) {
        return key + ": has no value: nothing after it, ~ and null are YAML's way of writing none; " + write;
    }

    /** The message for a text, written after the key: {@code whose} is "the page's", "the actor's". */
    static String text(String key, String whose) {
        return message(key, "write " + whose + " " + key + " after it (in quotes for the word \"null\" or \"~\")");
    }
}
