package folio.site;

import folio.content.ReferenceNode;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Node;

/**
 * A Markdown text with every reference resolved, ready to become HTML. It holds no HTML: what
 * depends on the page it appears on (links relative to that page, citation numbers, a term's
 * first use) is decided when the render stage writes it into a page. Templates see it through
 * the fields whose names end in {@code Html}, already rendered for the current page.
 *
 * <p>{@code inline} texts (one-paragraph YAML fields) are written without their {@code <p>};
 * {@code popovers} is false for texts that must not open term definitions (the definitions
 * themselves); {@code cited} tells whether the text cites sources of its own.
 */
public final class Markup {
    /**
     * What a resolved reference links to: {@code url} is a site path ("glossary/#term-donbas") or,
     * for a {@code [[page:#anchor]]} on the same page, a fragment ("#anchor"); {@code popover} is
     * true for a term whose definition may open in place.
     */
    public record Target(String url, String label, boolean popover) {}

    /** The tree and what was resolved in it; shared with the parts made by {@link #before} and {@link #from}. */
    private final MarkupTree tree;
    private final boolean inline;
    private final boolean popovers;
    private final boolean cited;
    private final boolean footnotes;
    /** The top-level blocks shown: from the {@code from}th up to (not including) the {@code to}th. */
    private final int from;
    private final int to;

    Markup(Node document, boolean inline, boolean popovers, boolean cited, boolean footnotes, Set<Node> sitePaths,
           Map<ReferenceNode, Target> targets) {
        this(new MarkupTree(new MarkupTree.Tree(document, sitePaths, targets), null), inline, popovers, cited, footnotes);
    }

    /** A page's body: its tree can be let go after assembly and made again from its packed form when it is shown. */
    Markup(MarkupTree tree, boolean inline, boolean popovers, boolean cited, boolean footnotes) {
        this(tree, inline, popovers, cited, footnotes, 0, Integer.MAX_VALUE);
    }

    private Markup(MarkupTree tree, boolean inline, boolean popovers, boolean cited, boolean footnotes, int from, int to) {
        this.tree = tree;
        this.from = from;
        this.to = to;
        this.inline = inline;
        this.popovers = popovers;
        this.cited = cited;
        this.footnotes = footnotes;
    }

    /** A text that refers to nothing on the site (its links are left as written), for tests and tools. */
    public static Markup of(Node document, boolean inline) {
        boolean[] cited = {false};
        boolean[] footnotes = {false};
        document.accept(new org.commonmark.node.AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.CustomNode node) {
                cited[0] |= node instanceof folio.content.CitationNode;
                footnotes[0] |= folio.content.Markdown.isFootnote(node);
                visitChildren(node);
            }

            @Override
            public void visit(org.commonmark.node.CustomBlock block) {
                footnotes[0] |= folio.content.Markdown.isFootnote(block);
                visitChildren(block);
            }
        });
        return new Markup(document, inline, false, cited[0], footnotes[0], Set.of(), Map.of());
    }

    static Set<Node> nodeSet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    /** A table keyed by node identity: two references written alike are still two nodes. */
    static Map<ReferenceNode, Target> targetTable() {
        return new IdentityHashMap<>();
    }

    /** The tree this text shares with its parts, and the blocks it shows: what {@link ModelDigest} reads. */
    MarkupTree tree() {
        return tree;
    }

    int firstBlock() {
        return from;
    }

    int endBlock() {
        return to;
    }

    /** The Markdown tree; a page's body let go after assembly is made again here from its packed form, and held until {@link #release}. */
    public Node document() {
        return tree.get().document();
    }

    /**
     * Lets the Markdown tree be collected: the render stage calls it once the only page that shows
     * this text is written (keeping its plain start for the search index), so a site of 100,000
     * pages does not hold every page's tree to the end of the build. Its headings' anchors are kept
     * ({@link #hasHeading}: any page may link into another's headings). Reading a page's body
     * afterwards makes its tree again; reading any other text fails.
     */
    public void release() {
        tree.release();
    }

    /** Whether the tree is held now (not let go, or made again since). */
    public boolean holdsTree() {
        return tree.held() != null;
    }

    public boolean inline() {
        return inline;
    }

    public boolean popovers() {
        return popovers;
    }

    public boolean cited() {
        return cited;
    }

    /** Whether the text has footnotes (CommonMark-java numbers them and moves them to its end). */
    public boolean footnotes() {
        return footnotes;
    }

    /** True when this is a part of a text (see {@link #before}): only the blocks {@link #blocks} gives are shown. */
    public boolean isPart() {
        return from > 0 || to < Integer.MAX_VALUE;
    }

    /** The top-level blocks this text shows, in order. */
    public java.util.List<Node> blocks() {
        java.util.List<Node> blocks = new java.util.ArrayList<>();
        int index = 0;
        for (Node child = document().getFirstChild(); child != null; child = child.getNext(), index++) {
            if (index >= from && index < to) {
                blocks.add(child);
            }
        }
        return blocks;
    }

    /** The text up to the heading whose anchor is {@code headingId} (all of it when no heading has it). */
    public Markup before(String headingId) {
        int at = headingIndex(headingId);
        return new Markup(tree, inline, popovers, cited, footnotes, from, at < 0 ? to : Math.min(at, to));
    }

    /** The text from the heading whose anchor is {@code headingId} on (nothing when no heading has it). */
    public Markup from(String headingId) {
        int at = headingIndex(headingId);
        return new Markup(tree, inline, popovers, cited, footnotes, at < 0 ? Integer.MAX_VALUE : Math.max(at, from), to);
    }

    /**
     * True when the text was refused by the Markdown limits, with an error at its place: it shows
     * nothing, and what its headings are is unknown, so a link to one of them is not another mistake.
     */
    public boolean refused() {
        return tree.refused();
    }

    /** Whether a heading of this text has the anchor {@code headingId}. */
    public boolean hasHeading(String headingId) {
        int at = headingIndex(headingId);
        return at >= from && at < to;
    }

    /**
     * Where the heading of this text (of the part shown, for a part) whose anchor is {@code headingId}
     * is written in its file; empty when none has it or the text's source is not known. Parses the
     * text again: for a message about a page, not for rendering one.
     */
    public java.util.Optional<folio.diag.SourcePosition> headingPosition(String headingId) {
        folio.content.TextPlace start = tree.start();
        String text = tree.text();
        if (start == null || text == null || !hasHeading(headingId)) {
            return java.util.Optional.empty();
        }
        return folio.content.HeadingAnchors.position(text, start, headingId);
    }

    /**
     * The footnote of this text that gives a page the id {@code id} ({@code fn-label}, {@code fnref-label}), with where
     * it is defined; empty when none does or the text's source is not known. Parses the text again, as {@link #headingPosition}.
     */
    public java.util.Optional<folio.content.FootnotePlace> footnote(String id) {
        folio.content.TextPlace start = tree.start();
        String text = tree.text();
        return !footnotes || start == null || text == null ? java.util.Optional.empty() : folio.content.FootnotePlace.find(text, start, id);
    }

    /** The anchors of this text's headings, in order: what a link into it can name. */
    public List<String> headingIds() {
        return tree.anchors().places().entrySet().stream().filter(e -> e.getValue() >= from && e.getValue() < to)
                .map(Map.Entry::getKey).toList();
    }

    /**
     * Each heading of the tree {@link #document} gives now, with its anchor: the text's own anchors,
     * not a count within one render (a layout may render a text a part at a time).
     */
    public Map<Node, String> headingAnchors() {
        List<String> anchors = tree.anchors().inOrder();
        if (anchors.isEmpty()) {
            return Map.of();
        }
        List<org.commonmark.node.Heading> headings = folio.content.HeadingAnchors.headings(document());
        Map<Node, String> byHeading = new IdentityHashMap<>();
        for (int i = 0; i < headings.size() && i < anchors.size(); i++) {
            byHeading.put(headings.get(i), anchors.get(i));
        }
        return byHeading;
    }

    /** The place among the top-level blocks of the heading with this anchor (-1 when none has it). */
    private int headingIndex(String headingId) {
        return tree.anchors().places().getOrDefault(headingId, -1);
    }

    /**
     * What assembly resolved a reference of this text to; null when it was not resolved (a
     * mistake that stops the build, or a text made by {@link #of}).
     */
    public Target target(ReferenceNode node) {
        return tree.get().targets().get(node);
    }

    /** True for a link or image whose destination assembly made a site path (relative to the site root). */
    public boolean linksToSitePath(Node node) {
        return tree.get().sitePaths().contains(node);
    }
}
