package folio.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a template can see about the site: settings, pages and the typed collections,
 * with every cross-reference resolved. Lists are in display order and never null.
 * {@code lastUpdated} is the newest date in the updates log (or the coverage date);
 * {@code formerIds} the older anchors entries keep (see {@link PublishedIds}).
 */
public record Site(SiteConfig config, List<Page> pages, List<MenuEntry> menu, List<Theme> themes,
                   List<Provision> provisions, List<Actor> actors, List<Reaction> reactions,
                   List<TimelineEvent> events, List<GlossaryTerm> terms, List<Source> sources,
                   List<Document> documents, List<Comparison> comparisons, List<Update> updates,
                   PartialDate lastUpdated, List<AnchorCheck> anchorChecks, List<MapLayer> mapLayers,
                   List<OblastShare> oblastShares, FormerIds formerIds, BackLinks backLinks) {

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
        return backLinks.referencesTo("provision", provision.id());
    }

    /** The places whose text refers to a glossary term, by URL. */
    public List<Link> usesOf(GlossaryTerm term) {
        return backLinks.referencesTo("term", term.id());
    }

    /** The places that cite a source, by URL. */
    public List<Link> citationsOf(Source source) {
        return backLinks.referencesTo("source", source.id());
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

    /**
     * A fragment of an internal link written in Markdown ({@code [[page:id#anchor]]},
     * {@code [x](about.md#anchor)}, {@code [x](#anchor)}), to check once pages are rendered.
     * {@code output} is the page linked to, null for the page the text is shown on; where it
     * was written is found on request (it may cost a parse).
     */
    public record AnchorCheck(String output, String anchor, java.util.function.Supplier<folio.diag.SourcePosition> where) {
        public folio.diag.SourcePosition at() {
            return where.get();
        }
    }

    public Page page(String id) {
        return pages.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
    }

    public Provision provision(long number) {
        return provisions.stream().filter(p -> p.number() == number).findFirst().orElse(null);
    }

    /** The page that lists a collection (front matter {@code lists:}), or null. */
    public Page listing(String collection) {
        return pages.stream().filter(p -> p.lists().contains(collection)).findFirst().orElse(null);
    }

    public List<Provision> headlineProvisions() {
        return provisions.stream().filter(Provision::headline).toList();
    }

    public List<Stance> stances() {
        return Stance.onPlan();
    }

    /** Actors grouped by their group label, groups in a fixed order. */
    public Map<String, List<Actor>> actorsByGroup() {
        Map<String, List<Actor>> groups = new LinkedHashMap<>();
        for (ActorGroup group : ActorGroup.values()) {
            List<Actor> members = actors.stream().filter(a -> a.group() == group).toList();
            if (!members.isEmpty()) {
                groups.put(group.label(), members);
            }
        }
        return groups;
    }

    /** Reactions grouped by actor, in the order of the actors list. */
    public Map<Actor, List<Reaction>> reactionsByActor() {
        return reactionsByActor(reactions);
    }

    /** The reactions a page shows (a {@code pager.items}) grouped by actor, actors in list order, reactions by date. */
    public Map<Actor, List<Reaction>> reactionsByActor(List<?> shown) {
        List<Reaction> mine = only(Reaction.class, shown);
        Map<Actor, List<Reaction>> grouped = new LinkedHashMap<>();
        for (Actor actor : actors) {
            List<Reaction> theirs = mine.stream().filter(r -> r.actor().equals(actor)).toList();
            if (!theirs.isEmpty()) {
                grouped.put(actor, theirs);
            }
        }
        return grouped;
    }

    /** Actors with a reaction to the plan, grouped by their group label, groups in a fixed order. */
    public Map<String, List<Actor>> actorsWithStancesByGroup() {
        Map<String, List<Actor>> groups = new LinkedHashMap<>();
        actorsByGroup().forEach((label, members) -> {
            List<Actor> with = members.stream().filter(a -> latestOnPlan(a) != null).toList();
            if (!with.isEmpty()) {
                groups.put(label, with);
            }
        });
        return groups;
    }

    /** Each camp's actors counted by their latest stance on the plan (see {@link CampStances}). */
    public List<CampStances> campStances() {
        return CampStances.of(this);
    }

    /** A theme and the latest recorded stance of each actor on its points. */
    public record ThemeStances(Theme theme, List<Reaction> stances) {}

    /** Each theme with at least one recorded stance on its points (themes without one are left out). */
    public List<ThemeStances> themeStances() {
        List<ThemeStances> byTheme = new ArrayList<>();
        for (Theme theme : themes) {
            List<Reaction> latest = actors.stream().map(a -> latestReaction(a, theme)).filter(java.util.Objects::nonNull).toList();
            if (!latest.isEmpty()) {
                byTheme.add(new ThemeStances(theme, latest));
            }
        }
        return byTheme;
    }

    /** The page (URL without anchor) that shows an actor's reactions, or null when it has none. */
    public String reactionsPageOf(Actor actor) {
        return reactionsOf(actor).isEmpty() ? null : pageOf(reactionsOf(actor).get(0).url());
    }

    /**
     * The stance an actor took on a theme: the latest reaction to the plan (not to a related
     * matter) naming a provision of it, or null.
     */
    public Reaction latestReaction(Actor actor, Theme theme) {
        Reaction latest = null;
        for (Reaction reaction : reactionsOf(actor)) {
            if (reaction.onPlan() && reaction.themes().contains(theme)) {
                latest = reaction;
            }
        }
        return latest;
    }

    /** The actor's latest reaction to the plan or one of its versions or points (never a related matter), or null. */
    public Reaction latestOnPlan(Actor actor) {
        Reaction latest = null;
        for (Reaction reaction : reactionsOf(actor)) {
            if (reaction.onPlan()) {
                latest = reaction;
            }
        }
        return latest;
    }

    /** Actors with at least one reaction to the plan: the rows of the stance matrix. */
    public List<Actor> actorsWithStances() {
        return actors.stream().filter(a -> latestOnPlan(a) != null).toList();
    }

    /** Events grouped by year, then by month label ("November 2025"), both in date order. */
    public Map<Integer, Map<String, List<TimelineEvent>>> eventsByYearAndMonth() {
        return eventsByYearAndMonth(events);
    }

    /** The events a page shows (a {@code pager.items}), grouped as {@link #eventsByYearAndMonth()}. */
    public Map<Integer, Map<String, List<TimelineEvent>>> eventsByYearAndMonth(List<?> shown) {
        Map<Integer, Map<String, List<TimelineEvent>>> years = new LinkedHashMap<>();
        for (TimelineEvent event : only(TimelineEvent.class, shown)) {
            String month = event.date().precision() == PartialDate.Precision.YEAR
                    ? String.valueOf(event.date().year()) : event.date().monthLabel(config.dates());
            years.computeIfAbsent(event.date().year(), y -> new LinkedHashMap<>())
                    .computeIfAbsent(month, m -> new ArrayList<>()).add(event);
        }
        return years;
    }

    /** The latest {@code count} events, newest first. */
    public List<TimelineEvent> latestEvents(long count) {
        List<TimelineEvent> reversed = new ArrayList<>(events);
        java.util.Collections.reverse(reversed);
        return reversed.subList(0, (int) Math.min(count, reversed.size()));
    }

    /** Glossary terms grouped by first letter, A to Z. */
    public Map<String, List<GlossaryTerm>> termsByLetter() {
        return termsByLetter(terms);
    }

    /** The terms a page shows (a {@code pager.items}), grouped as {@link #termsByLetter()}. */
    public Map<String, List<GlossaryTerm>> termsByLetter(List<?> shown) {
        Map<String, List<GlossaryTerm>> letters = new LinkedHashMap<>();
        only(GlossaryTerm.class, shown).forEach(t -> letters.computeIfAbsent(t.letter(), l -> new ArrayList<>()).add(t));
        return letters;
    }

    /** Each year of the timeline and the page (URL without anchor) that shows its first event. */
    public Map<Integer, String> eventYearPages() {
        Map<Integer, String> pages = new LinkedHashMap<>();
        events.forEach(e -> pages.putIfAbsent(e.date().year(), pageOf(e.url())));
        return pages;
    }

    /** Each first letter of the glossary and the page (URL without anchor) that shows its first term. */
    public Map<String, String> termLetterPages() {
        Map<String, String> pages = new LinkedHashMap<>();
        terms.forEach(t -> pages.putIfAbsent(t.letter(), pageOf(t.url())));
        return pages;
    }

    private static String pageOf(String url) {
        return url == null || !url.contains("#") ? url : url.substring(0, url.indexOf('#'));
    }

    private static <T> List<T> only(Class<T> type, List<?> items) {
        return items.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public List<String> eventCategories() {
        return events.stream().map(TimelineEvent::category).distinct()
                .sorted(java.util.Comparator.comparing(TimelineEvent.Category::id)).toList();
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
