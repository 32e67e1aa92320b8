package folio.i18n;

import folio.content.ContentParser;
import folio.content.ContentParser.Entry;
import folio.content.ContentParser.ParsedContent;
import folio.content.ContentParser.ParsedTranslation;
import folio.content.RecordShape;
import folio.content.Suggestions;
import folio.content.YamlNode;
import folio.content.YamlReader;
import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * Reads one language's translation files: the translated texts of each English page, provision
 * and entry, with its {@code translates:} stamp (or where one would go). A file or id that
 * translates nothing in English is an error here; {@link Overlay} lays the texts over the English.
 */
final class TranslatedFiles {
    /**
     * A translated entry or page: its texts, its stamp, where it was written, and the keys written
     * in it ({@code written}: a text refused for its shape, "'quote' must be a mapping", is not
     * also one the translation "lacks").
     */
    record Translated(Map<String, Object> texts, String translates, SourcePosition at,
                              SourcePosition translatesAt, YamlReader.Located yaml, String file,
                              TranslationStatus.Stamp stamp, java.util.Set<String> written) {}

    private TranslatedFiles() {}

    /** A page's or provision's translated front matter. */
    static Translated front(ParsedTranslation file, String kind, String what, Object raw, String englishPath,
                            String original, Diagnostics diagnostics) {
        YamlNode.Mapping node = (YamlNode.Mapping) file.yaml().node();
        TranslationReader.Context context = new TranslationReader.Context(kind, what, Texts.of(raw, kind),
                keysOf(raw), Texts.owed(raw, kind), SourcePosition.of(englishPath, 1), original);
        Map<String, Object> texts = TranslationReader.read(node, file.yaml(), context, diagnostics);
        // Without a stamp yet, it goes last in the front matter, before the closing ---.
        return translated(node, file.yaml(), texts, SourcePosition.of(file.file().path(), 1), file.file().path(),
                new TranslationStatus.Stamp(file.body().start().line() - 1, 0, false));
    }

    /** {@code insert}: where a stamp goes when the entry has none. */
    private static Translated translated(YamlNode.Mapping node, YamlReader.Located yaml, Map<String, Object> texts,
                                  SourcePosition at, String file, TranslationStatus.Stamp insert) {
        YamlNode.Field stamp = node.fields().stream().filter(f -> f.key().text().equals(TranslationReader.TRANSLATES))
                .findFirst().orElse(null);
        // A stamp that is not one ("", a list) is kept as written: TranslationReader reports it, and tracking skips it.
        String translates = stamp == null || stamp.value().isNull() ? null
                : stamp.value() instanceof YamlNode.Scalar scalar ? scalar.text().strip() : "";
        SourcePosition stampAt = stamp == null ? at : yaml.at(stamp.key());
        TranslationStatus.Stamp place = stamp == null ? insert
                : new TranslationStatus.Stamp(stamp.key().line(), stamp.key().column() - 1, true);
        java.util.Set<String> written = java.util.Set.copyOf(node.fields().stream().map(f -> f.key().text()).toList());
        return new Translated(texts, translates, at, stampAt, yaml.within(node), file, place, written);
    }

    /** The translated entries of each data file, by English file path and id. */
    /** {@code original}: the name of the language the originals are in ("English"), for messages. */
    static Map<String, Map<String, Translated>> entries(ParsedContent english, Map<String, ParsedTranslation> files,
                                                        String language, String original, BiPredicate<String, String> refused,
                                                        Diagnostics diagnostics) {
        Map<String, List<Entry<?>>> byPath = new HashMap<>();
        english.collections().values().forEach(list -> list.forEach(entry ->
                byPath.computeIfAbsent(entry.at().path(), k -> new ArrayList<>()).add(entry)));
        Map<String, Map<String, Translated>> out = new HashMap<>();
        files.forEach((originalPath, file) -> {
            List<Entry<?>> originals = byPath.get(originalPath);
            SourcePosition fileAt = SourcePosition.of(file.file().path(), 1);
            if (originals == null) {
                diagnostics.error(fileAt, "no " + original + " data file " + originalPath + " for this translation: a translation "
                        + "is named after its " + original + " file (terms." + language + ".yaml beside terms.yaml)");
                return;
            }
            YamlNode node = file.yaml().node();
            if (!(node instanceof YamlNode.Sequence list) || list.items().isEmpty()) {
                diagnostics.error(fileAt, "a translation of " + originalPath + " is a list of entries "
                        + "(- id: <" + original + " id>, then the translated texts); this file has none");
                return;
            }
            out.put(originalPath, items(file, list, originals, original, refused, diagnostics));
        });
        return out;
    }

    private static Map<String, Translated> items(ParsedTranslation file, YamlNode.Sequence list, List<Entry<?>> originals,
                                                 String original, BiPredicate<String, String> refused,
                                                 Diagnostics diagnostics) {
        Map<String, Entry<?>> byId = new LinkedHashMap<>();
        originals.stream().filter(entry -> Texts.component(entry.raw(), "id") != null)
                .forEach(entry -> byId.put(String.valueOf(Texts.component(entry.raw(), "id")), entry));
        // An English entry without an id is refused there ("is missing 'id'"): an id this file gives that the
        // English lacks is then most likely that entry's, and its error is the one to fix.
        boolean unnamed = originals.stream().anyMatch(entry -> Texts.component(entry.raw(), "id") == null);
        String kind = ContentParser.collectionOf(originals.get(0));
        String what = ContentParser.singular(kind);
        // English ids refused for breaking the id rule are reported there: no "did you mean" offers one, and an
        // id close to one (donbas-region beside a refused donbas\u200Bregion) is most likely that entry's.
        java.util.Set<String> refusedIds = new java.util.TreeSet<>();
        java.util.Set<String> validIds = new java.util.TreeSet<>();
        byId.keySet().forEach(id -> (refused.test(kind, id) ? refusedIds : validIds).add(id));
        Map<String, Translated> out = new LinkedHashMap<>();
        for (YamlNode item : list.items()) {
            SourcePosition at = file.yaml().at(item);
            String id = item.get("id").map(YamlNode::text).orElse("");
            SourcePosition idAt = item.findKey("id").map(file.yaml()::at).orElse(at);
            Entry<?> entry = byId.get(id);
            if (!(item instanceof YamlNode.Mapping mapping) || id.isEmpty()) {
                diagnostics.error(at, "each translated " + what + " is a mapping that starts with - id: <the " + original + " "
                        + what + "'s id>");
            } else if (entry == null && (unnamed || refused.test(kind, id) || Suggestions.closest(id, refusedIds).isPresent())) {
                continue; // the id an English entry refused for its id is to have: reported there
            } else if (entry == null) {
                diagnostics.error(idAt, "no " + what + " '" + id + "' in " + file.originalPath() + ": "
                        + Suggestions.didYouMean(id, validIds) + "a translation gives only ids of the " + original + " file");
            } else if (out.containsKey(id)) {
                diagnostics.error(idAt, what + " '" + id + "' is translated twice in this file (first at "
                        + out.get(id).at() + "): keep one");
            } else {
                TranslationReader.Context context = new TranslationReader.Context(kind, what + " '" + id + "'",
                        Texts.of(entry.raw(), kind), keysOf(entry.raw()), Texts.owed(entry.raw(), kind), entry.at(), original);
                Map<String, Object> texts = TranslationReader.read(mapping, file.yaml(), context, diagnostics);
                // Without a stamp yet, it goes on the line after the id, indented like it.
                YamlNode.Scalar idKey = mapping.fields().get(0).key().text().equals("id") ? mapping.fields().get(0).key() : null;
                TranslationStatus.Stamp insert = idKey == null || mapping.fields().size() > 1
                        && mapping.fields().get(1).key().line() == idKey.line() ? new TranslationStatus.Stamp(0, 0, false)
                        : new TranslationStatus.Stamp(idKey.line() + 1, idKey.column() - 1, false);
                out.put(id, translated(mapping, file.yaml(), texts, at, file.file().path(), insert));
            }
        }
        return out;
    }

    /** The YAML keys a raw record has ({@code paginate_by} for component paginateBy). */
    private static java.util.Set<String> keysOf(Object raw) {
        return RecordShape.of(raw.getClass()).index().keySet();
    }
}
