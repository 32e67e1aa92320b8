package folio.content;

import folio.content.ContentParser.Body;
import folio.content.ContentParser.Entry;
import folio.content.ContentParser.ParsedPage;
import folio.content.ContentParser.ParsedProvision;
import folio.content.ContentParser.ParsedTranslation;
import folio.diag.Diagnostics;
import folio.diag.InvisibleCharacters;
import folio.diag.SourcePosition;
import folio.project.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static folio.content.ContentParser.COLLECTIONS;
import static folio.content.ContentParser.DATA_DIR;
import static folio.content.ContentParser.PLACEHOLDER;
import static folio.content.ContentParser.PROVISIONS_DIR;
import static folio.content.ContentParser.PUBLISHED_IDS;
import static folio.content.ContentParser.collectionName;
import static folio.content.ContentParser.singular;

/** Parses one source file by what its place and name say it is: site.yaml, a page, a provision, a collection, a translation. */
final class FileParser {
    /** What one file parsed into: at most one of these is set. */
    record Result(YamlReader.Located config, ParsedPage page, ParsedProvision provision, List<Entry<?>> entries,
                  YamlReader.Located register, ParsedTranslation translation) {
        Result(YamlReader.Located config, ParsedPage page, ParsedProvision provision, List<Entry<?>> entries) {
            this(config, page, provision, entries, null, null);
        }

        Result(YamlReader.Located config, ParsedPage page, ParsedProvision provision, List<Entry<?>> entries,
               YamlReader.Located register) {
            this(config, page, provision, entries, register, null);
        }

        static Result of(ParsedTranslation translation) {
            return new Result(null, null, null, null, null, translation);
        }
    }

    private FileParser() {}

    static Result parse(SourceFile file, Diagnostics diagnostics, YamlCache yaml) {
        reportPlaceholders(file, diagnostics);
        String relative = file.relative();
        Optional<TranslationName> translation = TranslationName.of(relative);
        if (translation.isPresent()) {
            return Result.of(parseTranslation(file, translation.get(), diagnostics, yaml));
        }
        if (relative.equals("site.yaml")) {
            return new Result(yaml.parse(file.text(), SourcePosition.of(file.path(), 1), diagnostics).orElse(null),
                    null, null, null);
        }
        if (relative.equals(PUBLISHED_IDS)) {
            return new Result(null, null, null, null,
                    yaml.parse(file.text(), SourcePosition.of(file.path(), 1), diagnostics).orElse(null));
        }
        if (relative.startsWith(PROVISIONS_DIR) && file.extension().equals("md")) {
            return new Result(null, null, parseMarkdown(file, Raw.Provision.class, "provision front matter", diagnostics, yaml)
                    .map(p -> new ParsedProvision(file.name(), p.raw, p.located, p.body, null)).orElse(null), null);
        }
        if (relative.startsWith(DATA_DIR)) {
            String collection = collectionName(relative);
            if (!file.extension().equals("yaml") && !file.extension().equals("yml")) {
                diagnostics.error(file.path(), 1, 1, "only YAML files belong in data/ (and Markdown in "
                        + "data/provisions/): move this file out of content/data/");
            } else if (ContentParser.typeOf(collection) == null && InvisibleCharacters.indexIn(collection) >= 0) {
                // 'terms\u00A0' reads as 'terms ' in the report: say what the editor cannot see in the name.
                String seen = InvisibleCharacters.without(collection);
                diagnostics.error(file.path(), 1, 1, "the file's name holds an invisible " + InvisibleCharacters.describe(
                        collection.codePointAt(InvisibleCharacters.indexIn(collection))) + ", so it names no collection: "
                        + "rename it without it" + (ContentParser.typeOf(seen) == null ? "" : " (" + seen + "." + file.extension() + ")"));
            } else if (ContentParser.typeOf(collection) == null) {
                diagnostics.error(file.path(), 1, 1, "unknown collection '" + collection + "': "
                        + Suggestions.didYouMean(collection, COLLECTIONS)
                        + "collections are " + String.join(", ", COLLECTIONS));
            } else {
                return new Result(null, null, null, parseEntries(file, collection, diagnostics, yaml));
            }
            return new Result(null, null, null, null);
        }
        if (file.extension().equals("md")) {
            return new Result(null, parseMarkdown(file, Raw.Page.class, "page front matter", diagnostics, yaml)
                    .map(p -> new ParsedPage(file.name(), p.raw, p.located, p.body)).orElse(null), null, null);
        }
        diagnostics.error(file.path(), 1, 1, "YAML outside content/data/ is not read: move it to "
                + "content/data/<collection>.yaml, or rename it if it is not content");
        return new Result(null, null, null, null);
    }

    /** Text that `folio new` left for the editor to fill in must not be published. */
    private static void reportPlaceholders(SourceFile file, Diagnostics diagnostics) {
        if (!file.text().contains(PLACEHOLDER)) {
            return;
        }
        String[] lines = file.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int column = lines[i].indexOf(PLACEHOLDER);
            if (column >= 0) {
                diagnostics.error(file.path(), i + 1, column + 1, "placeholder " + PLACEHOLDER
                        + " left in: replace it with the real value");
            }
        }
    }

    /** A translation file's YAML (front matter and body for Markdown, the whole file for data), still untyped. */
    private static ParsedTranslation parseTranslation(SourceFile file, TranslationName name, Diagnostics diagnostics,
                                                      YamlCache yaml) {
        if (!name.original().endsWith(".md")) {
            return yaml.parse(file.text(), SourcePosition.of(file.path(), 1), diagnostics)
                    .map(document -> new ParsedTranslation(file.name(), name, document, null)).orElse(null);
        }
        Optional<FrontMatter> split = FrontMatter.split(file, diagnostics);
        Optional<YamlReader.Located> located = split.flatMap(front -> yaml.parse(front.yaml(),
                SourcePosition.of(file.path(), front.yamlLine()), diagnostics));
        if (located.isEmpty()) {
            return null;
        }
        if (!(located.get().node() instanceof YamlNode.Mapping)) {
            diagnostics.error(located.get().at(located.get().node()), glued(located.get().node(),
                    "front matter must be key: value lines, like title: My page"));
            return null;
        }
        return new ParsedTranslation(file.name(), name, located.get(),
                new Body(split.get().body(), SourcePosition.of(file.path(), split.get().bodyLine())));
    }

    private record MarkdownFile<T>(T raw, YamlReader.Located located, Body body) {}

    private static <T> Optional<MarkdownFile<T>> parseMarkdown(SourceFile file, Class<T> type, String what,
                                                               Diagnostics diagnostics, YamlCache yaml) {
        Optional<FrontMatter> split = FrontMatter.split(file, diagnostics);
        if (split.isEmpty()) {
            return Optional.empty();
        }
        FrontMatter front = split.get();
        Optional<YamlReader.Located> located = yaml.parse(front.yaml(),
                SourcePosition.of(file.path(), front.yamlLine()), diagnostics);
        if (located.isEmpty()) {
            return Optional.empty();
        }
        if (!(located.get().node() instanceof YamlNode.Mapping)) {
            diagnostics.error(located.get().at(located.get().node()), glued(located.get().node(),
                    "front matter must be key: value lines, like title: My page"));
            return Optional.empty();
        }
        Optional<T> raw = RecordMapper.convert(located.get().node(), type, located.get(),
                SourcePosition.of(file.path(), front.yamlLine()), what, diagnostics);
        // The body is parsed during assembly, page by page, so no more than a few trees live at once.
        Body body = new Body(front.body(), SourcePosition.of(file.path(), front.bodyLine()));
        return raw.map(r -> new MarkdownFile<>(r, located.get(), body));
    }

    private static List<Entry<?>> parseEntries(SourceFile file, String collection, Diagnostics diagnostics,
                                              YamlCache yaml) {
        Optional<YamlReader.Located> parsed = yaml.parse(file.text(), SourcePosition.of(file.path(), 1), diagnostics);
        if (parsed.isEmpty()) {
            return List.of();
        }
        YamlReader.Located document = parsed.get();
        YamlNode node = document.node();
        if (node instanceof YamlNode.Mapping mapping && mapping.fields().isEmpty() || node.isNull()) {
            diagnostics.error(file.path(), 1, 1, "file is empty: add a list of " + collection
                    + " entries (lines starting with - id: ...), or delete the file");
            return List.of();
        }
        if (!(node instanceof YamlNode.Sequence list)) {
            diagnostics.error(file.path(), 1, 1, glued(node, "expected a list of " + collection
                    + " (each entry starts with '- id: ...'), found " + (node instanceof YamlNode.Mapping ? "a mapping" : "a single value")));
            return List.of();
        }
        Class<?> type = ContentParser.typeOf(collection);
        String what = singular(collection);
        List<Entry<?>> entries = new ArrayList<>();
        for (YamlNode element : list.items()) {
            SourcePosition at = SourcePosition.of(file.path(), element.line());
            if (!(element instanceof YamlNode.Mapping)) {
                diagnostics.error(file.path(), element.line(), 1, glued(element,
                        "each " + what + " must be a mapping of keys (id: ..., ...)"));
                continue;
            }
            Optional<?> raw = RecordMapper.convert(element, type, document, at, what, diagnostics);
            raw.ifPresent(r -> entries.add(new Entry<>(r, at, document.within(element))));
        }
        return entries;
    }

    /** {@code message}, or the plainer one when a text stands where keys belong because a colon lacks its space. */
    private static String glued(YamlNode node, String message) {
        String glued = node instanceof YamlNode.Scalar scalar ? YamlMistakes.gluedKey(scalar.text()) : null;
        return glued == null ? message : glued;
    }

}
