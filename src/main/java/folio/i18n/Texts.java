package folio.i18n;

import folio.content.Raw;
import folio.content.RecordShape;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The translatable texts of one entry or page, by key in {@link TextField} order: a String for
 * a text, a List for a list, a Map (document id to text) for cells and changes, and a Map
 * ("row-id.label", "row-id.text" to text) for a chart's rows. A quote is its text (a String)
 * as read from an English raw record here, the text hashed for freshness; as read from a
 * translation by {@link TranslationReader} it is a {@link Raw.Quote}: its text and the source
 * that gives it so, when not the English quote's (else null).
 */
final class Texts {
    private Texts() {}

    /** The texts the English {@code raw} record of {@code kind} has (empty ones left out). */
    static Map<String, Object> of(Object raw, String kind) {
        Map<String, Object> texts = new LinkedHashMap<>();
        for (TextField field : TextField.OF.get(kind)) {
            Object value = component(raw, field.key());
            switch (field.shape()) {
                case TEXT -> {
                    // A reaction's subject is a text only when it is "related: <label>"; otherwise it is an id.
                    boolean text = !(raw instanceof Raw.Reaction) || !field.key().equals("subject")
                            || value instanceof String s && s.strip().startsWith("related:");
                    if (text && value instanceof String s && !s.isBlank()) {
                        texts.put(field.key(), s);
                    }
                }
                case LIST -> {
                    if (value instanceof List<?> list && !list.isEmpty()) {
                        texts.put(field.key(), List.copyOf(list));
                    }
                }
                case QUOTE -> {
                    if (value instanceof Raw.Quote quote && quote.text() != null && !quote.text().isBlank()) {
                        texts.put(field.key(), quote.text());
                    }
                }
                case CELLS -> byDocument(texts, field.key(), value instanceof Map<?, ?> cells ? cells : Map.of());
                case CHANGES -> {
                    Map<String, Object> changes = new LinkedHashMap<>();
                    if (value instanceof List<?> list) {
                        list.forEach(item -> changes.put(((Raw.Change) item).document(), ((Raw.Change) item).text()));
                    }
                    byDocument(texts, field.key(), changes);
                }
                case ROWS -> {
                    Map<String, Object> rows = new LinkedHashMap<>();
                    if (value instanceof List<?> list) {
                        for (Object item : list) {
                            Raw.ChartRow row = (Raw.ChartRow) item;
                            rows.put(row.id() + ".label", row.label());
                            rows.put(row.id() + ".text", row.text());
                        }
                    }
                    byDocument(texts, field.key(), rows);
                }
            }
        }
        return texts;
    }

    /**
     * The keys of the texts {@code raw} must have ({@link Raw.Required}) and lacks, or whose quote,
     * changes, cells or rows lack theirs. The assembly refuses such an entry with an error that
     * names the text; a translation check saying anything of it (stale, "leave 'name' out here")
     * would send the editor to the translation, which is not what is wrong.
     */
    static Set<String> owed(Object raw, String kind) {
        RecordShape shape = RecordShape.of(raw.getClass());
        Set<String> owed = new LinkedHashSet<>();
        for (TextField field : TextField.OF.get(kind)) {
            Object value = component(raw, field.key());
            if (shape.requires(field.key()) && absent(value) || lacksWithin(value)) {
                owed.add(field.key());
            }
        }
        return owed;
    }

    private static boolean absent(Object value) {
        return value == null || value instanceof String text && text.isBlank() || value instanceof Collection<?> list && list.isEmpty()
                || value instanceof Map<?, ?> map && map.isEmpty();
    }

    /** Whether a written quote, or a change, cell or row in {@code value}, lacks a text it must have. */
    private static boolean lacksWithin(Object value) {
        if (value instanceof Collection<?> items) {
            return items.stream().anyMatch(Texts::lacksWithin);
        }
        if (value instanceof Map<?, ?> items) {
            return items.values().stream().anyMatch(Texts::lacksWithin);
        }
        if (value == null || !value.getClass().isRecord()) {
            return false;
        }
        RecordShape shape = RecordShape.of(value.getClass());
        for (String key : shape.keys()) {
            if (shape.requires(key) && absent(component(value, key))) {
                return true;
            }
        }
        return false;
    }

    private static void byDocument(Map<String, Object> texts, String key, Map<?, ?> items) {
        Map<String, String> byDocument = new LinkedHashMap<>();
        items.forEach((document, item) -> {
            String text = item instanceof Raw.Cell cell ? cell.text() : (String) item;
            if (document != null && text != null && !text.isBlank()) {
                byDocument.put(document.toString(), text);
            }
        });
        if (!byDocument.isEmpty()) {
            texts.put(key, byDocument);
        }
    }

    /** {@code raw} with the translated {@code texts} in place of its English ones; all else unchanged. */
    @SuppressWarnings("unchecked")
    static <T> T merge(T raw, Map<String, Object> texts) {
        RecordShape shape = RecordShape.of(raw.getClass());
        Object[] values = new Object[shape.types().length];
        shape.index().forEach((key, i) -> {
            values[i] = shape.value(raw, i);
            Object text = texts.get(key);
            if (text != null) {
                values[i] = merged(values[i], text);
            }
        });
        return (T) shape.construct(values);
    }

    /** An English value with a translated text laid over it. */
    @SuppressWarnings("unchecked")
    private static Object merged(Object english, Object text) {
        if (english instanceof Raw.Quote quote) {
            // A translation may name the source that gives the quote as it quotes it; else the English one stays.
            Raw.Quote translated = (Raw.Quote) text;
            return new Raw.Quote(translated.text(), translated.source() != null ? translated.source() : quote.source());
        }
        Map<String, String> byDocument = text instanceof Map<?, ?> ? (Map<String, String>) text : null;
        if (english instanceof Map<?, ?> cells && byDocument != null) {
            Map<String, Raw.Cell> out = new LinkedHashMap<>();
            ((Map<String, Raw.Cell>) cells).forEach((document, cell) -> out.put(document,
                    byDocument.containsKey(document) ? new Raw.Cell(byDocument.get(document), cell.sources()) : cell));
            return out;
        }
        if (english instanceof List<?> list && byDocument != null && !list.isEmpty() && list.get(0) instanceof Raw.ChartRow) {
            List<Raw.ChartRow> out = new ArrayList<>();
            ((List<Raw.ChartRow>) list).forEach(row -> out.add(new Raw.ChartRow(row.id(),
                    byDocument.getOrDefault(row.id() + ".label", row.label()), row.value(),
                    byDocument.getOrDefault(row.id() + ".text", row.text()), row.provision(), row.sources(), row.highlight())));
            return out;
        }
        if (english instanceof List<?> list && byDocument != null) {
            List<Raw.Change> out = new ArrayList<>();
            ((List<Raw.Change>) list).forEach(change -> out.add(byDocument.containsKey(change.document())
                    ? new Raw.Change(change.document(), change.status(), byDocument.get(change.document()), change.sources())
                    : change));
            return out;
        }
        return text;
    }

    /** The value of the component named {@code key} of record {@code raw}, or null when it has none. */
    static Object component(Object raw, String key) {
        RecordShape shape = RecordShape.of(raw.getClass());
        Integer component = shape.index().get(key);
        return component == null ? null : shape.value(raw, component);
    }
}
