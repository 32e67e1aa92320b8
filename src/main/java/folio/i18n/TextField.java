package folio.i18n;

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
        /** A mapping of which only {@code text} is translated: {@code quote: {text: ...}}. */
        QUOTE,
        /** Comparison cells by document id, each with only {@code text}: {@code cells: {ukraine-20: {text: ...}}}. */
        CELLS,
        /** A provision's changes by document: {@code changes: [{document: ukraine-20, text: ...}]}. */
        CHANGES
    }

    static final String PAGES = "pages";
    static final String PROVISIONS = "provisions";

    /** Translatable fields by kind: "pages", "provisions" and each data collection, in the order they are hashed. */
    static final Map<String, List<TextField>> OF = Map.ofEntries(
            Map.entry(PAGES, texts("title", "description")),
            Map.entry(PROVISIONS, List.of(text("title"), text("summary"), new TextField("changes", Shape.CHANGES))),
            Map.entry("themes", texts("name", "description")),
            Map.entry("actors", texts("name", "role", "description")),
            Map.entry("reactions", List.of(text("role"), text("summary"), new TextField("quote", Shape.QUOTE),
                    text("subject"))),
            Map.entry("events", texts("title", "text")),
            Map.entry("terms", List.of(text("term"), new TextField("aliases", Shape.LIST), text("definition"))),
            Map.entry("documents", texts("name", "status", "summary")),
            Map.entry("comparisons", List.of(text("issue"), new TextField("cells", Shape.CELLS), text("note"))),
            Map.entry("updates", texts("text")),
            Map.entry("map", texts("label", "part", "note")),
            Map.entry("shares", texts("note")),
            Map.entry("sources", texts("title", "note")));

    /** The kinds in the order {@code folio translations} lists them. */
    static final List<String> KINDS = List.of(PAGES, PROVISIONS, "themes", "actors", "reactions", "events", "terms",
            "documents", "comparisons", "updates", "map", "shares", "sources");

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
