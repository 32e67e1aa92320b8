package folio.site;

import folio.content.ReferenceKind;
import java.util.List;
import java.util.Map;

/**
 * Who points at what: the reverse of the references records hold, built once the whole site is
 * assembled so that the records themselves stay immutable and free of cycles. Templates reach it
 * through {@link Site} ({@code site.reactionsOf(actor)}, {@code site.mentionsOf(provision)}, ...).
 * Every list is in display order and never null.
 */
public record BackLinks(Map<String, List<Provision>> themeProvisions, Map<String, List<Reaction>> actorReactions,
                        Map<Integer, List<Reaction>> provisionReactions, Map<String, List<Link>> references,
                        Map<String, List<GlossaryTerm>> termsByUrl) {

    public BackLinks {
        themeProvisions = Map.copyOf(themeProvisions);
        actorReactions = Map.copyOf(actorReactions);
        provisionReactions = Map.copyOf(provisionReactions);
        references = Map.copyOf(references);
        termsByUrl = Map.copyOf(termsByUrl);
    }

    /** A theme's provisions, in number order. */
    public List<Provision> provisionsOf(Theme theme) {
        return themeProvisions.getOrDefault(theme.id(), List.of());
    }

    /** An actor's reactions, by date. */
    public List<Reaction> reactionsOf(Actor actor) {
        return actorReactions.getOrDefault(actor.id(), List.of());
    }

    /** The reactions that name a provision, by date. */
    public List<Reaction> reactionsTo(Provision provision) {
        return provisionReactions.getOrDefault(provision.number(), List.of());
    }

    /**
     * The places whose text refers to an item ({@code [[kind:id]]}, or a citation for a source),
     * sorted by URL then title.
     */
    public List<Link> referencesTo(ReferenceKind kind, String id) {
        return references.getOrDefault(key(kind, id), List.of());
    }

    /** How {@code references} names an item: "kind:id". */
    static String key(ReferenceKind kind, String id) {
        return kind.id() + ":" + id;
    }

    /** The glossary terms that text owned by the page or entry at {@code url} refers to, in glossary order. */
    public List<GlossaryTerm> termsUsedAt(String url) {
        return termsByUrl.getOrDefault(url, List.of());
    }
}
