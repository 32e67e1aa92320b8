package folio.i18n;

import folio.content.Suggestions;
import folio.content.YamlNode;
import folio.content.YamlReader;
import folio.diag.Diagnostics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A translation's chart rows: {@code rows: [{id: cap, label: ..., text: ...}]}, each row named by
 * the id of an English row and giving only its label and text (the numbers, sources and point are
 * shared). Read as "cap.label" and "cap.text" to text, the form {@link Texts} uses.
 */
final class ChartRowTexts {
    private static final List<String> KEYS = List.of("label", "text");

    private ChartRowTexts() {}

    /**
     * {@code english}: the original entry's texts; {@code what}: the original chart, for messages;
     * {@code original}: the name of the language it is in ("English").
     */
    static Map<String, String> read(YamlNode node, YamlReader.Located document, Map<String, Object> english, String what,
                                    String original, Diagnostics diagnostics) {
        if (!(node instanceof YamlNode.Sequence)) {
            diagnostics.error(document.at(node), "'rows' must be a list of - id: <the " + original + " row's id> / label: ... / text: ... items");
            return null;
        }
        Set<String> ids = new TreeSet<>();
        Object englishRows = english.get("rows");
        if (englishRows instanceof Map<?, ?> map) {
            map.keySet().forEach(key -> ids.add(key.toString().substring(0, key.toString().lastIndexOf('.'))));
        }
        Map<String, String> texts = new LinkedHashMap<>();
        Set<String> seen = new TreeSet<>();
        for (YamlNode item : node.items()) {
            YamlNode id = item.get("id").orElse(null);
            if (!(item instanceof YamlNode.Mapping mapping) || id == null || id.text().isBlank()) {
                diagnostics.error(document.at(item), "each row needs id: <the " + original + " row's id>, then label: and text: to translate");
                continue;
            }
            String rowId = id.text().strip();
            if (!ids.contains(rowId)) {
                diagnostics.error(document.at(id), "the " + original + " " + what + " has no row '" + rowId + "': "
                        + Suggestions.didYouMean(rowId, ids) + "its rows are " + String.join(", ", ids));
                continue;
            }
            if (!seen.add(rowId)) {
                diagnostics.error(document.at(id), "row '" + rowId + "' is given twice: keep one");
                continue;
            }
            for (YamlNode.Field field : mapping.fields()) {
                String key = field.key().text();
                if (key.equals("id")) {
                    continue;
                }
                if (!KEYS.contains(key)) {
                    diagnostics.error(document.at(field.key()), "'" + key + "' is not translated: it is shared with the "
                            + original + "; a row's translation gives only label and text");
                } else if (!(field.value() instanceof YamlNode.Scalar scalar) || scalar.isNull() || scalar.text().isBlank()) {
                    diagnostics.error(document.at(field.value()), "'" + key + "' must be a text: translate it, or leave the key out");
                } else {
                    texts.put(rowId + "." + key, scalar.text());
                }
            }
        }
        return texts;
    }
}
