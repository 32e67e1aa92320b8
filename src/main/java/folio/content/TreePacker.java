package folio.content;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/**
 * Writes a tree into {@link CompactTree}'s form, in document order: per node its kind, its
 * number of children, then its values (strings as their ends in one string of all texts, the
 * few other values as objects), then its children.
 */
final class TreePacker {
    private final java.io.ByteArrayOutputStream kinds = new java.io.ByteArrayOutputStream();
    private int[] numbers = new int[256];
    private int count;
    private final StringBuilder texts = new StringBuilder();
    private final List<Object> others = new ArrayList<>();

    boolean pack(Node node) {
        int kind = CompactTree.code(node);
        if (kind < 0) {
            return false;
        }
        kinds.write(kind);
        int children = 0;
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            children++;
        }
        number(children);
        if (node instanceof Heading heading) {
            number(heading.getLevel());
        } else if (node instanceof BulletList list) {
            others(list.getMarker(), list.isTight());
        } else if (node instanceof OrderedList list) {
            others(list.getMarkerStartNumber(), list.getMarkerDelimiter(), list.isTight());
        } else if (node instanceof ListItem item) {
            others(item.getMarkerIndent(), item.getContentIndent());
        } else if (node instanceof FencedCodeBlock code) {
            others(code.getFenceCharacter(), code.getOpeningFenceLength(), code.getClosingFenceLength(), code.getFenceIndent());
            text(code.getInfo());
            text(code.getLiteral());
        } else if (node instanceof IndentedCodeBlock code) {
            text(code.getLiteral());
        } else if (node instanceof HtmlBlock html) {
            text(html.getLiteral());
        } else if (node instanceof ThematicBreak line) {
            text(line.getLiteral());
        } else if (node instanceof LinkReferenceDefinition definition) {
            others(definition.getLabel(), definition.getDestination(), definition.getTitle());
        } else if (node instanceof Text text) {
            text(text.getLiteral());
        } else if (node instanceof Code code) {
            text(code.getLiteral());
        } else if (node instanceof Emphasis emphasis) {
            others(emphasis.getOpeningDelimiter());
        } else if (node instanceof StrongEmphasis strong) {
            others(strong.getOpeningDelimiter());
        } else if (node instanceof Link link) {
            text(link.getDestination());
            text(link.getTitle());
        } else if (node instanceof Image image) {
            text(image.getDestination());
            text(image.getTitle());
        } else if (node instanceof HtmlInline html) {
            text(html.getLiteral());
        } else if (node instanceof TableCell cell) {
            others(cell.isHeader(), cell.getAlignment(), cell.getWidth());
        } else if (node instanceof FootnoteDefinition definition) {
            others(definition.getLabel());
        } else if (node instanceof FootnoteReference reference) {
            others(reference.getLabel());
        } else if (node instanceof ReferenceNode reference) {
            others(reference.reference(), reference.where());
        } else if (node instanceof CitationNode citation) {
            others(citation.sourceIds(), citation.where());
        } else if (node instanceof HeadingId id) {
            others(id.id());
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (!pack(child)) {
                return false;
            }
        }
        return true;
    }

    private void number(int value) {
        if (count == numbers.length) {
            numbers = java.util.Arrays.copyOf(numbers, count * 2);
        }
        numbers[count++] = value;
    }

    /** A string as its end in {@link #texts}; null as -1. */
    private void text(String value) {
        if (value == null) {
            number(-1);
        } else {
            texts.append(value);
            number(texts.length());
        }
    }

    private void others(Object... values) {
        others.addAll(java.util.Arrays.asList(values));
    }

    CompactTree result() {
        return new CompactTree(kinds.toByteArray(), java.util.Arrays.copyOf(numbers, count), texts.toString(), others.toArray());
    }
}
