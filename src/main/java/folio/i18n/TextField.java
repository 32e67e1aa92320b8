package folio.i18n;

import folio.content.CollectionName;
import java.util.List;
import java.util.Map;

/**
 * One translatable field: its YAML key and its shape. The table {@link #OF} says, per kind of
 * content, which fields a translation gives (docs/content-model.md, "Translations"); everything
 * else (ids, dates, stances, sources, front matter) is shared with the English original.
 */
record TextField(String key, Shape shape) {
    enum Shape {
        /** A text: {@code title: ...}. */
        TEXT,
        /** A list of texts: {@code aliases: [...]}. */
        LIST,
        /**
         * A quote: its {@code text} is translated, and a quote given as spoken in the translation's language, found
         * in another source than the English quote's, names that source: {@code quote: {text: ..., source: id}}.
         */
        QUOTE,
        /** Comparison cells by document id, each with only {@code text}: {@code cells: {ukraine-20: {text: ...}}}. */
        CELLS,
        /** A provision's changes by document: {@code changes: [{document: ukraine-20, text: ...}]}. */
        CHANGES,
        /** A chart's rows by id, each with its label and text: {@code rows: [{id: cap, label: ..., text: ...}]}. */
        ROWS
    }

    static final String PAGES = "pages";
    /** {@code CollectionName.PROVISIONS.id()}, as a constant that switch cases can name. */
    static final String PROVISIONS = "provisions";

    /** Translatable fields by kind: "pages", "provisions" and each data collection, in the order they are hashed. */
    static final Map<String, List<TextField>> OF = Map.ofEntries(
            Map.entry(PAGES, texts("title", "description")),
            Map.entry(PROVISIONS, List.of(text("title"), text("summary"), new TextField("changes", Shape.CHANGES))),
            Map.entry(CollectionName.THEMES.id(), texts("name", "description")),
            Map.entry(CollectionName.ACTORS.id(), texts("name", "role", "description")),
            Map.entry(CollectionName.REACTIONS.id(), List.of(text("role"), text("summary"), new TextField("quote", Shape.QUOTE),
                    text("subject"))),
            Map.entry(CollectionName.EVENTS.id(), texts("title", "text")),
            Map.entry(CollectionName.TERMS.id(), List.of(text("term"), new TextField("aliases", Shape.LIST), text("definition"))),
            Map.entry(CollectionName.DOCUMENTS.id(), texts("name", "short_name", "status", "summary")),
            Map.entry(CollectionName.COMPARISONS.id(), List.of(text("issue"), new TextField("cells", Shape.CELLS), text("note"))),
            Map.entry(CollectionName.UPDATES.id(), texts("text")),
            Map.entry(CollectionName.MAP.id(), texts("label", "part", "note")),
            Map.entry(CollectionName.SHARES.id(), texts("note")),
            Map.entry(CollectionName.CHARTS.id(), List.of(text("title"), text("caption"), new TextField("columns", Shape.LIST),
                    new TextField("rows", Shape.ROWS))),
            Map.entry(CollectionName.SOURCES.id(), texts("title", "note")));

    /** The text fields read as inline Markdown ({@code Raw.Inline} in the originals), as "kind.key"; every other is plain. */
    private static final java.util.Set<String> INLINE = java.util.Set.of("provisions.summary", "themes.description",
            "actors.description", "reactions.summary", "events.text", "terms.definition", "documents.summary",
            "comparisons.note", "updates.text", "map.note", "shares.note");

    /** Whether this field of {@code kind} is plain text, where a reference or citation would be shown as typed. */
    boolean plainIn(String kind) {
        return !INLINE.contains(kind + "." + key);
    }

    /** The kinds in the order {@code folio translations} lists them. */
    static final List<String> KINDS = java.util.stream.Stream.concat(java.util.stream.Stream.of(PAGES), CollectionName.ids(
            CollectionName.PROVISIONS, CollectionName.THEMES, CollectionName.ACTORS, CollectionName.REACTIONS,
            CollectionName.EVENTS, CollectionName.TERMS, CollectionName.DOCUMENTS, CollectionName.COMPARISONS,
            CollectionName.UPDATES, CollectionName.MAP, CollectionName.SHARES, CollectionName.CHARTS, CollectionName.SOURCES).stream()).toList();

    /** The keys a translation of {@code kind} may hold, for messages: "title, text". */
    static String keys(String kind) {
        return String.join(", ", OF.get(kind).stream().map(TextField::key).toList());
    }

    private static TextField text(String key) {
        return new TextField(key, Shape.TEXT);
    }

    private static List<TextField> texts(String... keys) {
        return java.util.Arrays.stream(keys).map(TextField::text).toList();
    }
}
