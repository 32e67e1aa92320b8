package folio.content;

import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import folio.project.AsIfEdited;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;

/**
 * Markdown parses kept from one build of a site to the next, so a text that did not change is
 * expanded from its packed tree ({@link CompactTree}) instead of parsed again: parsing is most
 * of what a build into the folder of the last one pays for the pages an edit did not touch.
 * A parse depends on its text alone, so a text is found by checksums of it and its length
 * ({@link TextKey}); where it starts in its file is given again on each use. Only parses that reported
 * nothing are kept, so every diagnostic a text gives comes from parsing it. Each parse is kept
 * encoded ({@link PackedParse}), at most {@link #MAX_BYTES} of them, so the cache costs a build
 * little memory; what this build used is what {@link ParseCacheFile} writes for the next.
 */
public final class MarkdownCache {
    /** The most a build keeps for the next: about 45,000 pages of the benchmark's size. */
    static final long MAX_BYTES = 48L << 20;

    private static final MarkdownCache NONE = new MarkdownCache(null);

    /** The parses an earlier build kept and this one uses; null for {@link #none()}. */
    private final KeptEntries kept;
    private final AtomicInteger expanded = new AtomicInteger();

    MarkdownCache(Map<TextKey, byte[]> previous) {
        this.kept = previous == null ? null : new KeptEntries(previous, MAX_BYTES);
    }

    /** A cache that finds nothing yet and keeps this build's parses: the first to keep them, or one whose file could not be read. */
    public static MarkdownCache empty() {
        return new MarkdownCache(Map.of());
    }

    /** No cache: every text is parsed, nothing is kept (a build that keeps nothing for a next one). */
    public static MarkdownCache none() {
        return NONE;
    }

    /** Parses {@code text} (see {@link Markdown#parse}), or expands the tree an earlier build parsed from the same text. */
    public Markdown.Parsed parse(String text, SourcePosition start, Diagnostics diagnostics) {
        return parse(text, TextPlace.lines(start), diagnostics, false);
    }

    /** As {@link #parse(String, SourcePosition, Diagnostics)}, for a text written at {@code place} (a YAML value's). */
    public Markdown.Parsed parse(String text, TextPlace place, Diagnostics diagnostics) {
        return parse(text, place, diagnostics, false);
    }

    /**
     * As {@link #parse}, for a tree that is resolved and then let go, to be made again from its
     * packed form ({@link Markdown.Parsed#packed}) where it is shown, as a page's body is: a kept
     * parse is expanded without the texts resolving does not read ({@link CompactTree#expandToResolve}).
     */
    public Markdown.Parsed parseToResolve(String text, SourcePosition start, Diagnostics diagnostics) {
        return parse(text, TextPlace.lines(start), diagnostics, true);
    }

    private Markdown.Parsed parse(String text, TextPlace start, Diagnostics diagnostics, boolean toResolve) {
        if (kept == null) {
            return Markdown.parse(text, start, diagnostics);
        }
        TextKey key = TextKey.of(text);
        byte[] found = kept.find(key);
        if (found != null) {
            Markdown.Parsed expanded = expand(found, text, start, key, toResolve);
            if (expanded != null) {
                kept.keep(key, found);
                this.expanded.incrementAndGet();
                return expanded;
            }
        }
        Diagnostics own = new Diagnostics();
        Markdown.Parsed parsed = Markdown.parse(text, start, own);
        diagnostics.addAll(own);
        if (!own.hasAny() && kept.hasRoom()) {
            CompactTree packed = CompactTree.of(parsed.document(), text);
            byte[] encoded = packed == null ? null : PackedParse.encode(packed);
            if (encoded != null) {
                kept.keep(key, encoded);
                // A page's body is packed as parsed for render (Markdown.Parsed#packed): this packed form serves.
                return toResolve ? parsed.withPacked(new Markdown.Packed(packed, CompactTree.marked(parsed.document()), key.digest()))
                        : parsed;
            }
        }
        return parsed;
    }

    /** A cache for the next build in this process: what this one used or made. */
    public MarkdownCache next() {
        return kept == null ? this : new MarkdownCache(Map.copyOf(kept.used()));
    }

    /**
     * This cache without the parses {@link AsIfEdited} chooses: the texts they were made from are
     * parsed again, as after an edit (the preview server's warm-up); what that build keeps is whole again.
     */
    public MarkdownCache withSomeForgotten() {
        return kept == null ? this : new MarkdownCache(kept.previousWithout(AsIfEdited::chosen));
    }

    /** How many texts were expanded from an earlier parse instead of parsed. */
    public int expandedCount() {
        return expanded.get();
    }

    /** The parses this build used or made, for the next build. */
    Map<TextKey, byte[]> used() {
        return kept == null ? Map.of() : kept.used();
    }

    /** The parse {@code encoded} holds, for {@code text} starting at {@code start}; null when it does not fit the text. */
    private static Markdown.Parsed expand(byte[] encoded, String text, TextPlace start, TextKey key, boolean toResolve) {
        NodePositions positions = new NodePositions(text, start);
        CompactTree packed;
        CompactTree.Expanded tree;
        try {
            packed = PackedParse.decode(encoded, text, positions);
            tree = toResolve ? packed.expandToResolve() : packed.expand();
        } catch (RuntimeException damaged) {
            return null; // parse the text instead
        }
        Node document = tree.document();
        List<ReferenceNode> references = new ArrayList<>();
        List<CitationNode> citations = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof ReferenceNode reference) {
                    references.add(reference);
                } else if (node instanceof CitationNode citation) {
                    citations.add(citation);
                }
                visitChildren(node);
            }
        });
        NodePositions.Collected nodes = NodePositions.Collected.of(document);
        return new Markdown.Parsed(document, references, citations, nodes.links(), nodes.images(), positions, nodes.footnotes(), false,
                new Markdown.Packed(packed, tree.marked(), key.digest()));
    }
}
