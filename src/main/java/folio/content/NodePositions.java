package folio.content;

import folio.diag.SourcePosition;
import folio.project.ForbiddenCharacters;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/**
 * Where the nodes of one text start in its file, found on first request by parsing the text
 * again with source spans. Both parses give the same tree, so the nth text, link or image of
 * one is the nth of the other.
 */
public final class NodePositions {
    private final String text;
    private final TextPlace place;
    private Collected spanned;

    NodePositions(String text, TextPlace place) {
        this.text = text;
        this.place = place;
    }

    NodePositions(String text, SourcePosition start) {
        this(text, TextPlace.lines(start));
    }

    /** The Markdown text these positions are in. */
    public String text() {
        return text;
    }

    /** Where the text is written in its file. */
    TextPlace place() {
        return place;
    }

    /** Where the text's character at {@code index} is written in its file. */
    SourcePosition ofIndex(int index) {
        return positionIn(text, index, place);
    }

    private synchronized Collected spanned() {
        if (spanned == null) {
            spanned = Collected.of(Markdown.parserFor(text, true).parse(text));
        }
        return spanned;
    }

    /**
     * Where the {@code index}th of these nodes starts. Should a CommonMark change ever make the
     * two parses differ, a report falls back to where the text starts instead of failing.
     */
    private SourcePosition nth(List<? extends Node> spannedNodes, int index) {
        return index < spannedNodes.size() ? positionOf(spannedNodes.get(index), place) : place.start();
    }

    /** Where the {@code index}th text node starts, moved right by {@code offset} characters. */
    SourcePosition ofText(int index, int offset) {
        List<Text> texts = spanned().texts();
        if (index >= texts.size()) {
            return place.start();
        }
        return positionOf(texts.get(index), place, offset);
    }

    /** The {@code index}th text node of the tree parsed with source spans, or null should the parses differ. */
    Text spannedText(int index) {
        List<Text> texts = spanned().texts();
        return index < texts.size() ? texts.get(index) : null;
    }

    /**
     * Where a reference or citation was written: the {@code text}th text node of the parse,
     * {@code column} characters in. A record, not a lambda, so a cached parse can keep the two
     * numbers and point them at a new text's positions ({@link MarkdownCache}).
     */
    record Place(NodePositions positions, int text, int column) implements java.util.function.Supplier<SourcePosition> {
        @Override
        public SourcePosition get() {
            return positions.ofText(text, column);
        }
    }

    /** Where the {@code index}th link of the text starts. */
    SourcePosition ofLink(int index) {
        return nth(spanned().links(), index);
    }

    /**
     * Where the address of the {@code index}th link is written: its reference definition's line
     * for {@code [text][label]} (every use of a bad address is one mistake, at the definition),
     * else where the link starts.
     */
    SourcePosition ofLinkAddress(int index) {
        return ofAddress(spanned().links(), index);
    }

    /** The same for the {@code index}th image. */
    SourcePosition ofImageAddress(int index) {
        return ofAddress(spanned().images(), index);
    }

    private SourcePosition ofAddress(List<? extends Node> spannedNodes, int index) {
        if (index >= spannedNodes.size()) {
            return place.start();
        }
        Node node = spannedNodes.get(index);
        return positionOf(ReferenceDefinitions.of(node, text, spanned().definitions()).<Node>map(d -> d).orElse(node), place);
    }

    /** Where the {@code index}th heading of the text starts. */
    SourcePosition ofHeading(int index) {
        return nth(spanned().headings(), index);
    }

    /** Where the {@code index}th link reference definition ({@code [label]: url}) of the text starts. */
    SourcePosition ofDefinition(int index) {
        return nth(spanned().definitions(), index);
    }

    /** The reference definition the {@code index}th link of the text takes its address from, if any. */
    java.util.Optional<LinkReferenceDefinition> definitionOfLink(int index) {
        List<Link> links = spanned().links();
        return index < links.size() ? ReferenceDefinitions.of(links.get(index), text, spanned().definitions())
                : java.util.Optional.empty();
    }

    /** Where the {@code index}th footnote definition of the text starts. */
    SourcePosition ofFootnoteDefinition(int index) {
        return nth(spanned().footnoteDefinitions(), index);
    }

    /** Where the {@code index}th image of the text starts. */
    SourcePosition ofImage(int index) {
        return nth(spanned().images(), index);
    }

    /** Where the character at {@code index} of a text written at {@code place} is in its file. */
    static SourcePosition positionIn(String text, int index, TextPlace place) {
        int[] at = ForbiddenCharacters.lineAndColumn(text, index);
        return place.at(at[0] - 1, at[1] - 1);
    }

    /** Where a node starts in its file (or its nearest ancestor with a position). */
    static SourcePosition positionOf(Node node, TextPlace place) {
        return positionOf(node, place, 0);
    }

    /** As {@link #positionOf(Node, TextPlace)}, {@code offset} characters further on its line. */
    private static SourcePosition positionOf(Node node, TextPlace place, int offset) {
        List<SourceSpan> spans = node.getSourceSpans();
        while (spans == null || spans.isEmpty()) {
            node = node.getParent();
            if (node == null) {
                return place.start();
            }
            spans = node.getSourceSpans();
        }
        SourceSpan span = spans.get(0);
        return place.at(span.getLineIndex(), span.getColumnIndex() + offset);
    }

    /** The nodes of a tree that parsing and resolving look at, in document order. */
    record Collected(List<Text> texts, List<Link> links, List<Image> images, List<Heading> headings,
                     List<FootnoteDefinition> footnoteDefinitions, List<String> footnoteReferences, boolean footnotes,
                     List<LinkReferenceDefinition> definitions) {
        static Collected of(Node document) {
            List<Text> texts = new ArrayList<>();
            List<Link> links = new ArrayList<>();
            List<Image> images = new ArrayList<>();
            List<Heading> headings = new ArrayList<>();
            List<FootnoteDefinition> definitions = new ArrayList<>();
            List<String> references = new ArrayList<>();
            List<LinkReferenceDefinition> linkDefinitions = new ArrayList<>();
            boolean[] footnotes = {false};
            document.accept(new AbstractVisitor() {
                @Override
                public void visit(CustomBlock block) {
                    footnotes[0] |= Markdown.isFootnote(block);
                    if (block instanceof FootnoteDefinition definition) {
                        definitions.add(definition);
                    }
                    visitChildren(block);
                }

                @Override
                public void visit(CustomNode node) {
                    footnotes[0] |= Markdown.isFootnote(node);
                    if (node instanceof FootnoteReference reference) {
                        references.add(reference.getLabel());
                    }
                    visitChildren(node);
                }

                @Override
                public void visit(Text text) {
                    texts.add(text);
                }

                @Override
                public void visit(LinkReferenceDefinition definition) {
                    linkDefinitions.add(definition);
                }

                @Override
                public void visit(Link link) {
                    links.add(link);
                    visitChildren(link);
                }

                @Override
                public void visit(Heading heading) {
                    headings.add(heading);
                    visitChildren(heading);
                }

                @Override
                public void visit(Image image) {
                    images.add(image);
                    visitChildren(image);
                }
            });
            return new Collected(texts, links, images, headings, definitions, references, footnotes[0], linkDefinitions);
        }
    }
}
