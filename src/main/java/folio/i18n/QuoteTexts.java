package folio.i18n;

import folio.content.Raw;
import folio.content.Suggestions;
import folio.content.YamlNode;
import folio.content.YamlReader;
import folio.diag.Diagnostics;
import java.util.List;

/**
 * A translation's quote: {@code quote: {text: ...}}, and {@code source: <id>} beside the text when
 * the translation gives the words as spoken in its own language and they are found in another
 * source than the English quote's (the English quotes an English report of a speech; the
 * translation, the speaker's own words from a report in that language). Everything else of the
 * quote is the English's. Read as a {@link Raw.Quote} whose source is null when the English one
 * stays. Whether the source exists is checked where every citation is, in the assembly, at this
 * file's line: the translation is laid over the entry, and {@code Entry.keyAt("source")} looks in
 * it first.
 */
final class QuoteTexts {
    private static final String TEXT = "text";
    private static final String SOURCE = "source";

    private QuoteTexts() {}

    /** {@code original}: the name of the language the originals are in ("English"), for messages. */
    static Raw.Quote read(YamlNode node, YamlReader.Located document, String original, Diagnostics diagnostics) {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            diagnostics.error(document.at(node), "'quote' must be a mapping with text: ..., and source: <id> when the words as "
                    + "quoted here are found in another source than the " + original + " quote's");
            return null;
        }
        String text = null;
        String source = null;
        boolean refused = false;
        for (YamlNode.Field field : mapping.fields()) {
            String key = field.key().text();
            if (key.equals(TEXT)) {
                text = TranslationReader.text(field.value(), TEXT, document, diagnostics);
            } else if (key.equals(SOURCE)) {
                source = sourceId(field.value(), document, original, diagnostics);
                refused |= source == null;
            } else {
                String hint = Suggestions.didYouMean(key, List.of(TEXT, SOURCE)).strip();
                diagnostics.error(document.at(field.key()), "'" + key + "' is not translated: in 'quote' a translation gives "
                        + "only text and source (the id of the source that gives the words as quoted here, when it is not the "
                        + original + " quote's); " + (hint.isEmpty() ? "remove '" + key + "' here" : hint));
            }
        }
        if (mapping.fields().stream().noneMatch(f -> f.key().text().equals(TEXT))) {
            diagnostics.error(document.at(node), "'quote' has no text: add text: ... (the translated text)");
        }
        return text == null || refused ? null : new Raw.Quote(text, source);
    }

    /** A translated quote's {@code source:}, an id; null (reported) when it gives none. */
    private static String sourceId(YamlNode node, YamlReader.Located document, String original, Diagnostics diagnostics) {
        if (!(node instanceof YamlNode.Scalar scalar) || scalar.isNull() || scalar.text().isBlank()) {
            diagnostics.error(document.at(node), "'source' in a translated quote is the id of the source that gives the words "
                    + "as quoted here (source: wire, an id in content/data/sources.yaml); to cite the " + original
                    + " quote's source, leave 'source' out");
            return null;
        }
        return scalar.text().strip();
    }
}
