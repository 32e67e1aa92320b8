package folio.site;

import folio.content.Keyword;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The few words the site model writes itself, in one language, from the theme's interface
 * strings (templates/i18n/LANGUAGE.yaml): a point's label as a name ("Point 21") and inside a
 * sentence ("point 21", a {@code [[provision:21]]} without words of its own), the title of page n
 * of a listing, the names of the actor groups (camps) and the kinds of the search index's entries.
 * A key the theme does not give reads as in English.
 */
public record ModelWords(Map<String, String> texts) {
    /** The keys the model reads, with their English text: the defaults of a theme without them. */
    private static final Map<String, String> DEFAULTS = defaults();

    /** A theme without those strings: English. */
    public static final ModelWords ENGLISH = new ModelWords(Map.of());

    public ModelWords {
        texts = Map.copyOf(texts);
    }

    /** The keys the model reads from a theme's interface strings. */
    public static Set<String> keys() {
        return DEFAULTS.keySet();
    }

    /** The text of {@code key}: the theme's, else the English default. */
    public String text(String key) {
        String text = texts.get(key);
        return text != null ? text : DEFAULTS.getOrDefault(key, key);
    }

    /** "Point 21". */
    public String point(int number) {
        return text("provision.label").replace("{n}", String.valueOf(number));
    }

    /** "point 21". */
    public String pointInText(int number) {
        return text("provision.in-text").replace("{n}", String.valueOf(number));
    }

    /** "Sources (page 2 of 4)". */
    public String pageTitle(String title, int number, int count) {
        return text("pager.title").replace("{title}", title).replace("{n}", String.valueOf(number))
                .replace("{total}", String.valueOf(count));
    }

    /** "Europe and the EU". */
    public String group(ActorGroup group) {
        return text("group." + group.id());
    }

    /** The label of the group whose id is {@code id}; the id itself when there is none. */
    String groupOf(String id) {
        return Keyword.of(ActorGroup.class, id).map(this::group).orElse(id);
    }

    /**
     * The quotation mark the theme opens a headline with (source.open-quote: "“", "«"), when the
     * theme gives one: a quotation inside a headline must then use other marks.
     */
    public java.util.Optional<String> headlineQuote() {
        return java.util.Optional.ofNullable(texts.get("source.open-quote")).filter(quote -> !quote.isBlank());
    }

    /**
     * The marks the theme puts round a headline where it shows a source ({@code source.open-quote} and
     * {@code source.close-quote}: "“" and "”", "«" and "»"), when it gives both; none otherwise, as a theme
     * that gives none may show headlines without marks.
     */
    public java.util.Optional<java.util.List<String>> headlineMarks() {
        String open = texts.get("source.open-quote");
        String close = texts.get("source.close-quote");
        return open == null || close == null || open.isBlank() || close.isBlank() ? java.util.Optional.empty()
                : java.util.Optional.of(java.util.List.of(open, close));
    }

    /** What an entry of the search index is: "Page", "Source"... ({@code kind}: page, provision, reaction, event, term, actor, source). */
    public String searchKind(String kind) {
        return text("search.kind." + kind);
    }

    private static Map<String, String> defaults() {
        Map<String, String> english = new HashMap<>(Map.of("provision.label", "Point {n}", "provision.in-text", "point {n}",
                "pager.title", "{title} (page {n} of {total})"));
        for (ActorGroup group : ActorGroup.values()) {
            english.put("group." + group.id(), group.label());
        }
        english.putAll(Map.of("search.kind.page", "Page", "search.kind.provision", "Provision", "search.kind.reaction", "Reaction",
                "search.kind.event", "Timeline, {date}", "search.kind.term", "Glossary", "search.kind.actor", "Who's who",
                "search.kind.source", "Source"));
        english.put("source.open-quote", "\u201c");
        english.put("source.close-quote", "\u201d");
        return Map.copyOf(english);
    }
}
