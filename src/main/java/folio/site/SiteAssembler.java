package folio.site;

import folio.content.ContentParser;
import folio.content.ContentParser.Entry;
import folio.content.ContentParser.ParsedProvision;
import folio.content.Markdown;
import folio.content.Raw;
import folio.content.YamlNode;
import folio.content.YamlReader;
import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.Set;
import java.util.TreeMap;

/**
 * The assemble stage: validates every entry, resolves every cross-reference and builds the
 * immutable {@link Site} that templates see. Reports all problems it finds before giving up.
 */
public final class SiteAssembler {
    private final SiteConfig config;
    private final Diagnostics diagnostics;
    private final Checks checks;
    private final Targets targets = new Targets();
    private ReferenceResolver resolver;
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final Map<String, Theme> themes = new LinkedHashMap<>();
    private final Map<String, List<Provision>> themeMembers = new HashMap<>();
    private final Map<String, Document> documents = new LinkedHashMap<>();
    private final Map<String, Actor> actors = new LinkedHashMap<>();
    private final Map<String, List<Reaction>> actorReactions = new HashMap<>();
    private final Map<Integer, Provision> provisions = new TreeMap<>();
    private final Map<Integer, List<Reaction>> provisionReactions = new HashMap<>();
    private final Map<String, List<Link>> provisionMentions = new HashMap<>();
    private final Map<String, List<Link>> termUses = new HashMap<>();
    private final Map<String, List<Link>> sourceCitations = new HashMap<>();
    private final Map<String, String> listingPages = new HashMap<>();
    private final Map<String, Pagination.Plan> paginated = new HashMap<>();

    private SiteAssembler(SiteConfig config, Diagnostics diagnostics) {
        this.config = config;
        this.diagnostics = diagnostics;
        this.checks = new Checks(diagnostics);
    }

    public static Optional<Site> assemble(ContentParser.ParsedContent content, SiteConfig config, Set<String> assets,
                                          boolean drafts, Diagnostics diagnostics) {
        return new SiteAssembler(config, diagnostics).run(content, assets, drafts);
    }

    private Optional<Site> run(ContentParser.ParsedContent content, Set<String> assets, boolean drafts) {
        List<PageAssembler.PagePlan> plans = PageAssembler.plan(content.pages(), drafts, diagnostics);
        Map<String, String> outputsBySource = new HashMap<>();
        for (PageAssembler.PagePlan plan : plans) {
            outputsBySource.put(plan.parsed().file().relative(), plan.output());
            targets.put("page", plan.id(), new Targets.Target(plan.raw().title() == null ? plan.id() : plan.raw().title(),
                    plan.url(), false));
        }
        Map<String, String> listingUrls = new HashMap<>();
        plans.stream().filter(p -> p.raw().lists() != null)
                .forEach(p -> p.raw().lists().forEach(c -> listingUrls.putIfAbsent(c, p.url())));
        listingPages.putAll(listingUrls);

        Map<String, Entry<Raw.Source>> sourceEntries = checks.index(content.collection("sources"), Raw.Source::id, "source");
        Map<String, Entry<Raw.Theme>> themeEntries = checks.index(content.collection("themes"), Raw.Theme::id, "theme");
        Map<String, Entry<Raw.Document>> documentEntries = checks.index(content.collection("documents"), Raw.Document::id, "document");
        Map<String, Entry<Raw.Actor>> actorEntries = checks.index(content.collection("actors"), Raw.Actor::id, "actor");
        Map<String, Entry<Raw.Reaction>> reactionEntries = checks.index(content.collection("reactions"), Raw.Reaction::id, "reaction");
        Map<String, Entry<Raw.Event>> eventEntries = checks.index(content.collection("events"), Raw.Event::id, "event");
        Map<String, Entry<Raw.Term>> termEntries = checks.index(content.collection("terms"), Raw.Term::id, "term");
        Map<String, Entry<Raw.Comparison>> comparisonEntries = checks.index(content.collection("comparisons"), Raw.Comparison::id, "comparison");
        Map<String, Entry<Raw.Update>> updateEntries = checks.index(content.collection("updates"), Raw.Update::id, "update");
        Map<String, Entry<Raw.MapLayer>> mapEntries = checks.index(content.collection("map"), Raw.MapLayer::id, "map layer");
        // The map is one drawing and themes group the provisions: neither is split.
        paginated.putAll(Pagination.planAll(plans, diagnostics, Map.of("actors", actorEntries, "reactions", reactionEntries,
                "events", eventEntries, "terms", termEntries, "sources", sourceEntries, "documents", documentEntries,
                "comparisons", comparisonEntries, "updates", updateEntries)));

        // Targets first, so that text anywhere can refer to anything.
        Map<String, ReferenceResolver.SourceInfo> sourceInfo = new HashMap<>();
        sourceEntries.forEach((id, e) -> {
            SourceFlag flag = SourceFlag.of(e.raw().flag()).orElse(SourceFlag.NONE);
            sourceInfo.put(id, new ReferenceResolver.SourceInfo(flag));
            String outlet = SourceAssembler.outletOf(e.raw());
            targets.put("source", id, new Targets.Target(outlet == null ? id : outlet,
                    itemUrl("sources", id, id), false));
        });
        actorEntries.forEach((id, e) -> targets.put("actor", id, new Targets.Target(
                e.raw().name() == null ? id : e.raw().name(), itemUrl("actors", id, id), false)));
        eventEntries.forEach((id, e) -> targets.put("event", id, new Targets.Target(
                e.raw().title() == null ? id : e.raw().title(), itemUrl("events", id, id), false)));
        termEntries.forEach((id, e) -> targets.put("term", id, new Targets.Target(
                e.raw().term() == null ? id : e.raw().term(), itemUrl("terms", id, id), false)));
        Map<Integer, ParsedProvision> provisionFiles = indexProvisions(content.provisions());
        provisionFiles.keySet().forEach(n -> targets.put("provision", String.valueOf(n),
                new Targets.Target("point " + n, "provisions/" + n + "/", false)));
        resolver = new ReferenceResolver(targets, sourceInfo, outputsBySource, assets, diagnostics);

        // Term definitions first, without popovers, so other text can show them inline.
        Map<String, Markup> definitions = new HashMap<>();
        termEntries.forEach((id, e) -> {
            if (checks.required(e, "definition", e.raw().definition(), "term")) {
                Markup html = inline(e, "definition", e.raw().definition(), new Link(e.raw().term(), targetUrl("term", id)), false);
                definitions.put(id, html);
                targets.withDefinition(id);
            }
        });

        sourceEntries.forEach(this::buildSource);
        themeEntries.forEach(this::buildTheme);
        documentEntries.forEach(this::buildDocument);
        actorEntries.forEach(this::buildActor);
        provisionFiles.forEach(this::buildProvision);
        List<Reaction> reactions = new ArrayList<>();
        ReactionAssembler reactionAssembler = new ReactionAssembler(this, checks, diagnostics, actors, provisions, documents,
                themes.values());
        reactionEntries.forEach((id, e) -> buildReaction(id, e, reactionAssembler).ifPresent(reactions::add));
        List<TimelineEvent> events = new EventAssembler(this, checks, diagnostics).build(eventEntries);
        List<GlossaryTerm> terms = new ArrayList<>();
        termEntries.forEach((id, e) -> buildTerm(id, e, definitions.get(id)).ifPresent(terms::add));
        List<Comparison> comparisons = new ArrayList<>();
        comparisonEntries.forEach((id, e) -> buildComparison(id, e).ifPresent(comparisons::add));
        List<Update> updates = new ArrayList<>();
        updateEntries.forEach((id, e) -> buildUpdate(id, e).ifPresent(updates::add));
        List<MapLayer> mapLayers = new MapAssembler(this, checks, diagnostics, provisions, listingUrl("map")).build(mapEntries);

        // Pages are independent of each other once every target is known: build them in parallel.
        List<Page> pages = new ArrayList<>(plans.parallelStream().map(this::buildPage).toList());
        List<MenuEntry> menu = buildMenu(content, pages);

        if (diagnostics.hasErrors()) {
            return Optional.empty();
        }
        fillBackLinks();
        reactions.sort(Comparator.comparing(Reaction::date).thenComparing(Reaction::id));
        terms.sort(Comparator.comparing((GlossaryTerm t) -> t.term().toLowerCase(java.util.Locale.ROOT)).thenComparing(GlossaryTerm::id));
        updates.sort(Comparator.comparing(Update::date).reversed().thenComparing(Update::id));
        List<Source> sourceList = new ArrayList<>(sources.values());
        sourceList.sort(Comparator.comparing((Source s) -> s.outlet().toLowerCase(java.util.Locale.ROOT)).thenComparing(Source::id));
        Set<String> provisionOutputs = new java.util.HashSet<>();
        provisions.values().forEach(p -> provisionOutputs.add(SitePaths.output(p.url())));
        List<Page> expanded = Pagination.expandAll(pages, paginated, provisionOutputs, diagnostics, Map.of("actors", List.copyOf(actors.values()),
                "reactions", reactions, "events", events, "terms", terms, "sources", sourceList,
                "documents", List.copyOf(documents.values()), "comparisons", comparisons, "updates", updates));
        pages.clear();
        pages.addAll(expanded);
        pages.sort(Comparator.comparingInt(Page::weight).thenComparing(Page::id));
        PartialDate coverage = new PartialDate(config.coverageUntil(), config.coverageUntil(), PartialDate.Precision.DAY, false);
        PartialDate lastUpdated = updates.isEmpty() ? coverage : updates.get(0).date();
        List<Provision> provisionList = List.copyOf(provisions.values());
        FormerIds formerIds = PublishedIds.check(content.publishedIds(), Map.of(
                "provisions", provisionFiles.keySet().stream().map(String::valueOf).collect(Collectors.toSet()),
                "documents", documentEntries.keySet(), "reactions", reactionEntries.keySet(),
                "events", eventEntries.keySet(), "actors", actorEntries.keySet(), "terms", termEntries.keySet(),
                "sources", sourceEntries.keySet()), diagnostics);
        return Optional.of(new Site(config, List.copyOf(pages), menu, List.copyOf(themes.values()), provisionList,
                List.copyOf(actors.values()), List.copyOf(reactions), events, List.copyOf(terms), List.copyOf(sourceList),
                List.copyOf(documents.values()), List.copyOf(comparisons), List.copyOf(updates), lastUpdated,
                resolver.anchorChecks(), mapLayers, formerIds));
    }

    private static String anchored(String listingUrl, String anchor) {
        return listingUrl == null ? null : listingUrl + "#" + anchor;
    }

    /**
     * Where an item of a listed collection is shown: its anchor on the listing page, or on the
     * page of a paginated listing that holds it; null when no page lists the collection.
     */
    String itemUrl(String collection, String id, String anchor) {
        Pagination.Plan plan = paginated.get(collection);
        Integer number = plan == null ? null : plan.pageOf().get(id);
        return anchored(number == null ? listingUrl(collection) : plan.pageUrl(number), anchor);
    }

    /** The URL a reference of this kind and id links to, or null when no page lists that collection. */
    String targetUrl(String kind, String id) {
        Targets.Target target = targets.get(kind, id);
        return target == null ? null : target.url();
    }

    /** Renders a YAML text field as inline Markdown, resolving its references. */
    Markup inline(Entry<?> entry, String key, String text, Link owner, boolean popovers) {
        if (text == null) {
            return null;
        }
        SourcePosition at = entry.keyAt(key);
        SourcePosition valueAt = new SourcePosition(at.path(), at.line(), Math.max(at.column(), 1) + key.length() + 2);
        Markdown.Parsed parsed = Markdown.parse(text, valueAt, diagnostics);
        return resolver.render(parsed, owner == null ? new Link("", "") : owner, "", true, popovers);
    }

    Markup inline(Entry<?> entry, String key, String text, Link owner) {
        return inline(entry, key, text, owner, true);
    }

    /** Resolves a list of source ids; reports unknown ones at the key's line. Required lists must be non-empty. */
    List<Source> sourceList(Entry<?> entry, List<String> ids, boolean required, String what, Link owner) {
        if (ids == null || ids.isEmpty()) {
            if (required) {
                // No sources key: report at the entry, not at the next entry's sources line.
                diagnostics.error(ids == null ? entry.at() : entry.keyAt("sources"), what + " has no sources: add sources: [source-id] "
                        + "(every statement on the site needs a citation)");
            }
            return List.of();
        }
        resolver.checkCitation(ids, () -> entry.keyAt("sources"), owner == null ? new Link("", "") : owner);
        List<Source> list = new ArrayList<>();
        for (String id : ids) {
            Source source = sources.get(id);
            if (source != null) {
                list.add(source);
            }
        }
        return List.copyOf(list);
    }

    private void buildSource(String id, Entry<Raw.Source> e) {
        List<Link> cited = new ArrayList<>();
        new SourceAssembler(checks, diagnostics).build(id, e, itemUrl("sources", id, id),
                Collections.unmodifiableList(cited), origin(e)).ifPresent(source -> {
                    sourceCitations.put(id, cited);
                    sources.put(id, source);
                });
    }

    private void buildTheme(String id, Entry<Raw.Theme> e) {
        Raw.Theme raw = e.raw();
        if (!(checks.required(e, "name", raw.name(), "theme") & checks.required(e, "description", raw.description(), "theme"))) {
            return;
        }
        List<Provision> members = new ArrayList<>();
        themeMembers.put(id, members);
        themes.put(id, new Theme(id, raw.name(), inline(e, "description", raw.description(), null),
                Collections.unmodifiableList(members)));
    }

    private void buildDocument(String id, Entry<Raw.Document> e) {
        Raw.Document raw = e.raw();
        boolean ok = checks.required(e, "name", raw.name(), "document") & checks.required(e, "status", raw.status(), "document")
                & checks.required(e, "summary", raw.summary(), "document");
        PartialDate date = checks.date(e, "date", raw.date(), false, true, "document");
        Link owner = new Link(raw.name(), itemUrl("documents", id, id));
        List<Source> list = sourceList(e, raw.sources(), true, "document", owner);
        if (ok && date != null) {
            documents.put(id, new Document(id, raw.name(), raw.status(), date, inline(e, "summary", raw.summary(), owner),
                    list, owner.url()));
        }
    }

    private void buildActor(String id, Entry<Raw.Actor> e) {
        Raw.Actor raw = e.raw();
        boolean ok = checks.required(e, "name", raw.name(), "actor") & checks.required(e, "role", raw.role(), "actor");
        String kind = checks.oneOf(e, "kind", raw.kind(), List.of("person", "body"), "actor");
        String group = checks.oneOf(e, "group", raw.group(), Groups.ORDER, "actor");
        Link owner = new Link(raw.name(), targetUrl("actor", id));
        List<Source> list = sourceList(e, raw.sources(), false, "actor", owner);
        if (!ok || kind == null || group == null) {
            return;
        }
        List<Reaction> reactions = new ArrayList<>();
        actorReactions.put(id, reactions);
        actors.put(id, new Actor(id, raw.name(), raw.role(), kind, group, Groups.label(group),
                inline(e, "description", raw.description(), owner), list, owner.url(), Collections.unmodifiableList(reactions),
                origin(e)));
    }

    private Map<Integer, ParsedProvision> indexProvisions(List<ParsedProvision> files) {
        Map<Integer, ParsedProvision> byNumber = new TreeMap<>();
        for (ParsedProvision file : files) {
            Integer number = file.raw().number();
            SourcePosition at = file.frontMatter().keyAt("number", SourcePosition.of(file.file().path(), 1));
            if (number == null || number < 1 || number > 999) {
                diagnostics.error(at, "provision needs number: a whole number from 1, like number: 21");
                continue;
            }
            ParsedProvision other = byNumber.putIfAbsent(number, file);
            if (other != null) {
                diagnostics.error(at, "duplicate provision number " + number + ": also used in " + other.file().path());
            }
        }
        return byNumber;
    }

    private void buildProvision(int number, ParsedProvision file) {
        new ProvisionAssembler(this, checks, diagnostics, themes, documents, resolver)
                .build(number, file, reactionsOf(number), mentionsOf(String.valueOf(number))).ifPresent(p -> {
                    provisions.put(number, p);
                    List<Provision> members = themeMembers.get(p.theme().id());
                    if (members != null) {
                        members.add(p);
                    }
                });
    }

    List<Reaction> reactionsOf(int number) {
        return provisionReactions.computeIfAbsent(number, n -> new ArrayList<>());
    }

    List<Link> mentionsOf(String provisionId) {
        return provisionMentions.computeIfAbsent(provisionId, n -> new ArrayList<>());
    }

    private Optional<Reaction> buildReaction(String id, Entry<Raw.Reaction> e, ReactionAssembler assembler) {
        Optional<Reaction> built = assembler.build(id, e, sources::get, itemUrl("reactions", id, id));
        built.ifPresent(reaction -> {
            actorReactions.get(reaction.actor().id()).add(reaction);
            reaction.provisions().forEach(p -> reactionsOf(p.number()).add(reaction));
        });
        return built;
    }

    /** Checks cited source ids (see {@link ReferenceResolver#checkCitation}). */
    boolean checkCitation(List<String> ids, java.util.function.Supplier<SourcePosition> where, Link owner) {
        return resolver.checkCitation(ids, where, owner);
    }

    private String listingUrl(String collection) {
        return listingPages.get(collection);
    }

    private Optional<GlossaryTerm> buildTerm(String id, Entry<Raw.Term> e, Markup definition) {
        Raw.Term raw = e.raw();
        boolean ok = checks.required(e, "term", raw.term(), "term");
        Link owner = new Link(raw.term(), targetUrl("term", id));
        List<Source> list = sourceList(e, raw.sources(), true, "term", owner);
        if (!ok || definition == null) {
            return Optional.empty();
        }
        List<Link> uses = new ArrayList<>();
        termUses.put(id, uses);
        return Optional.of(new GlossaryTerm(id, raw.term(), raw.aliases() == null ? List.of() : List.copyOf(raw.aliases()),
                definition, list, owner.url(), Collections.unmodifiableList(uses), origin(e)));
    }

    private Optional<Comparison> buildComparison(String id, Entry<Raw.Comparison> e) {
        Raw.Comparison raw = e.raw();
        boolean ok = checks.required(e, "issue", raw.issue(), "comparison") & checks.required(e, "cells", raw.cells(), "comparison");
        Link owner = new Link(raw.issue(), itemUrl("comparisons", id, "issue-" + id));
        Map<String, Raw.Cell> cells = raw.cells() == null ? Map.of() : raw.cells();
        for (String documentId : cells.keySet()) {
            if (!documents.containsKey(documentId)) {
                String hint = folio.content.Suggestions.closest(documentId, documents.keySet())
                        .map(s -> "did you mean '" + s + "'? ").orElse("");
                diagnostics.error(e.keyAt(documentId), "comparison cell names unknown document '" + documentId + "': " + hint
                        + "documents are " + String.join(", ", documents.keySet()));
                ok = false;
            }
        }
        List<Comparison.Cell> row = new ArrayList<>();
        for (Document document : documents.values()) {
            Raw.Cell cell = cells.get(document.id());
            if (cell == null) {
                row.add(new Comparison.Cell(document, false, null, List.of()));
                continue;
            }
            if (cell.text() == null || cell.text().isBlank()) {
                diagnostics.error(e.keyAt(document.id()), "comparison cell '" + document.id() + "' needs text: ...");
                ok = false;
                continue;
            }
            List<Source> list = sourceList(e, cell.sources(), true, "comparison cell '" + document.id() + "'", owner);
            row.add(new Comparison.Cell(document, true, inline(e, document.id(), cell.text(), owner), list));
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new Comparison(id, raw.issue(), List.copyOf(row), inline(e, "note", raw.note(), owner)));
    }

    private Optional<Update> buildUpdate(String id, Entry<Raw.Update> e) {
        Raw.Update raw = e.raw();
        PartialDate date = checks.date(e, "date", raw.date(), false, true, "update");
        String kind = checks.oneOf(e, "kind", raw.kind(), List.of("update", "correction"), "update");
        boolean ok = checks.required(e, "text", raw.text(), "update");
        Link owner = new Link("Update " + id, itemUrl("updates", id, "update-" + id));
        if (date == null || kind == null || !ok) {
            return Optional.empty();
        }
        return Optional.of(new Update(id, date, kind, inline(e, "text", raw.text(), owner)));
    }

    private Page buildPage(PageAssembler.PagePlan plan) {
        Raw.Page raw = plan.raw();
        Entry<Raw.Page> entry = new Entry<>(raw, SourcePosition.of(plan.parsed().file().path(), plan.parsed().frontMatter().origin().line()),
                plan.parsed().frontMatter());
        PartialDate date = checks.date(entry, "date", raw.date(), false, false, "page");
        PartialDate updated = checks.date(entry, "updated", raw.updated(), false, false, "page");
        Link owner = new Link(raw.title() == null ? plan.id() : raw.title(), plan.url());
        String relative = plan.parsed().file().relative();
        String baseDir = relative.contains("/") ? relative.substring(0, relative.lastIndexOf('/') + 1) : "";
        Markup html = resolver.render(plan.parsed().body().parse(diagnostics), owner, baseDir, false, true);
        String layout = raw.layout() == null ? "page" : raw.layout();
        return new Page(plan.id(), plan.parsed().file().path(), plan.url(), plan.output(),
                raw.title() == null ? "" : raw.title(), raw.description(), date, updated, layout, raw.lists() == null ? List.of() : List.copyOf(raw.lists()),
                raw.weight() == null ? 0 : raw.weight(), html, raw.params() == null ? Map.of() : Map.copyOf(raw.params()),
                editUrl(plan.parsed().file().path()), null);
    }

    /** Where an entry is written, with its GitHub links when the site names a repository. */
    Origin origin(Entry<?> entry) {
        return Origin.of(entry.at(), config);
    }

    Origin origin(SourcePosition at) {
        return Origin.of(at, config);
    }

    String editUrl(String path) {
        return config.repository() == null ? null : config.repository() + "/edit/" + UrlPath.encode(config.editBranch() + "/" + path);
    }

    private List<MenuEntry> buildMenu(ContentParser.ParsedContent content, List<Page> pages) {
        List<MenuEntry> menu = new ArrayList<>();
        if (content.config().isEmpty()) {
            return menu;
        }
        YamlReader.Located config = content.config().get();
        for (YamlNode item : config.node().get("menu").map(YamlNode::items).orElse(List.of())) {
            String pageId = item.get("page").map(YamlNode::text).orElse("");
            String label = item.get("label").map(YamlNode::text).orElse("");
            Page page = pages.stream().filter(p -> p.id().equals(pageId)).findFirst().orElse(null);
            if (page == null) {
                String hint = folio.content.Suggestions.closest(pageId, pages.stream().map(Page::id).toList())
                        .map(s -> ": did you mean '" + s + "'?").orElse(": page ids are paths under content/ without .md");
                diagnostics.error(config.within(item).keyAt("page", config.at(item)),
                        "menu names page '" + pageId + "', which does not exist" + hint);
                continue;
            }
            menu.add(new MenuEntry(label.isEmpty() ? page.title() : label, page));
        }
        return List.copyOf(menu);
    }

    private void fillBackLinks() {
        termUses.forEach((id, list) -> list.addAll(resolver.backLinks("term", id)));
        sourceCitations.forEach((id, list) -> list.addAll(resolver.backLinks("source", id)));
        provisions.forEach((n, p) -> mentionsOf(p.id()).addAll(resolver.backLinks("provision", p.id())));
        actorReactions.values().forEach(list -> list.sort(Comparator.comparing(Reaction::date).thenComparing(Reaction::id)));
        provisionReactions.values().forEach(list -> list.sort(Comparator.comparing(Reaction::date).thenComparing(Reaction::id)));
    }
}
