package folio.site;

import static folio.content.CollectionName.ACTORS;
import static folio.content.CollectionName.CHARTS;
import static folio.content.CollectionName.COMPARISONS;
import static folio.content.CollectionName.DOCUMENTS;
import static folio.content.CollectionName.EVENTS;
import static folio.content.CollectionName.MAP;
import static folio.content.CollectionName.REACTIONS;
import static folio.content.CollectionName.SHARES;
import static folio.content.CollectionName.SOURCES;
import static folio.content.CollectionName.TERMS;
import static folio.content.CollectionName.THEMES;
import static folio.content.CollectionName.UPDATES;

import folio.content.CollectionName;
import folio.content.ContentParser;
import folio.content.ContentParser.Entry;
import folio.content.ContentParser.ParsedProvision;
import folio.content.Raw;
import folio.diag.Diagnostics;
import java.util.List;
import java.util.Map;

/**
 * The raw entries of every collection by id (ids checked and unique, file order), and the provision files by number;
 * {@code unnumbered} and {@code misnamed}: what the names of provision files say that their numbers do not
 * (see {@link ProvisionNumbers}).
 */
record Entries(Map<String, Entry<Raw.Source>> sources, Map<String, Entry<Raw.Theme>> themes,
               Map<String, Entry<Raw.Document>> documents, Map<String, Entry<Raw.Actor>> actors,
               Map<String, Entry<Raw.Reaction>> reactions, Map<String, Entry<Raw.Event>> events,
               Map<String, Entry<Raw.Term>> terms, Map<String, Entry<Raw.Comparison>> comparisons,
               Map<String, Entry<Raw.Update>> updates, Map<String, Entry<Raw.MapLayer>> map,
               Map<String, Entry<Raw.Share>> shares, Map<String, Entry<Raw.Chart>> charts,
               Map<Integer, ParsedProvision> provisions, java.util.Set<Integer> unnumbered,
               Map<Integer, ParsedProvision> misnamed) {

    static Entries index(ContentParser.ParsedContent content, Checks checks, Diagnostics diagnostics) {
        ProvisionNumbers numbers = ProvisionNumbers.of(content.provisions(), diagnostics);
        return new Entries(index(content, checks, SOURCES, Raw.Source::id),
                index(content, checks, THEMES, Raw.Theme::id),
                index(content, checks, DOCUMENTS, Raw.Document::id),
                index(content, checks, ACTORS, Raw.Actor::id),
                index(content, checks, REACTIONS, Raw.Reaction::id),
                index(content, checks, EVENTS, Raw.Event::id),
                index(content, checks, TERMS, Raw.Term::id),
                index(content, checks, COMPARISONS, Raw.Comparison::id),
                index(content, checks, UPDATES, Raw.Update::id),
                index(content, checks, MAP, Raw.MapLayer::id),
                index(content, checks, SHARES, Raw.Share::id),
                index(content, checks, CHARTS, Raw.Chart::id),
                numbers.byNumber(), numbers.refused(), numbers.misnamed());
    }

    private static <T> Map<String, Entry<T>> index(ContentParser.ParsedContent content, Checks checks, CollectionName name,
                                                   java.util.function.Function<T, String> idOf) {
        return checks.index(content.collection(name.id()), idOf, name.entry());
    }

    /** The collections a listing may split into pages: the map is one drawing and themes group the provisions. */
    Map<String, Map<String, ? extends Entry<?>>> paginable() {
        return Map.of(ACTORS.id(), actors, REACTIONS.id(), reactions, EVENTS.id(), events, TERMS.id(), terms,
                SOURCES.id(), sources, DOCUMENTS.id(), documents, COMPARISONS.id(), comparisons, UPDATES.id(), updates);
    }
}
