package folio.site;

import folio.content.CompactTree;
import folio.content.Markdown;
import folio.content.ReferenceNode;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.commonmark.node.Image;
import org.commonmark.node.Node;

/**
 * The Markdown tree of a resolved text with what assembly resolved in it, shared by the parts of
 * that text ({@link Markup#before}). A page's body is kept from assembly to render packed
 * ({@link Replay}), and made a tree again in the page's own render job: a tree of small nodes
 * that lives from assembly to render is copied node by node into the old generation, which costs
 * more than making it again from a few arrays (parsing the text again costs more still).
 */
final class MarkupTree {
    /** A tree with its tables, keyed by node identity: two references written alike are still two nodes. */
    record Tree(Node document, Set<Node> sitePaths, Map<ReferenceNode, Markup.Target> targets) {
        Tree {
            sitePaths = sitePaths.isEmpty() ? Set.of() : Collections.unmodifiableSet(sitePaths);
            targets = targets.isEmpty() ? Map.of() : Collections.unmodifiableMap(targets);
        }
    }

    /** Null while let go; then {@link #replay} makes it again, or (without one) reading it fails. */
    private volatile Tree tree;
    /** The text's heading anchors, worked out once (each costs a pattern match), null before. */
    private volatile TextAnchors anchors;
    private final Replay replay;
    /** The text was refused by the Markdown limits (and reported): its tree is empty, its headings unknown. */
    private final boolean refused;
    /**
     * Where the text is written in its file, and the text when no packed form holds it (null when it has no
     * heading or footnote): what {@link Markup#headingPosition} and {@link Markup#footnote} read, for a message
     * about a rendered page's ids.
     */
    private final folio.content.TextPlace start;
    private final String text;

    MarkupTree(Tree tree, Replay replay) {
        this(tree, replay, false, null, null);
    }

    MarkupTree(Tree tree, Replay replay, boolean refused, folio.content.TextPlace start, String text) {
        this.tree = tree;
        this.replay = replay;
        this.refused = refused;
        this.start = start;
        this.text = text;
    }

    folio.content.TextPlace start() {
        return start;
    }

    /** The Markdown text, held or in the packed form; null when neither holds it. */
    String text() {
        return text != null ? text : replay != null ? replay.packed().source() : null;
    }

    boolean refused() {
        return refused;
    }

    /** The tree, made again from the text when it was let go and can be; kept until {@link #release}. */
    Tree get() {
        Tree held = tree;
        if (held != null) {
            return held;
        }
        synchronized (this) {
            if (tree == null) {
                if (replay == null) {
                    throw new IllegalStateException("this text's Markdown tree was released once the page that shows it was written");
                }
                tree = replay.make();
            }
            return tree;
        }
    }

    /** The tree if it is held now, else null. */
    Tree held() {
        return tree;
    }

    /** The packed form the digest of a site's texts reads ({@link ModelDigest}); null when the tree cannot be packed. */
    Replay packedForDigest() {
        if (replay != null) {
            return replay;
        }
        Tree held = tree;
        return held == null ? null : Replay.of(held);
    }

    /**
     * The anchors of the text's headings, worked out on first request (the tree is resolved by
     * then and its headings' words do not change) and kept when the tree is let go: any page may
     * link to one.
     */
    TextAnchors anchors() {
        TextAnchors known = anchors;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (anchors == null) {
                anchors = TextAnchors.of(get().document());
            }
            return anchors;
        }
    }

    /** Lets the tree go, keeping its headings' anchors, which any page may link to. */
    synchronized void release() {
        if (tree == null) {
            return;
        }
        anchors();
        tree = null;
    }

    /**
     * A resolved tree packed with what assembly resolved in it, by place among the packed tree's
     * references, links and images ({@link CompactTree.Expanded#marked}): {@code targets} holds each
     * reference's target (null where unresolved), {@code sitePaths} which links and images were
     * made site paths, {@code destinations} each link's or image's address as rewritten (null where
     * it was not; the list is null when none was). A page's body is packed as parsed, before anything
     * in it was resolved, so its kept parse serves as it is ({@link Markdown.Parsed#packed}); then
     * {@code asParsed} is true, and the site's digest reads its text's checksum ({@code knownTextDigest}
     * when it was at hand) instead of the packed tree's.
     */
    record Replay(CompactTree packed, List<Markup.Target> targets, BitSet sitePaths, List<String> destinations,
                  boolean asParsed, Long knownTextDigest) {
        /** A resolved tree packed as it is, for the digest of a text that is held (not a page's body); null when it cannot be packed. */
        static Replay of(Tree tree) {
            CompactTree packed = CompactTree.of(tree.document());
            return packed == null ? null : resolved(packed, CompactTree.marked(tree.document()), null, false, null, tree);
        }

        /**
         * {@code parsed}, the tree of {@code resolved} as it was parsed, with what resolving it changed;
         * {@code parsedDestinations}: the addresses of its marked nodes before resolving.
         */
        static Replay resolved(Markdown.Packed parsed, List<String> parsedDestinations, Tree resolved) {
            return resolved(parsed.tree(), parsed.marked(), parsedDestinations, true, parsed.knownTextDigest(), resolved);
        }

        /**
         * {@code marked}: the resolved tree's nodes for the packed form's places; {@code parsedDestinations}
         * their addresses when the tree was packed (null: packed as resolved).
         */
        private static Replay resolved(CompactTree packed, List<Node> marked, List<String> parsedDestinations, boolean asParsed,
                                       Long knownTextDigest, Tree resolved) {
            List<Markup.Target> targets = new ArrayList<>(marked.size());
            BitSet sitePaths = new BitSet();
            List<String> destinations = null;
            for (int place = 0; place < marked.size(); place++) {
                Node node = marked.get(place);
                targets.add(node instanceof ReferenceNode reference ? resolved.targets().get(reference) : null);
                if (resolved.sitePaths().contains(node)) {
                    sitePaths.set(place);
                }
                String now = destination(node);
                if (parsedDestinations != null && !Objects.equals(now, parsedDestinations.get(place))) {
                    if (destinations == null) {
                        destinations = new ArrayList<>(Collections.nCopies(marked.size(), (String) null));
                    }
                    destinations.set(place, now);
                }
            }
            return new Replay(packed, Collections.unmodifiableList(targets), sitePaths,
                    destinations == null ? null : Collections.unmodifiableList(destinations), asParsed, knownTextDigest);
        }

        /** The addresses of {@code marked}'s links and images (null for a reference), before they are resolved. */
        static List<String> destinations(List<Node> marked) {
            List<String> destinations = new ArrayList<>(marked.size());
            for (Node node : marked) {
                destinations.add(destination(node));
            }
            return destinations;
        }

        private static String destination(Node node) {
            if (node instanceof org.commonmark.node.Link link) {
                return link.getDestination();
            }
            return node instanceof Image image ? image.getDestination() : null;
        }

        /** For a tree packed as parsed, the checksum of its text ({@link CompactTree#sourceDigest}); else empty. */
        java.util.OptionalLong parsedTextDigest() {
            return !asParsed ? java.util.OptionalLong.empty()
                    : java.util.OptionalLong.of(knownTextDigest != null ? knownTextDigest : packed.sourceDigest());
        }

        /** The tree made again from its packed form, with assembly's results put back. */
        Tree make() {
            CompactTree.Expanded expanded = packed.expand();
            Set<Node> sitePathNodes = Markup.nodeSet();
            Map<ReferenceNode, Markup.Target> resolved = Markup.targetTable();
            List<Node> marked = expanded.marked();
            for (int index = 0; index < marked.size() && index < targets.size(); index++) {
                Node node = marked.get(index);
                if (node instanceof ReferenceNode reference && targets.get(index) != null) {
                    resolved.put(reference, targets.get(index));
                }
                if (sitePaths.get(index)) {
                    sitePathNodes.add(node);
                }
                String destination = destinations == null ? null : destinations.get(index);
                if (destination != null && node instanceof org.commonmark.node.Link link) {
                    link.setDestination(destination);
                } else if (destination != null && node instanceof Image image) {
                    image.setDestination(destination);
                }
            }
            return new Tree(expanded.document(), sitePathNodes, resolved);
        }
    }
}
