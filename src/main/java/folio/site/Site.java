package folio.site;

import folio.content.ReferenceKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a template can see about the site: settings, pages and the typed collections,
 * with every cross-reference resolved. Lists are in display order and never null.
 * {@code charts} the charts of figures, in file order;
 * {@code lastUpdated} is the newest date in the updates log (or the coverage date);
 * {@code formerIds} the older anchors entries keep (see {@link PublishedIds}); {@code listingPages} where the timeline's
 * years and the glossary's letters begin; {@code links} the
 * named links of site.yaml's {@code links:} (the footer list, the error-report link, ...). The views that
 * group reactions and stances are in {@link StanceViews}, those of the timeline and glossary in
 * {@link ListingViews}.
 */
public record Site(SiteConfig config, List<Page> pages, List<MenuEntry> menu, SiteLinks links, List<Theme> themes,
                   List<Provision> provisions, List<Actor> actors, List<Reaction> reactions,
                   List<TimelineEvent> events, List<GlossaryTerm> terms, List<Source> sources,
                   List<Document> documents, List<Comparison> comparisons, List<Update> updates,
                   PartialDate lastUpdated, List<MapLayer> mapLayers, List<OblastShare> oblastShares,
                   List<Chart> charts, FormerIds formerIds, BackLinks backLinks, ListingPages listingPages)
        implements StanceViews, ListingViews {

    @Override
    public Map<Integer, String> eventYearPages() {
        return listingPages.eventYearPages();
    }

    @Override
    public Map<String, String> termLetterPages() {
        return listingPages.termLetterPages();
    }

    /** The provisions of a theme, in number order. */
    public List<Provision> provisionsOf(Theme theme) {
        return backLinks.provisionsOf(theme);
    }

    /** An actor's reactions, by date. */
    public List<Reaction> reactionsOf(Actor actor) {
        return backLinks.reactionsOf(actor);
    }

    /** The reactions that name a provision, by date. */
    public List<Reaction> reactionsTo(Provision provision) {
        return backLinks.reactionsTo(provision);
    }

    /** The places whose text refers to a provision ({@code [[provision:N]]}), by URL. */
    public List<Link> mentionsOf(Provision provision) {
        return backLinks.referencesTo(ReferenceKind.PROVISION, provision.id());
    }

    /** The places whose text refers to a glossary term, by URL. */
    public List<Link> usesOf(GlossaryTerm term) {
        return backLinks.referencesTo(ReferenceKind.TERM, term.id());
    }

    /** The places that cite a source, by URL. */
    public List<Link> citationsOf(Source source) {
        return backLinks.referencesTo(ReferenceKind.SOURCE, source.id());
    }

    /** The glossary terms a provision's page refers to, in glossary order. */
    public List<GlossaryTerm> relatedTerms(Provision provision) {
        return backLinks.termsUsedAt(provision.url());
    }

    /**
     * The anchors an entry keeps besides its id ({@code reaction-<id>}, the ids it replaced),
     * each shown as an empty element so links shared before still land on the entry.
     * {@code collection} is the collection's name: reactions, events, terms, actors, sources, documents.
     */
    public List<String> anchorAliases(String collection, String id) {
        return formerIds.anchors(collection, id);
    }

    public Page page(String id) {
        return pages.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
    }

    /** The chart with this id (content/data/charts.yaml), or null. */
    public Chart chart(String id) {
        return charts.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }

    public Provision provision(long number) {
        return provisions.stream().filter(p -> p.number() == number).findFirst().orElse(null);
    }

    /** The provision whose own page this is, or null: {@code site.provisionOn(link.page)}. */
    public Provision provisionOn(Page page) {
        return page == null ? null : provisions.stream().filter(p -> p.page().id().equals(page.id())).findFirst().orElse(null);
    }

    /** The first page (in page order) with this layout, or null: a theme finds its own special pages, e.g. {@code site.pageWithLayout('search')}. */
    public Page pageWithLayout(String layout) {
        return pages.stream().filter(p -> p.layout().equals(layout)).findFirst().orElse(null);
    }

    /** The page that lists a collection (front matter {@code lists:}), or null. */
    public Page listing(String collection) {
        return pages.stream().filter(p -> p.lists().contains(collection)).findFirst().orElse(null);
    }

    public List<Provision> headlineProvisions() {
        return provisions.stream().filter(Provision::headline).toList();
    }

    /** Ukraine's 27 first-level units (ISO 3166-2:UA), in code order: what map layers can name. */
    public List<Oblast> oblasts() {
        return Oblast.ALL;
    }

    /** The distinct "as of" dates of the map layers, oldest first. */
    public List<PartialDate> mapDates() {
        return mapLayers.stream().map(MapLayer::asOf).distinct().sorted().toList();
    }

    /** The map layers that name a provision, in map.yaml order: a provision page shows the map when there are some. */
    public List<MapLayer> mapLayersFor(Provision provision) {
        return mapLayers.stream().filter(l -> l.provisions().contains(provision)).toList();
    }

    /** The share of an oblast under Russian control (content/data/shares.yaml), or null. */
    public OblastShare shareOf(Oblast oblast) {
        return oblastShares.stream().filter(s -> s.oblast().equals(oblast)).findFirst().orElse(null);
    }

    /** The oblast shares by level (all, most, some, unknown: see {@link OblastShare#level()}), levels with none left out. */
    public Map<String, List<OblastShare>> sharesByLevel() {
        Map<String, List<OblastShare>> levels = new LinkedHashMap<>();
        for (String level : List.of("all", "most", "some", "unknown")) {
            List<OblastShare> in = oblastShares.stream().filter(s -> s.level().equals(level)).toList();
            if (!in.isEmpty()) {
                levels.put(level, in);
            }
        }
        return levels;
    }

    /** The distinct dates of the oblast shares, oldest first. */
    public List<PartialDate> shareDates() {
        return oblastShares.stream().map(OblastShare::asOf).distinct().sorted().toList();
    }

    /** The sources of the oblast shares' figures (not of their notes), each once, in file order. */
    public List<Source> shareSources() {
        return oblastShares.stream().flatMap(s -> s.sources().stream()).distinct().toList();
    }

    /** The map layers that cover an oblast, in map.yaml order. */
    public List<MapLayer> mapLayersOf(Oblast oblast) {
        return mapLayers.stream().filter(l -> l.covers(oblast)).toList();
    }

    public Optional<Update> latestUpdate() {
        return updates.isEmpty() ? Optional.empty() : Optional.of(updates.get(0));
    }
}
