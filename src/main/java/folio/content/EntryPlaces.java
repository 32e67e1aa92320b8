package folio.content;

import folio.diag.SourcePosition;
import java.util.Optional;

/**
 * Where a collection entry's keys and texts are written ({@link ContentParser.Entry#keyAt},
 * {@link ContentParser.Entry#textAt}): in the translation laid over the entry first, but for its id,
 * so a mistake in a translated text points at that file; else in the entry's own YAML.
 */
final class EntryPlaces {
    private EntryPlaces() {}

    /** Where {@code key} was written in the entry (the translation's first), else where the entry starts. */
    static SourcePosition key(ContentParser.Entry<?> entry, String key) {
        if (inTranslation(entry, key)) {
            Optional<YamlNode.Scalar> translated = entry.translation().node().findKey(key);
            if (translated.isPresent()) {
                return entry.translation().at(translated.get());
            }
        }
        return entry.yaml().keyAt(key, entry.at());
    }

    /**
     * Where {@code text}, the value under {@code keys}, is written, character by character
     * ({@link YamlScalarPositions}): the first key found as {@link #key} finds it (in the translation
     * first), each next one a key of the mapping under it ({@code "cell-id", "text"}).
     */
    static TextPlace text(ContentParser.Entry<?> entry, String text, String... keys) {
        if (inTranslation(entry, keys[0])) {
            Optional<YamlNode> translated = valueOf(entry.translation().node(), keys);
            if (translated.isPresent()) {
                return YamlScalarPositions.of(entry.translation(), translated.get(), text);
            }
        }
        Optional<YamlNode> own = valueOf(entry.yaml().node(), keys);
        return own.isPresent() ? YamlScalarPositions.of(entry.yaml(), own.get(), text) : TextPlace.lines(key(entry, keys[0]));
    }

    private static boolean inTranslation(ContentParser.Entry<?> entry, String key) {
        return entry.translation() != null && !key.equals("id");
    }

    private static Optional<YamlNode> valueOf(YamlNode node, String... keys) {
        Optional<YamlNode> value = node.findField(keys[0]).map(YamlNode.Field::value);
        for (int i = 1; i < keys.length; i++) {
            String key = keys[i];
            value = value.flatMap(found -> found.get(key));
        }
        return value;
    }
}
