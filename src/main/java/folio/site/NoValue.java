package folio.site;

import folio.content.ContentParser.Entry;
import folio.content.YamlNode;
import folio.content.YamlReader;
import folio.diag.Diagnostics;
import java.util.Collection;
import java.util.Map;

/**
 * A required key that is written but gives nothing: no value (nothing after its colon, {@code ~} or
 * {@code null}, which YAML reads as no value at all, not as the word) or an empty list or mapping
 * ({@code []}, {@code {}}), or a blank text ({@code ""}), which reading the file leaves to be told here on a
 * key the entry cannot go without (folio.content.RecordMapper; on any other key it refuses it at once, as
 * folio.content.ScalarFields.text does). The one place that finds such a key and tells it at the key's own
 * line, with what the key takes, instead of as a missing key at the start of its entry.
 */
final class NoValue {
    private NoValue() {}

    /**
     * What to write after such a key: {@code words} ("write the id of its theme after it, like theme: land").
     * Only a free text ({@link #text}) adds that the word null or ~ goes in quotes: for an id, a keyword,
     * a number or an address that hint would only lead to the next error.
     */
    record Write(String words, boolean text) {
        /** Words for a value that is not free text: an id, a keyword, a number, a date, a list. */
        static Write as(String words) {
            return new Write(words, false);
        }

        /** A free text: "write {@code whose} {@code key} after it", {@code whose} being "the page's", "the actor's". */
        static Write text(String whose, String key) {
            return new Write("write " + whose + " " + key + " after it", true);
        }
    }

    /** Whether {@code value} gives nothing: null, a blank text, an empty list or mapping. */
    static boolean isEmpty(Object value) {
        return value == null || value instanceof String text && text.isBlank()
                || value instanceof Collection<?> list && list.isEmpty() || value instanceof Map<?, ?> map && map.isEmpty();
    }

    /**
     * Reports {@code key} of the entry at its own line when it is written and gives nothing, and returns
     * true; returns false, reporting nothing, when the key is not written or has a value. A dotted key
     * ({@code quote.source}) is a key of the mapping under its first part. Only the entry's own file is
     * looked at: a translation's empty text is refused where it is read (TranslationReader), never laid over.
     */
    static boolean report(Entry<?> entry, String key, Write write, Diagnostics diagnostics) {
        return report(entry.yaml(), key, write, diagnostics);
    }

    /** As {@link #report(Entry, String, Write, Diagnostics)}, for a key of the document {@code yaml} (site.yaml, front matter). */
    static boolean report(YamlReader.Located yaml, String key, Write write, Diagnostics diagnostics) {
        int dot = key.indexOf('.');
        String name = key.substring(dot + 1);
        YamlNode own = yaml.node();
        YamlNode in = dot > 0 ? own.get(key.substring(0, dot)).filter(YamlNode.Mapping.class::isInstance).orElse(own) : own;
        if (!(in instanceof YamlNode.Mapping fields)) {
            return false;
        }
        for (YamlNode.Field field : fields.fields()) {
            if (!field.key().text().equals(name)) {
                continue;
            }
            YamlNode value = field.value();
            if (value instanceof YamlNode.Scalar blank && !blank.isNull() && blank.text().isBlank()) {
                // Written "" or "  ": the mapper leaves such a value of a required key to be told here (RecordMapper).
                diagnostics.error(yaml.at(field.key()), name + ": is given an empty text \"" + blank.text() + "\": "
                        + write.words());
                return true;
            }
            if (value.isNull()) {
                diagnostics.error(yaml.at(field.key()), name + ": has no value: nothing after it, ~ and null are YAML's way "
                        + "of writing none; " + write.words() + (write.text() ? " (in quotes for the word \"null\" or \"~\")" : ""));
                return true;
            }
            if (value instanceof YamlNode.Sequence list ? list.items().isEmpty()
                    : value instanceof YamlNode.Mapping mapping && mapping.fields().isEmpty()) {
                diagnostics.error(yaml.at(field.key()), name + ": is empty: " + write.words());
                return true;
            }
            return false;
        }
        return false;
    }
}
