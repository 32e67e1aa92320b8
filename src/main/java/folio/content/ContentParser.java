package folio.content;

import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import folio.project.SourceFile;
import folio.project.SourceName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The parse stage: each source file becomes front matter plus a Markdown tree, or a list of
 * typed collection entries, each remembering the line it was written on.
 */
public final class ContentParser {
    /** The marker `folio new` leaves for the editor to replace; a build refuses to publish it. */
    public static final String PLACEHOLDER = "FILL-IN";

    public static final String DATA_DIR = "data/";
    public static final String PROVISIONS_DIR = DATA_DIR + "provisions/";
    public static final List<String> COLLECTIONS = List.of("themes", "actors", "reactions", "events", "terms",
            "sources", "documents", "comparisons", "updates", "map");

    /** A collection entry, where it was written, and its YAML (for the position of each key). */
    public record Entry<T>(T raw, SourcePosition at, YamlReader.Located yaml) {
        /** Where {@code key} was written in this entry (a key of its own first), else where the entry starts. */
        public SourcePosition keyAt(String key) {
            return yaml.keyAt(key, at);
        }
    }

    /** A Markdown body not yet parsed: its text and where it starts in its file. */
    public record Body(String text, SourcePosition start) {
        public Markdown.Parsed parse(Diagnostics diagnostics) {
            return Markdown.parse(text, start, diagnostics);
        }
    }

    public record ParsedPage(SourceName file, Raw.Page raw, YamlReader.Located frontMatter, Body body) {}

    public record ParsedProvision(SourceName file, Raw.Provision raw, YamlReader.Located frontMatter, Body body) {}

    /** {@code publishedIds} is content/published-ids.yaml, the register of ids once published, when there is one. */
    public record ParsedContent(Optional<YamlReader.Located> config, String configPath, List<ParsedPage> pages,
                                List<ParsedProvision> provisions, Map<String, List<Entry<?>>> collections,
                                Optional<YamlReader.Located> publishedIds) {
        public ParsedContent(Optional<YamlReader.Located> config, String configPath, List<ParsedPage> pages,
                             List<ParsedProvision> provisions, Map<String, List<Entry<?>>> collections) {
            this(config, configPath, pages, provisions, collections, Optional.empty());
        }

        @SuppressWarnings("unchecked")
        public <T> List<Entry<T>> collection(String name) {
            return (List<Entry<T>>) (List<?>) collections.getOrDefault(name, List.of());
        }
    }

    private static final Map<String, Class<?>> TYPES = Map.of("themes", Raw.Theme.class, "actors", Raw.Actor.class,
            "reactions", Raw.Reaction.class, "events", Raw.Event.class, "terms", Raw.Term.class,
            "sources", Raw.Source.class, "documents", Raw.Document.class, "comparisons", Raw.Comparison.class,
            "updates", Raw.Update.class, "map", Raw.MapLayer.class);

    private ContentParser() {}

    public static ParsedContent parse(List<SourceFile> files, String configPath, Diagnostics diagnostics) {
        return parse(files, configPath, diagnostics, null);
    }

    /** What one file parsed into: at most one of these is set. */
    private record FileResult(YamlReader.Located config, ParsedPage page, ParsedProvision provision,
                              List<Entry<?>> entries, YamlReader.Located register) {
        FileResult(YamlReader.Located config, ParsedPage page, ParsedProvision provision, List<Entry<?>> entries) {
            this(config, page, provision, entries, null);
        }
    }

    /** The register of published ids, beside site.yaml (see folio.site.PublishedIds). */
    public static final String PUBLISHED_IDS = "published-ids.yaml";

    /**
     * Remembers the parse of each file by its exact text, so the preview server re-parses only
     * the files that changed. Only files that parsed without any diagnostic are remembered.
     */
    public static final class Cache {
        private record Item(String text, FileResult result) {}

        private final Map<String, Item> items = new java.util.concurrent.ConcurrentHashMap<>();
    }

    /** Parses every file (in parallel), reusing {@code cache} (nullable) for unchanged files. */
    public static ParsedContent parse(List<SourceFile> files, String configPath, Diagnostics diagnostics, Cache cache) {
        List<ParsedPage> pages = Collections.synchronizedList(new ArrayList<>());
        List<ParsedProvision> provisions = Collections.synchronizedList(new ArrayList<>());
        Map<String, List<Entry<?>>> collections = new TreeMap<>();
        Map<String, List<Entry<?>>> perFile = Collections.synchronizedMap(new TreeMap<>());
        YamlReader.Located[] config = new YamlReader.Located[1];
        YamlReader.Located[] register = new YamlReader.Located[1];

        files.parallelStream().forEach(file -> {
            FileResult result = cached(cache, file);
            if (result == null) {
                Diagnostics local = new Diagnostics();
                result = parseFile(file, local);
                local.sorted().forEach(diagnostics::add);
                if (cache != null && !local.hasAny()) {
                    cache.items.put(file.path(), new Cache.Item(file.text(), result));
                }
            }
            if (result.config() != null) {
                config[0] = result.config();
            }
            if (result.register() != null) {
                register[0] = result.register();
            }
            if (result.page() != null) {
                pages.add(result.page());
            }
            if (result.provision() != null) {
                provisions.add(result.provision());
            }
            if (result.entries() != null) {
                perFile.put(file.path(), result.entries());
            }
        });
        if (cache != null) {
            java.util.Set<String> present = new java.util.HashSet<>();
            files.forEach(f -> present.add(f.path()));
            cache.items.keySet().retainAll(present);
        }
        if (config[0] == null && files.stream().noneMatch(f -> f.relative().equals("site.yaml"))) {
            diagnostics.error(configPath, 0, 0, "site.yaml not found: create it with title, description, "
                    + "base_url, language and coverage_until (see docs/content-model.md)");
        }
        // Entries in file order (files sorted by path), so output never depends on thread timing.
        perFile.forEach((path, entries) -> entries.forEach(entry ->
                collections.computeIfAbsent(collectionOf(entry), k -> new ArrayList<>()).add(entry)));
        pages.sort(java.util.Comparator.comparing(p -> p.file().path()));
        provisions.sort(java.util.Comparator.comparing(p -> p.file().path()));
        return new ParsedContent(Optional.ofNullable(config[0]), configPath, List.copyOf(pages),
                List.copyOf(provisions), collections, Optional.ofNullable(register[0]));
    }

    private static FileResult cached(Cache cache, SourceFile file) {
        if (cache == null) {
            return null;
        }
        Cache.Item item = cache.items.get(file.path());
        return item != null && item.text().equals(file.text()) ? item.result() : null;
    }

    private static FileResult parseFile(SourceFile file, Diagnostics diagnostics) {
        reportPlaceholders(file, diagnostics);
        String relative = file.relative();
        if (relative.equals("site.yaml")) {
            return new FileResult(YamlReader.parse(file.text(), SourcePosition.of(file.path(), 1), diagnostics).orElse(null),
                    null, null, null);
        }
        if (relative.equals(PUBLISHED_IDS)) {
            return new FileResult(null, null, null, null,
                    YamlReader.parse(file.text(), SourcePosition.of(file.path(), 1), diagnostics).orElse(null));
        }
        if (relative.startsWith(PROVISIONS_DIR) && file.extension().equals("md")) {
            return new FileResult(null, null, parseMarkdown(file, Raw.Provision.class, "provision front matter", diagnostics)
                    .map(p -> new ParsedProvision(file.name(), p.raw, p.located, p.body)).orElse(null), null);
        }
        if (relative.startsWith(DATA_DIR)) {
            String collection = collectionName(relative);
            if (!file.extension().equals("yaml") && !file.extension().equals("yml")) {
                diagnostics.error(file.path(), 1, 1, "only YAML files belong in data/ (and Markdown in "
                        + "data/provisions/): move this file out of content/data/");
            } else if (!TYPES.containsKey(collection)) {
                diagnostics.error(file.path(), 1, 1, "unknown collection '" + collection + "': "
                        + Suggestions.didYouMean(collection, COLLECTIONS)
                        + "collections are " + String.join(", ", COLLECTIONS));
            } else {
                return new FileResult(null, null, null, parseEntries(file, collection, diagnostics));
            }
            return new FileResult(null, null, null, null);
        }
        if (file.extension().equals("md")) {
            return new FileResult(null, parseMarkdown(file, Raw.Page.class, "page front matter", diagnostics)
                    .map(p -> new ParsedPage(file.name(), p.raw, p.located, p.body)).orElse(null), null, null);
        }
        diagnostics.error(file.path(), 1, 1, "YAML outside content/data/ is not read: move it to "
                + "content/data/<collection>.yaml, or rename it if it is not content");
        return new FileResult(null, null, null, null);
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

    private static String collectionOf(Entry<?> entry) {
        Class<?> type = entry.raw().getClass();
        return TYPES.entrySet().stream().filter(e -> e.getValue() == type).map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    static String collectionName(String relative) {
        String rest = relative.substring(DATA_DIR.length());
        int slash = rest.indexOf('/');
        String name = slash >= 0 ? rest.substring(0, slash) : rest;
        int dot = name.lastIndexOf('.');
        return slash < 0 && dot > 0 ? name.substring(0, dot) : name;
    }

    private record MarkdownFile<T>(T raw, YamlReader.Located located, Body body) {}

    private static <T> Optional<MarkdownFile<T>> parseMarkdown(SourceFile file, Class<T> type, String what,
                                                               Diagnostics diagnostics) {
        Optional<FrontMatter> split = FrontMatter.split(file, diagnostics);
        if (split.isEmpty()) {
            return Optional.empty();
        }
        FrontMatter front = split.get();
        Optional<YamlReader.Located> located = YamlReader.parse(front.yaml(),
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

    private static List<Entry<?>> parseEntries(SourceFile file, String collection, Diagnostics diagnostics) {
        Optional<YamlReader.Located> parsed = YamlReader.parse(file.text(), SourcePosition.of(file.path(), 1), diagnostics);
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
        Class<?> type = TYPES.get(collection);
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

    public static String singular(String collection) {
        Function<String, String> single = name -> switch (name) {
            case "themes" -> "theme";
            case "actors" -> "actor";
            case "reactions" -> "reaction";
            case "events" -> "event";
            case "terms" -> "term";
            case "sources" -> "source";
            case "documents" -> "document";
            case "comparisons" -> "comparison";
            case "updates" -> "update";
            case "map" -> "map layer";
            default -> name;
        };
        return single.apply(collection);
    }
}
