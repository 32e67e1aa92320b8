package folio.scaffold;

import folio.content.CollectionName;
import folio.content.Keyword;
import folio.site.ActorGroup;
import folio.site.Stance;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of entry {@code folio new} appends to a collection, each with its skeleton: every
 * required field, the values to supply marked FILL-IN. {@code dated} kinds take a date from an
 * id ending in YYYY-MM-DD; the reaction also takes its actor from the id's start.
 */
enum EntryKind {
    ACTOR(CollectionName.ACTORS, false, """
            - id: %1$s
              name: "FILL-IN: the name readers see"
              role: "FILL-IN: the role at the time of the events"
              kind: FILL-IN (person | body)
              group: FILL-IN (%4$s)
              description: "FILL-IN: one neutral sentence [@FILL-IN-source-id]"
              sources: [FILL-IN-source-id]
            """),
    REACTION(CollectionName.REACTIONS, true, """
            - id: %1$s
              actor: %3$s
              date: %2$s
              subject: FILL-IN  # draft | version:DOCUMENT-ID | provision:NUMBER | "related: what it is about"
              stance: FILL-IN (%5$s; none for a related matter)
              summary: "FILL-IN: one line in your own words, with a citation [@FILL-IN-source-id]"
              provisions: []
              sources: [FILL-IN-source-id]
            """),
    EVENT(CollectionName.EVENTS, true, """
            - id: %1$s
              date: %2$s
              title: "FILL-IN: what happened, in a few words"
              text: "FILL-IN: one or two sentences, with a citation [@FILL-IN-source-id]"
              category: FILL-IN (context | diplomacy | document | statement | military)
              sources: [FILL-IN-source-id]
            """),
    TERM(CollectionName.TERMS, false, """
            - id: %1$s
              term: "FILL-IN: the term as readers see it"
              definition: "FILL-IN: one to three neutral sentences [@FILL-IN-source-id]"
              sources: [FILL-IN-source-id]
            """),
    SOURCE(CollectionName.SOURCES, true, """
            - id: %1$s
              outlet: "FILL-IN: who reported it (Reuters, AP, BBC, ...)"
              title: "FILL-IN: the page's real headline"
              date: %2$s
              url: "https://FILL-IN"
              flag: none
            """),
    UPDATE(CollectionName.UPDATES, true, """
            - id: %1$s
              date: %2$s
              kind: FILL-IN (update | correction)
              text: "FILL-IN: what changed, in one or two sentences"
            """),
    DOCUMENT(CollectionName.DOCUMENTS, true, """
            - id: %1$s
              name: "FILL-IN: the document's name"
              status: "FILL-IN: how it is known (leaked draft, joint statement, ...)"
              date: %2$s
              summary: "FILL-IN: one or two sentences [@FILL-IN-source-id]"
              sources: [FILL-IN-source-id]
            """),
    COMPARISON(CollectionName.COMPARISONS, false, """
            - id: %1$s
              issue: "FILL-IN: the issue, in a few words"
              cells:
            %6$s"""),
    MAP_LAYER(CollectionName.MAP, false, """
            - id: %1$s
              label: "FILL-IN: what the layer shows, in plain text"
              provisions: []  # FILL-IN: the points it shows, like [21]
              oblasts: []  # FILL-IN: ISO 3166-2:UA codes, like [UA-14, UA-09] (docs/content-model.md lists them)
              as_of: FILL-IN-YYYY-MM-DD
              sources: [FILL-IN-source-id]
            """),
    THEME(CollectionName.THEMES, false, """
            - id: %1$s
              name: "FILL-IN: the theme's name"
              description: "FILL-IN: one neutral sentence"
            """);

    static final String NO_DATE = "FILL-IN-YYYY-MM-DD";
    static final String NO_ACTOR = "FILL-IN-actor-id";

    final String label;
    final String collection;
    final boolean dated;
    private final String skeleton;

    EntryKind(CollectionName collection, boolean dated, String skeleton) {
        this.label = collection.entry();
        this.collection = collection.id();
        this.dated = dated;
        this.skeleton = skeleton;
    }

    /** The kind a command-line word names: its label, with a hyphen for a space ("map-layer"). */
    static Optional<EntryKind> named(String word) {
        for (EntryKind kind : values()) {
            if (kind.label.replace(' ', '-').equals(word) || kind.label.equals(word)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    static List<String> names() {
        return java.util.Arrays.stream(values()).map(k -> k.label.replace(' ', '-')).toList();
    }

    /** The entry's text; {@code documents} are the known document ids, one comparison cell each. */
    String entry(String id, String date, String actor, List<String> documents) {
        StringBuilder cells = new StringBuilder();
        for (String document : documents.isEmpty() ? List.of("FILL-IN-document-id") : documents) {
            cells.append("    ").append(document)
                    .append(": { text: \"FILL-IN: what this version says [@FILL-IN-source-id]\", sources: [FILL-IN-source-id] }\n");
        }
        return skeleton.formatted(id, date == null ? NO_DATE : date, actor == null ? NO_ACTOR : actor,
                String.join(" | ", Keyword.ids(ActorGroup.class)), String.join(" | ", Stance.ids()), cells);
    }

    String article() {
        return "aeiou".indexOf(label.charAt(0)) >= 0 ? "an" : "a";
    }
}
