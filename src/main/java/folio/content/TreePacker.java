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
 * number of children, then its values (strings as their start and end, in the Markdown source
 * or else in one string of the other texts; the few other values as objects), then its children.
 */
final class TreePacker {
    /** How far past the end of the last text found a text is looked for in the source. */
    private static final int WINDOW = 64;

    private final java.io.ByteArrayOutputStream kinds = new java.io.ByteArrayOutputStream();
    private int[] numbers = new int[256];
    private int count;
    private final String source;
    /** Where the last text found in the source ended. */
    private int cursor;
    private final StringBuilder texts = new StringBuilder();
    private final List<Object> others = new ArrayList<>();

    TreePacker(String source) {
        this.source = source;
    }

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
            apart(link.getDestination());
            text(link.getTitle());
        } else if (node instanceof Image image) {
            apart(image.getDestination());
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

    /** A string as its start and end in the source, else after the source's length in {@link #texts}; null as -1. */
    private void text(String value) {
        if (value == null) {
            number(-1);
            return;
        }
        int at = find(value);
        if (at >= 0) {
            cursor = at + value.length();
            number(at);
            number(cursor);
        } else {
            apart(value);
        }
    }

    /** A string kept in {@link #texts} without looking for it in the source (a link's address, rewritten by assembly). */
    private void apart(String value) {
        if (value == null) {
            number(-1);
        } else {
            number(source.length() + texts.length());
            texts.append(value);
            number(source.length() + texts.length());
        }
    }

    /** Where {@code value} (not empty) is in the source at most {@link #WINDOW} characters after the cursor, else -1. */
    private int find(String value) {
        if (value.isEmpty()) {
            return -1;
        }
        char first = value.charAt(0);
        int last = Math.min(cursor + WINDOW, source.length() - value.length());
        for (int at = cursor; at <= last; at++) {
            if (source.charAt(at) == first && source.startsWith(value, at)) {
                return at;
            }
        }
        return -1;
    }

    private void others(Object... values) {
        others.addAll(java.util.Arrays.asList(values));
    }

    CompactTree result() {
        return new CompactTree(kinds.toByteArray(), java.util.Arrays.copyOf(numbers, count), source, texts.toString(), others.toArray());
    }
}
