package folio.site;

import folio.content.CitationNode;
import folio.content.Markdown;
import folio.content.ReferenceKind;
import folio.content.ReferenceNode;
import folio.content.ReferenceSyntax;
import folio.content.Suggestions;
import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.commonmark.node.Image;
import org.commonmark.node.Link;

/**
 * Resolves what Markdown refers to: {@code [[kind:id]]} references become links, citations are
 * checked against the sources, relative links and images are rewritten to site paths
 * ({@link LinkRewriter}). Records back-links (who mentions a term, which pages cite a source) as it goes.
 * Why a reference links nowhere is {@link UnresolvedReferences}' to say.
 */
final class ReferenceResolver {
    private final Targets targets;
    private final Map<String, SourceInfo> sources;
    private final Diagnostics diagnostics;
    private final LinkRewriter links;
    private final UnresolvedReferences unresolved;
    // Pages are resolved in parallel: shared state is concurrent, and read back in a sorted order.
    private final Map<String, Set<folio.site.Link>> backLinks = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<AnchorCheck> anchorChecks = java.util.Collections.synchronizedList(new ArrayList<>());

    /** What the resolver needs to know of a source to check a citation. */
    record SourceInfo(SourceFlag flag) {}

    ReferenceResolver(Targets targets, Map<String, SourceInfo> sources, Map<String, String> pageOutputsBySource,
                      Set<String> assets, Diagnostics diagnostics) {
        this.targets = targets;
        this.sources = sources;
        this.diagnostics = diagnostics;
        this.unresolved = new UnresolvedReferences(targets, diagnostics);
        this.links = new LinkRewriter(pageOutputsBySource, assets,
                id -> targets.refused(folio.content.ReferenceKind.PAGE, id), targets::draftFile, anchorChecks, diagnostics);
    }

    /**
     * Resolves and renders a parsed text. {@code owner} is where the text appears (for back-links);
     * {@code baseDir} the content-relative folder that relative links start from.
     */
    Markup render(Markdown.Parsed parsed, folio.site.Link owner, String baseDir, boolean inline, boolean popovers) {
        MarkupTree.Tree tree = resolve(parsed, owner, baseDir, popovers);
        // The text, and where it is written, are kept only where a heading or a footnote is (a page's own text, rarely
        // a data file's): for where the ids they give a page come from. A YAML value's place holds its file's text.
        String text = folio.content.HeadingAnchors.headings(tree.document()).isEmpty() && !parsed.footnotes() ? null
                : parsed.positions().text();
        return new Markup(new MarkupTree(tree, null, parsed.refused(), text == null ? null : parsed.place(), text), inline, popovers,
                !parsed.citations().isEmpty(), parsed.footnotes());
    }

    /**
     * Resolves a page's body and lets its tree go: the render stage makes it again in the page's own
     * job from the tree as parsed, packed before resolving (a kept parse is that already), with what
     * was resolved here put back (see {@link MarkupTree.Replay}). {@code parsed} may be a kept parse
     * expanded without most texts ({@link folio.content.MarkdownCache#parseToResolve}): nothing here
     * reads them, and the tree is let go before anything else can.
     */
    Markup renderBody(Markdown.Parsed parsed, folio.site.Link owner, String baseDir) {
        // Packed as parsed, before resolving: a kept parse is that packed form already.
        Markdown.Packed asParsed = parsed.packed() != null ? parsed.packed()
                : Markdown.Packed.of(parsed.document(), parsed.positions().text());
        List<String> parsedDestinations = asParsed == null ? null : MarkupTree.Replay.destinations(asParsed.marked());
        MarkupTree.Tree tree = resolve(parsed, owner, baseDir, true);
        MarkupTree.Replay packed = asParsed == null ? null : MarkupTree.Replay.resolved(asParsed, parsedDestinations, tree);
        // The packed form holds the text; without one (a tree it cannot pack) the text is kept as above.
        String text = packed != null || folio.content.HeadingAnchors.headings(tree.document()).isEmpty() && !parsed.footnotes()
                ? null : parsed.positions().text();
        Markup markup = new Markup(new MarkupTree(tree, packed, parsed.refused(), parsed.place(), text), false, true,
                !parsed.citations().isEmpty(), parsed.footnotes());
        if (packed != null) {
            markup.release();
        }
        return markup;
    }

    private MarkupTree.Tree resolve(Markdown.Parsed parsed, folio.site.Link owner, String baseDir, boolean popovers) {
        Set<org.commonmark.node.Node> sitePaths = Markup.nodeSet();
        Map<ReferenceNode, Markup.Target> resolved = parsed.references().isEmpty() ? Map.of() : Markup.targetTable();
        for (ReferenceNode node : parsed.references()) {
            Markup.Target target = resolve(node, owner, popovers);
            if (target != null) {
                resolved.put(node, target);
            }
        }
        for (CitationNode citation : parsed.citations()) {
            checkCitation(citation.sourceIds(), citation::position, owner, to -> "cite [@" + to + "]");
        }
        for (int index = 0; index < parsed.links().size(); index++) {
            Link link = parsed.links().get(index);
            if (parsed.isSpacedFootnote(index)) {
                continue; // reported by the parse as a footnote
            }
            link.setDestination(links.rewrite(link, link.getDestination(), parsed.linkPosition(index), baseDir, sitePaths));
        }
        for (int index = 0; index < parsed.images().size(); index++) {
            Image image = parsed.images().get(index);
            image.setDestination(links.rewrite(image, image.getDestination(), parsed.imagePosition(index), baseDir, sitePaths));
        }
        return new MarkupTree.Tree(parsed.document(), sitePaths, resolved);
    }

    /** What {@code node} links to; null after reporting why it links nowhere. */
    private Markup.Target resolve(ReferenceNode node, folio.site.Link owner, boolean popovers) {
        ReferenceSyntax.Reference reference = node.reference();
        if (reference.kind() == ReferenceKind.PAGE && reference.id().isEmpty()) {
            anchorChecks.add(new AnchorCheck(null, reference.anchor(), node.where()));
            return new Markup.Target("#" + reference.anchor(),
                    reference.label() != null ? reference.label() : reference.anchor(), false);
        }
        Targets.Target target = targets.get(reference.kind(), reference.id());
        if (target == null || target.url() == null) {
            unresolved.report(node, target);
            return null;
        }
        String url = target.url();
        if (reference.anchor() != null) {
            // The home page's address is "", and "#x" alone is a heading of the page that links.
            url = (url.isEmpty() ? "index.html" : url) + "#" + reference.anchor();
            anchorChecks.add(new AnchorCheck(SitePaths.output(target.url()), reference.anchor(), node.where()));
        }
        mentionedIn(BackLinks.key(reference.kind(), reference.id()), owner);
        String label = reference.label() != null ? reference.label() : target.label();
        // A term's definition opens in place at its first use on a page (see the render stage).
        return new Markup.Target(url, label, reference.kind() == ReferenceKind.TERM && popovers && target.hasDefinition());
    }

    /**
     * Checks a list of cited source ids; returns false when one is unknown. {@code where} gives
     * the citation's position, which is worked out only for a report (it may cost a parse).
     */
    boolean checkCitation(List<String> ids, Supplier<SourcePosition> where, folio.site.Link owner,
                          java.util.function.UnaryOperator<String> fix) {
        boolean ok = true;
        boolean standsAlone = false;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                diagnostics.error(where.get(), "source '" + id + "' is cited twice here, so the page would show it twice: "
                        + "remove one");
                ok = false;
                continue;
            }
            SourceInfo source = sources.get(id);
            if (source == null && targets.refused(ReferenceKind.SOURCE, id)) {
                ok = false; // its id is refused at the source, with an error of its own
                continue;
            }
            String removed = source == null ? targets.removedIds().explain(folio.content.CollectionName.SOURCES.id(), id, fix) : null;
            if (removed != null) {
                diagnostics.error(where.get(), "unknown source '" + id + "': " + removed);
                ok = false;
                continue;
            }
            if (source == null) {
                String hint = Suggestions.closest(id, sources.keySet()).map(s -> ": " + Suggestions.question(s))
                        .orElse(": add it to content/data/sources.yaml or fix the id");
                diagnostics.error(where.get(), "unknown source '" + id + "'" + hint);
                ok = false;
                continue;
            }
            standsAlone |= source.flag().standsAlone();
            mentionedIn(BackLinks.key(ReferenceKind.SOURCE, id), owner);
        }
        if (ok && !ids.isEmpty() && !standsAlone) {
            diagnostics.error(where.get(), "cited only to aggregator sources (" + String.join(", ", ids)
                    + "): an aggregator may support a claim but never be its only source; add a better source");
        }
        return ok;
    }

    /** Records that the item {@code key} ("kind:id") is mentioned in {@code owner}. */
    private void mentionedIn(String key, folio.site.Link owner) {
        backLinks.computeIfAbsent(key, k -> java.util.concurrent.ConcurrentHashMap.newKeySet()).add(owner);
    }

    /** What a reference of this kind and id points at, or null. */
    Targets.Target target(ReferenceKind kind, String id) {
        return targets.get(kind, id);
    }

    /**
     * The places that refer to each item ("kind:id"), each list sorted by URL then title so the
     * order never depends on threads. Read once every text is resolved.
     */
    Map<String, List<folio.site.Link>> backLinks() {
        Map<String, List<folio.site.Link>> all = new java.util.HashMap<>();
        backLinks.forEach((key, set) -> {
            List<folio.site.Link> links = new ArrayList<>(set);
            links.sort(java.util.Comparator.comparing((folio.site.Link l) -> l.url() == null ? "" : l.url())
                    .thenComparing(l -> l.title() == null ? "" : l.title()));
            all.put(key, List.copyOf(links));
        });
        return all;
    }

    List<AnchorCheck> anchorChecks() {
        synchronized (anchorChecks) {
            List<AnchorCheck> sorted = new ArrayList<>(anchorChecks);
            // By target, not position: positions are worked out only for a report (they cost a parse).
            sorted.sort(java.util.Comparator.comparing(AnchorCheck::output, java.util.Comparator.nullsFirst(
                    java.util.Comparator.<String>naturalOrder())).thenComparing(AnchorCheck::anchor));
            return List.copyOf(sorted);
        }
    }

    /** What content/published-ids.yaml says of ids no entry has now. */
    RemovedIds removedIds() {
        return targets.removedIds();
    }
}
