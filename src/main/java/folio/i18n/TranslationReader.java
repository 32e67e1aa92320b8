package folio.i18n;

import folio.content.MapperMessages;
import folio.content.PlainTextMarkup;
import folio.content.Suggestions;
import folio.content.YamlNode;
import folio.content.YamlReader;
import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the texts of one translated entry (a data-file list item, or a page's or provision's
 * front matter) against its English original: only translatable keys, only where the English
 * has that text, in the right shape. Every other key is an error that says why.
 */
final class TranslationReader {
    /** What a translation holds besides its texts: the entry's id and the freshness stamp. */
    static final String ID = "id";
    static final String TRANSLATES = "translates";

    /**
     * @param kind     "pages", "provisions" or a collection name (see {@link TextField#OF})
     * @param what     the entry in messages ("term 'donbas'", "page")
     * @param english  the English texts ({@link Texts#of})
     * @param shared   the keys the English record has (to tell "not translated" from "unknown")
     * @param owed     the texts the English must have and lacks ({@link Texts#owed}): its own error says so, so
     *                 nothing is said of them here
     * @param origin   where the English entry is, for messages
     * @param original the name of the language the originals are in, for messages ("English", {@link Languages#name})
     */
    record Context(String kind, String what, Map<String, Object> english, Set<String> shared, Set<String> owed, SourcePosition origin,
                   String original) {}

    private TranslationReader() {}

    /** The texts {@code entry} gives; problems reported to {@code diagnostics}, the offending keys left out. */
    static Map<String, Object> read(YamlNode.Mapping entry, YamlReader.Located document, Context context,
                                    Diagnostics diagnostics) {
        Map<String, Object> texts = new LinkedHashMap<>();
        Map<String, TextField> fields = new LinkedHashMap<>();
        TextField.OF.get(context.kind()).forEach(field -> fields.put(field.key(), field));
        for (YamlNode.Field field : entry.fields()) {
            String key = field.key().text();
            SourcePosition at = document.at(field.key());
            TextField text = fields.get(key);
            if (key.equals(TRANSLATES) && !isStamp(field.value())) {
                // Read as "not stamped" or as a stamp of some other text, it would say the wrong thing.
                diagnostics.error(document.at(field.value()), "translates: holds the 8 hex digits 'folio translations "
                        + "--stamp' writes (like translates: 6edc669c), not " + shown(field.value()) + ": restore the stamp "
                        + "it wrote, or delete the line (the translation is then reported as not stamped)");
                continue;
            }
            if (key.equals(TRANSLATES) || key.equals(ID) && !context.kind().equals(TextField.PAGES)
                    && !context.kind().equals(TextField.PROVISIONS)) {
                continue;
            }
            if (text == null) {
                diagnostics.error(at, notTranslatable(key, context));
            } else if (context.owed().contains(key)) {
                continue; // the English lacks a text it must have: reported there, where the fix is
            } else if (!context.english().containsKey(key)) {
                diagnostics.error(at, "the " + context.original() + " " + context.what() + " (" + context.origin() + ") has no "
                        + (key.equals("subject") ? "'related: ...' subject" : "'" + key + "'")
                        + " to translate: leave '" + key + "' out here");
            } else {
                Object value = value(field.value(), text, document, context, diagnostics);
                if (value != null) {
                    texts.put(key, value);
                }
            }
        }
        return texts;
    }

    /** Absent (a bare translates:) or 8 hex digits, as TextHash writes them. */
    private static boolean isStamp(YamlNode value) {
        return value instanceof YamlNode.Scalar scalar && (scalar.isNull() || TextHash.isHash(scalar.text().strip()));
    }

    private static String shown(YamlNode value) {
        return value instanceof YamlNode.Scalar scalar ? "'" + scalar.text() + "'"
                : value instanceof YamlNode.Sequence ? "a list" : "a mapping";
    }

    private static String notTranslatable(String key, Context context) {
        String gives = TextField.keys(context.kind());
        if (context.shared().contains(key)) {
            return "'" + key + "' is not translated: it is shared with the " + context.original() + " " + context.what() + " ("
                    + context.origin() + "); a translation gives only " + gives + ": remove '" + key + "' here";
        }
        List<String> known = new ArrayList<>(TextField.OF.get(context.kind()).stream().map(TextField::key).toList());
        return "unknown key '" + key + "' in a translation: " + Suggestions.didYouMean(key, known)
                + "a translation of a " + context.kind().replaceAll("s$", "") + " gives " + gives;
    }

    private static Object value(YamlNode node, TextField field, YamlReader.Located document, Context context,
                                Diagnostics diagnostics) {
        String key = field.key();
        return switch (field.shape()) {
            case TEXT -> plain(field, context, text(node, key, document, diagnostics), node, document, diagnostics);
            case LIST -> {
                List<String> items = new ArrayList<>();
                boolean list = node instanceof YamlNode.Sequence;
                for (YamlNode item : list ? node.items() : List.of(node)) {
                    String text = plain(field, context, text(item, key, list, document, diagnostics), item, document, diagnostics);
                    if (text == null) {
                        yield null;
                    }
                    items.add(text);
                }
                yield List.copyOf(items);
            }
            case QUOTE -> QuoteTexts.read(node, document, context.original(), diagnostics);
            case CELLS -> byDocument(node, field, document, context, diagnostics);
            case CHANGES -> byDocument(node, field, document, context, diagnostics);
            case ROWS -> ChartRowTexts.read(node, document, context.english(), context.what() + " (" + context.origin() + ")",
                    context.original(), diagnostics);
        };
    }

    /** Cells ({@code {doc: {text}}}) or changes ({@code [{document, text}]}) as document id to text. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> byDocument(YamlNode node, TextField field, YamlReader.Located document,
                                                  Context context, Diagnostics diagnostics) {
        Map<String, String> english = (Map<String, String>) context.english().get(field.key());
        Map<String, String> texts = new LinkedHashMap<>();
        boolean cells = field.shape() == TextField.Shape.CELLS;
        if (cells ? !(node instanceof YamlNode.Mapping) : !(node instanceof YamlNode.Sequence)) {
            diagnostics.error(document.at(node), cells
                    ? "'cells' must be a mapping by document id: ukraine-20: {text: ...}"
                    : "'changes' must be a list of - document: <id> / text: ... items");
            return null;
        }
        List<YamlNode.Field> items = new ArrayList<>();
        if (cells) {
            items.addAll(((YamlNode.Mapping) node).fields());
        } else {
            for (YamlNode item : node.items()) {
                YamlNode id = item.get("document").orElse(null);
                if (!(item instanceof YamlNode.Mapping mapping) || id == null || id.text().isEmpty()) {
                    diagnostics.error(document.at(item), "each change needs document: <the " + context.original() + " change's document> "
                            + "and text: ...");
                    continue;
                }
                YamlNode.Scalar key = id instanceof YamlNode.Scalar scalar ? scalar : null;
                List<YamlNode.Field> rest = mapping.fields().stream().filter(f -> !f.key().text().equals("document")).toList();
                items.add(new YamlNode.Field(key, new YamlNode.Mapping(rest, item.line(), item.column())));
            }
        }
        for (YamlNode.Field item : items) {
            String id = item.key().text();
            if (!english.containsKey(id)) {
                diagnostics.error(document.at(item.key()), "the " + context.original() + " " + context.what() + " (" + context.origin()
                        + ") has no " + (cells ? "cell" : "change") + " for document '" + id + "': "
                        + Suggestions.didYouMean(id, english.keySet()) + "it has " + String.join(", ", english.keySet()));
            } else if (texts.containsKey(id)) {
                diagnostics.error(document.at(item.key()), "document '" + id + "' is given twice: keep one");
            } else {
                String text = onlyText(item.value(), field.key() + " " + id, document, context, diagnostics);
                if (text != null) {
                    texts.put(id, text);
                }
            }
        }
        return texts;
    }

    /** A mapping holding only {@code text: ...} (a cell, a change once its document is taken). */
    private static String onlyText(YamlNode node, String what, YamlReader.Located document, Context context,
                                   Diagnostics diagnostics) {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            diagnostics.error(document.at(node), "'" + what + "' must be a mapping with text: ... (only the text is translated)");
            return null;
        }
        String text = null;
        for (YamlNode.Field field : mapping.fields()) {
            if (field.key().text().equals("text")) {
                text = text(field.value(), "text", document, diagnostics);
            } else {
                diagnostics.error(document.at(field.key()), "'" + field.key().text() + "' is not translated: it is "
                        + "shared with the " + context.original() + "; in '" + what + "' a translation gives only text");
            }
        }
        if (text == null && mapping.fields().stream().noneMatch(f -> f.key().text().equals("text"))) {
            diagnostics.error(document.at(node), "'" + what + "' has no text: add text: ... (the translated text)");
        }
        return text;
    }

    /** {@code text}, or null when it is a plain text holding a reference, citation or link (reported). */
    private static String plain(TextField field, Context context, String text, YamlNode node, YamlReader.Located document,
                                Diagnostics diagnostics) {
        String mark = text == null || !field.plainIn(context.kind()) ? null : PlainTextMarkup.linkIn(text);
        if (mark != null) {
            diagnostics.error(document.at(node), MapperMessages.markupInPlainText(field.key(), mark));
            return null;
        }
        return text;
    }

    /** {@code node} as a text, or null (reported) when it is not one or is empty. */
    static String text(YamlNode node, String key, YamlReader.Located document, Diagnostics diagnostics) {
        return text(node, key, false, document, diagnostics);
    }

    /**
     * As {@link #text(YamlNode, String, YamlReader.Located, Diagnostics)}; {@code item}: whether
     * {@code node} is an item of the list {@code key}. A value of another kind is told as in the
     * English files (MapperMessages.textGiven).
     */
    private static String text(YamlNode node, String key, boolean item, YamlReader.Located document, Diagnostics diagnostics) {
        if (!(node instanceof YamlNode.Scalar scalar)) {
            String given = node instanceof YamlNode.Sequence ? "a list" : "a mapping";
            diagnostics.error(document.at(node), MapperMessages.textGiven(key, item, given));
            return null;
        }
        if (scalar.isNull() || scalar.text().isBlank()) {
            diagnostics.error(document.at(node), "'" + key + "' is empty: translate it, or leave the key out");
            return null;
        }
        return scalar.text();
    }
}
