package folio.site;

import static folio.content.CollectionName.ACTORS;
import static folio.content.CollectionName.COMPARISONS;
import static folio.content.CollectionName.DOCUMENTS;
import static folio.content.CollectionName.EVENTS;
import static folio.content.CollectionName.PROVISIONS;
import static folio.content.CollectionName.REACTIONS;
import static folio.content.CollectionName.SOURCES;
import static folio.content.CollectionName.TERMS;
import static folio.content.CollectionName.UPDATES;

import folio.content.ContentParser;
import folio.content.MarkdownCache;
import folio.content.ReferenceKind;
import folio.diag.Diagnostics;
import folio.work.Parallel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The assemble stage: validates every entry, resolves every cross-reference and builds the
 * immutable {@link Site} that templates see. Each collection has its assembler; they share one
 * {@link AssemblyContext}. Reports all problems it finds before giving up.
 */
public final class SiteAssembler {
    private SiteAssembler() {}

    /** The assembled site, and the fragments of its Markdown links for the render stage to check. */
    public record Assembly(Site site, List<AnchorCheck> anchorChecks) {}

    /**
     * {@code assets}: the content folder's files that are copied as they are (links may point at
     * them); {@code plainText}: how the render stage reads a text as plain text (see
     * {@link ProvisionAssembler}); {@code interfaceKeys}: the keys of the theme's interface strings
     * in the edition's language, which site.yaml's link labels name (empty when the theme has no
     * file for it: labels are then left to the render stage); {@code markdown}: the parses an
     * earlier build made ({@link MarkdownCache#none()} for none).
     */
    public static Optional<Assembly> assemble(ContentParser.ParsedContent content, SiteConfig config, Set<String> assets,
                                          boolean drafts, Function<Markup, String> plainText, Set<String> interfaceKeys,
                                          MarkdownCache markdown, Diagnostics diagnostics) {
        Checks checks = new Checks(diagnostics);
        PageAssembler.Planned planned = PageAssembler.plan(content.pages(), drafts, editionFolders(config), diagnostics);
        List<PageAssembler.PagePlan> plans = planned.plans();
        Entries entries = Entries.index(content, checks, diagnostics);
        RefusedIds refusedIds = RefusedIds.of(content);
        Listings listings = new Listings(Listings.of(plans), Pagination.planAll(plans, diagnostics, entries.paginable(), config.dates().locale()));
        // Every target first, so that text anywhere can refer to anything.
        ReferenceResolver resolver = new ReferenceResolver(Targets.of(planned, entries, refusedIds, listings, config.wording())
                .withRegister(content.publishedIds()), sourceInfo(entries),
                outputsBySource(plans), assets, diagnostics);
        AssemblyContext context = new AssemblyContext(config, diagnostics, checks, listings, resolver, refusedIds, entries, markdown);

        // In dependency order: a collection may point at the ones built before it.
        new SourceAssembler(context).buildAll(entries.sources());
        new ThemeAssembler(context).buildAll(entries.themes());
        new DocumentAssembler(context).buildAll(entries.documents());
        new ActorAssembler(context).buildAll(entries.actors());
        new ProvisionAssembler(context, plainText).buildAll(entries.provisions(), entries.unnumbered());
        List<Reaction> reactions = new ReactionAssembler(context).buildAll(entries.reactions());
        List<TimelineEvent> events = new EventAssembler(context).build(entries.events());
        List<GlossaryTerm> terms = new TermAssembler(context).buildAll(entries.terms());
        List<Comparison> comparisons = new ComparisonAssembler(context).buildAll(entries.comparisons());
        List<Update> updates = new UpdateAssembler(context).buildAll(entries.updates());
        List<MapLayer> mapLayers = new MapAssembler(context).build(entries.map());
        List<OblastShare> shares = new ShareAssembler(context).build(entries.shares(), mapLayers);
        List<Chart> charts = new ChartAssembler(context).build(entries.charts());
        // Pages are independent of each other once every target is known: build them in parallel.
        List<Page> pages = Parallel.map(plans, plan -> PageAssembler.build(context, plan));
        List<MenuEntry> menu = MenuReader.read(content.config(), pages, planned.refused(), planned.drafts(), config.edition(),
                diagnostics);
        // A link may name a provision's page too (provisions/21), as an example of the site's addresses.
        List<Page> linkable = new ArrayList<>(pages);
        context.provisions.values().forEach(p -> linkable.add(p.page()));
        LinkReader.Read links = LinkReader.read(content.config(), linkable, planned.refused(), planned.drafts(), config.edition(),
                interfaceKeys, diagnostics);
        if (diagnostics.hasErrors()) {
            return Optional.empty();
        }

        List<Source> sources = new ArrayList<>(context.sources.values());
        sources.sort(Comparator.comparing((Source s) -> s.outlet().toLowerCase(Locale.ROOT)).thenComparing(Source::id));
        List<Provision> provisions = List.copyOf(context.provisions.values());
        List<Actor> actors = List.copyOf(context.actors.values());
        List<Document> documents = List.copyOf(context.documents.values());
        List<Page> expanded = new ArrayList<>(Pagination.expandAll(pages, listings.paginated(), provisionOutputs(provisions),
                diagnostics, Map.of(ACTORS.id(), actors, REACTIONS.id(), reactions, EVENTS.id(), events, TERMS.id(), terms,
                        SOURCES.id(), sources, DOCUMENTS.id(), documents, COMPARISONS.id(), comparisons, UPDATES.id(), updates),
                config.wording()));
        expanded.sort(Comparator.comparingInt(Page::weight).thenComparing(Page::id));
        PartialDate coverage = new PartialDate(config.coverageUntil(), config.coverageUntil(), PartialDate.Precision.DAY, false);
        PartialDate lastUpdated = updates.isEmpty() ? coverage : updates.get(0).date();
        FormerIds formerIds = PublishedIds.check(content.publishedIds(), Map.of(
                PROVISIONS.id(), entries.provisions().keySet().stream().map(String::valueOf).collect(Collectors.toSet()),
                DOCUMENTS.id(), entries.documents().keySet(), REACTIONS.id(), entries.reactions().keySet(),
                EVENTS.id(), entries.events().keySet(), ACTORS.id(), entries.actors().keySet(), TERMS.id(), entries.terms().keySet(),
                SOURCES.id(), entries.sources().keySet()), diagnostics);
        Site site = new Site(config, List.copyOf(expanded), menu, links.links(), List.copyOf(context.themes.values()), provisions,
                actors, reactions, events, terms, List.copyOf(sources), documents, comparisons, updates, lastUpdated,
                mapLayers, shares, charts, formerIds, backLinks(provisions, reactions, terms, resolver),
                ListingPages.of(events, terms));
        List<AnchorCheck> anchorChecks = new ArrayList<>(resolver.anchorChecks());
        anchorChecks.addAll(links.anchorChecks());
        return Optional.of(new Assembly(site, List.copyOf(anchorChecks)));
    }

    /** What the resolver needs to check a citation: each source's flag. */
    private static Map<String, ReferenceResolver.SourceInfo> sourceInfo(Entries entries) {
        Map<String, ReferenceResolver.SourceInfo> info = new HashMap<>();
        entries.sources().forEach((id, e) -> info.put(id,
                new ReferenceResolver.SourceInfo(SourceFlag.of(e.raw().flag()).orElse(SourceFlag.NONE))));
        return info;
    }

    /** Each page's output file by its content-relative source path, for links written as {@code [x](about.md)}. */
    /** The folders of the other languages' editions, which the default edition's pages must stay out of. */
    private static List<String> editionFolders(SiteConfig config) {
        return !config.edition().isDefault() ? List.of()
                : config.languages().stream().map(Language::prefix).filter(prefix -> !prefix.isEmpty()).toList();
    }

    private static Map<String, String> outputsBySource(List<PageAssembler.PagePlan> plans) {
        Map<String, String> outputs = new HashMap<>();
        plans.forEach(plan -> outputs.put(plan.parsed().file().relative(), plan.output()));
        return outputs;
    }

    private static Set<String> provisionOutputs(List<Provision> provisions) {
        Set<String> outputs = new HashSet<>();
        provisions.forEach(p -> outputs.add(p.page().output()));
        return outputs;
    }

    /** The reverse of every reference, read once every text is resolved. */
    private static BackLinks backLinks(List<Provision> provisions, List<Reaction> reactions, List<GlossaryTerm> terms,
                                       ReferenceResolver resolver) {
        Map<String, List<Provision>> themeProvisions = new LinkedHashMap<>();
        provisions.forEach(p -> themeProvisions.computeIfAbsent(p.theme().id(), t -> new ArrayList<>()).add(p));
        Map<String, List<Reaction>> actorReactions = new LinkedHashMap<>();
        Map<Integer, List<Reaction>> provisionReactions = new LinkedHashMap<>();
        for (Reaction reaction : reactions) {
            actorReactions.computeIfAbsent(reaction.actor().id(), a -> new ArrayList<>()).add(reaction);
            reaction.provisions().forEach(p -> provisionReactions.computeIfAbsent(p.number(), n -> new ArrayList<>()).add(reaction));
        }
        Map<String, List<Link>> references = resolver.backLinks();
        Map<String, List<GlossaryTerm>> termsByUrl = new LinkedHashMap<>();
        for (GlossaryTerm term : terms) {
            for (Link use : references.getOrDefault(BackLinks.key(ReferenceKind.TERM, term.id()), List.of())) {
                List<GlossaryTerm> used = use.url() == null ? null : termsByUrl.computeIfAbsent(use.url(), u -> new ArrayList<>());
                if (used != null && !used.contains(term)) {
                    used.add(term);
                }
            }
        }
        return new BackLinks(frozen(themeProvisions), frozen(actorReactions), frozen(provisionReactions), references,
                frozen(termsByUrl));
    }

    private static <K, V> Map<K, List<V>> frozen(Map<K, List<V>> lists) {
        Map<K, List<V>> copy = new HashMap<>();
        lists.forEach((key, list) -> copy.put(key, List.copyOf(list)));
        return copy;
    }
}
