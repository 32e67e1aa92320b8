package folio.content;

import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import folio.project.AsIfEdited;
import folio.project.SourceFile;
import folio.project.SourceName;
import folio.work.Parallel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The parse stage: each source file becomes front matter plus a Markdown tree, or a list of
 * typed collection entries, each remembering the line it was written on. Translation files
 * ({@link TranslationName}) are kept apart, untyped, for {@code folio.i18n} to check and overlay.
 */
public final class ContentParser {
    /** The marker `folio new` leaves for the editor to replace; a build refuses to publish it. */
    public static final String PLACEHOLDER = "FILL-IN";

    public static final String DATA_DIR = "data/";
    public static final String PROVISIONS_DIR = DATA_DIR + "provisions/";
    /** The collections read from content/data/ (provisions are Markdown files), in the order messages list them. */
    public static final List<String> COLLECTIONS = CollectionName.ids(CollectionName.THEMES, CollectionName.ACTORS,
            CollectionName.REACTIONS, CollectionName.EVENTS, CollectionName.TERMS, CollectionName.SOURCES,
            CollectionName.DOCUMENTS, CollectionName.COMPARISONS, CollectionName.UPDATES, CollectionName.MAP,
            CollectionName.SHARES, CollectionName.CHARTS);

    /** The register of published ids, beside site.yaml (see folio.site.PublishedIds). */
    public static final String PUBLISHED_IDS = "published-ids.yaml";

    /**
     * A collection entry, where it was written, and its YAML (for the position of each key).
     * {@code translation} (nullable) is the entry of a translation file laid over it: its
     * translated keys are found there, so a mistake in a translated text points at that file.
     */
    public record Entry<T>(T raw, SourcePosition at, YamlReader.Located yaml, YamlReader.Located translation) {
        public Entry(T raw, SourcePosition at, YamlReader.Located yaml) {
            this(raw, at, yaml, null);
        }

        /** Where {@code key} was written in this entry (the translation's first: {@link EntryPlaces}), else where the entry starts. */
        public SourcePosition keyAt(String key) {
            return EntryPlaces.key(this, key);
        }

        /**
         * Where {@code text}, the value under {@code keys} ({@code "cell-id", "text"}), is written, character by
         * character ({@link EntryPlaces#text}).
         */
        public TextPlace textAt(String text, String... keys) {
            return EntryPlaces.text(this, text, keys);
        }
    }

    /** A Markdown body not yet parsed: its text and where it starts in its file. */
    public record Body(String text, SourcePosition start) {
        public Markdown.Parsed parse(Diagnostics diagnostics) {
            return Markdown.parse(text, start, diagnostics);
        }

        /** As {@link #parse(Diagnostics)}, through {@code cache} (a parse an earlier build made of the same text). */
        public Markdown.Parsed parse(MarkdownCache cache, Diagnostics diagnostics) {
            return cache.parse(text, start, diagnostics);
        }

        /** As {@link #parse(MarkdownCache, Diagnostics)}, for a tree only resolved, then let go ({@link MarkdownCache#parseToResolve}). */
        public Markdown.Parsed parseToResolve(MarkdownCache cache, Diagnostics diagnostics) {
            return cache.parseToResolve(text, start, diagnostics);
        }
    }

    public record ParsedPage(SourceName file, Raw.Page raw, YamlReader.Located frontMatter, Body body) {}

    /** {@code translation} (nullable): a translation's front matter laid over {@code frontMatter}, where its texts are. */
    public record ParsedProvision(SourceName file, Raw.Provision raw, YamlReader.Located frontMatter, Body body,
                                  YamlReader.Located translation) {}

    /**
     * A translation file, parsed but not yet checked: {@code yaml} is its front matter (with
     * {@code body} for Markdown) or, for a data file, the whole file ({@code body} null).
     */
    public record ParsedTranslation(SourceName file, TranslationName name, YamlReader.Located yaml, Body body) {
        /** The project-relative path of the English file it translates. */
        public String originalPath() {
            return name.originalPath(file.path(), file.relative());
        }
    }

    /** {@code publishedIds} is content/published-ids.yaml, the register of ids once published, when there is one. */
    public record ParsedContent(Optional<YamlReader.Located> config, String configPath, List<ParsedPage> pages,
                                List<ParsedProvision> provisions, Map<String, List<Entry<?>>> collections,
                                Optional<YamlReader.Located> publishedIds, List<ParsedTranslation> translations) {
        public ParsedContent(Optional<YamlReader.Located> config, String configPath, List<ParsedPage> pages,
                             List<ParsedProvision> provisions, Map<String, List<Entry<?>>> collections,
                             Optional<YamlReader.Located> publishedIds) {
            this(config, configPath, pages, provisions, collections, publishedIds, List.of());
        }

        public ParsedContent(Optional<YamlReader.Located> config, String configPath, List<ParsedPage> pages,
                             List<ParsedProvision> provisions, Map<String, List<Entry<?>>> collections) {
            this(config, configPath, pages, provisions, collections, Optional.empty());
        }

        @SuppressWarnings("unchecked")
        public <T> List<Entry<T>> collection(String name) {
            return (List<Entry<T>>) (List<?>) collections.getOrDefault(name, List.of());
        }
    }

    private ContentParser() {}

    public static ParsedContent parse(List<SourceFile> files, String configPath, Diagnostics diagnostics) {
        return parse(files, configPath, diagnostics, null, YamlCache.none());
    }

    /**
     * Remembers the parse of each file by its exact text, so the preview server re-parses only
     * the files that changed. Only files that parsed without any diagnostic are remembered.
     */
    public static final class Cache {
        private record Item(String text, FileParser.Result result) {}

        private final Map<String, Item> items = new ConcurrentHashMap<>();
        /** True while builds parse again the files {@link AsIfEdited} chooses (the preview server's warm-up). */
        private volatile boolean parsingSome;
        private final AtomicInteger parsedLastBuild = new AtomicInteger();

        /** Whether the next builds parse again a few unchanged files, as if an edit had changed them. */
        public void parseSomeAgain(boolean some) {
            parsingSome = some;
        }

        /** How many files the last build parsed rather than found here. */
        public int parsedLastBuild() {
            return parsedLastBuild.get();
        }
    }

    /**
     * Parses every file (in parallel), reusing {@code cache} (nullable; the preview server's) for unchanged files,
     * and {@code yaml} for YAML documents an earlier build into the same folder parsed.
     */
    public static ParsedContent parse(List<SourceFile> files, String configPath, Diagnostics diagnostics, Cache cache,
                                      YamlCache yaml) {
        List<ParsedPage> pages = Collections.synchronizedList(new ArrayList<>());
        List<ParsedProvision> provisions = Collections.synchronizedList(new ArrayList<>());
        List<ParsedTranslation> translations = Collections.synchronizedList(new ArrayList<>());
        Map<String, List<Entry<?>>> collections = new TreeMap<>();
        Map<String, List<Entry<?>>> perFile = Collections.synchronizedMap(new TreeMap<>());
        YamlReader.Located[] config = new YamlReader.Located[1];
        YamlReader.Located[] register = new YamlReader.Located[1];

        if (cache != null) {
            cache.parsedLastBuild.set(0);
        }
        Parallel.forEach(files, file -> {
            FileParser.Result result = cached(cache, file);
            if (result == null) {
                if (cache != null) {
                    cache.parsedLastBuild.incrementAndGet();
                }
                Diagnostics local = new Diagnostics();
                result = FileParser.parse(file, local, yaml);
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
            if (result.translation() != null) {
                translations.add(result.translation());
            }
        });
        if (cache != null) {
            java.util.Set<String> present = new java.util.HashSet<>();
            files.forEach(f -> present.add(f.path()));
            cache.items.keySet().retainAll(present);
        }
        // Not when the loader refused it already (a folder named site.yaml).
        if (config[0] == null && files.stream().noneMatch(f -> f.relative().equals("site.yaml"))
                && !diagnostics.hasErrorAt(configPath)) {
            diagnostics.error(configPath, 0, 0, "site.yaml not found: create it with title, description, "
                    + "base_url, language and coverage_until (see docs/content-model.md)");
        }
        // Entries in file order (files sorted by path), so output never depends on thread timing.
        perFile.forEach((path, entries) -> entries.forEach(entry ->
                collections.computeIfAbsent(collectionOf(entry), k -> new ArrayList<>()).add(entry)));
        pages.sort(Comparator.comparing(p -> p.file().path()));
        provisions.sort(Comparator.comparing(p -> p.file().path()));
        translations.sort(Comparator.comparing(t -> t.file().path()));
        return new ParsedContent(Optional.ofNullable(config[0]), configPath, List.copyOf(pages),
                List.copyOf(provisions), collections, Optional.ofNullable(register[0]), List.copyOf(translations));
    }

    private static FileParser.Result cached(Cache cache, SourceFile file) {
        if (cache == null) {
            return null;
        }
        Cache.Item item = cache.items.get(file.path());
        if (item == null || cache.parsingSome && AsIfEdited.chosen(file.path())) {
            return null;
        }
        return item.text().equals(file.text()) ? item.result() : null;
    }

    /** The collection an entry belongs to (actors), from the type of its raw record. */
    public static String collectionOf(Entry<?> entry) {
        return CollectionName.ofType(entry.raw().getClass()).id();
    }

    static String collectionName(String relative) {
        String rest = relative.substring(DATA_DIR.length());
        int slash = rest.indexOf('/');
        String name = slash >= 0 ? rest.substring(0, slash) : rest;
        int dot = name.lastIndexOf('.');
        return slash < 0 && dot > 0 ? name.substring(0, dot) : name;
    }

    /** The raw record type of a collection's entries ({@code Raw.Actor} for actors), or null. */
    public static Class<?> typeOf(String collection) {
        return CollectionName.of(collection).map(CollectionName::type).orElse(null);
    }

    /** One entry of the collection, in messages ("map layer"); an unknown name as it is. */
    public static String singular(String collection) {
        return CollectionName.of(collection).map(CollectionName::entry).orElse(collection);
    }
}
