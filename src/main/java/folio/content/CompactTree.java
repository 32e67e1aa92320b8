package folio.content;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.footnotes.InlineFootnote;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
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
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/**
 * A Markdown tree packed into four objects (node kinds, numbers, one string of the texts not
 * found in the Markdown source, the few other values) and the source, from which {@link #expand}
 * makes the same tree again without parsing. A tree of small nodes kept from assembly to render
 * is copied node by node at every collection it survives; the packed form costs a few copies and
 * a fraction of the memory, and expanding it costs far less than parsing the text again. Most
 * texts are read from the source the page already keeps, so they are not copied a second time.
 */
public final class CompactTree {
    /** Node kinds by class; the index is the kind's code. A tree with any other node is not packed. */
    private static final List<Class<? extends Node>> KINDS = List.of(Document.class, Paragraph.class, Heading.class,
            BlockQuote.class, BulletList.class, OrderedList.class, ListItem.class, FencedCodeBlock.class,
            IndentedCodeBlock.class, HtmlBlock.class, ThematicBreak.class, LinkReferenceDefinition.class, Text.class,
            Code.class, Emphasis.class, StrongEmphasis.class, Link.class, Image.class, HtmlInline.class,
            SoftLineBreak.class, HardLineBreak.class, TableBlock.class, TableHead.class, TableBody.class, TableRow.class,
            TableCell.class, FootnoteDefinition.class, FootnoteReference.class, InlineFootnote.class,
            ReferenceNode.class, CitationNode.class, HeadingId.class);

    private static final java.util.Map<Class<? extends Node>, Integer> CODES = codes();

    private final byte[] kinds;
    private final int[] numbers;
    private final String source;
    private final String texts;
    private final Object[] others;

    CompactTree(byte[] kinds, int[] numbers, String source, String texts, Object[] others) {
        this.kinds = kinds;
        this.numbers = numbers;
        this.source = source;
        this.texts = texts;
        this.others = others;
    }

    /** A tree and its references, links and images in document order (the order {@link #of} and {@link #expand} share). */
    public record Expanded(Node document, List<Node> marked) {}

    /** Packs {@code document}; null when it holds a node this form does not know (keep the tree then). */
    public static CompactTree of(Node document) {
        return of(document, "");
    }

    /**
     * Packs {@code document}, parsed from {@code source}: a text found in the source near where
     * the previous one ended is kept as its place there. Null as {@link #of(Node)}.
     */
    public static CompactTree of(Node document, String source) {
        TreePacker packer = new TreePacker(source);
        return packer.pack(document) ? packer.result() : null;
    }

    /** The code of a node's kind, or -1 for a kind this form does not know. */
    static int code(Node node) {
        Integer code = CODES.get(node.getClass());
        return code == null ? -1 : code;
    }

    private static java.util.Map<Class<? extends Node>, Integer> codes() {
        java.util.Map<Class<? extends Node>, Integer> codes = new java.util.HashMap<>();
        for (int code = 0; code < KINDS.size(); code++) {
            codes.put(KINDS.get(code), code);
        }
        return java.util.Map.copyOf(codes);
    }

    /** The tree again, new nodes equal to the packed ones. */
    public Expanded expand() {
        return new Unpacker().unpack();
    }

    /** Whether the node is one {@link Expanded#marked} lists. */
    public static boolean isMarked(Node node) {
        return node instanceof ReferenceNode || node instanceof Link || node instanceof Image;
    }

    private final class Unpacker {
        private int kind;
        private int number;
        private int other;
        private final List<Node> marked = new ArrayList<>();

        Expanded unpack() {
            return new Expanded(node(), marked);
        }

        @SuppressWarnings("unchecked")
        private Node node() {
            int code = kinds[kind++];
            int children = numbers[number++];
            Node node = switch (code) {
                case 0 -> new Document();
                case 1 -> new Paragraph();
                case 2 -> {
                    Heading heading = new Heading();
                    heading.setLevel(numbers[number++]);
                    yield heading;
                }
                case 3 -> new BlockQuote();
                case 4 -> {
                    BulletList list = new BulletList();
                    list.setMarker((String) other());
                    list.setTight((Boolean) other());
                    yield list;
                }
                case 5 -> {
                    OrderedList list = new OrderedList();
                    list.setMarkerStartNumber((Integer) other());
                    list.setMarkerDelimiter((String) other());
                    list.setTight((Boolean) other());
                    yield list;
                }
                case 6 -> {
                    ListItem item = new ListItem();
                    item.setMarkerIndent((Integer) other());
                    item.setContentIndent((Integer) other());
                    yield item;
                }
                case 7 -> {
                    FencedCodeBlock code7 = new FencedCodeBlock();
                    code7.setFenceCharacter((String) other());
                    code7.setOpeningFenceLength((Integer) other());
                    code7.setClosingFenceLength((Integer) other());
                    code7.setFenceIndent((Integer) other());
                    code7.setInfo(text());
                    code7.setLiteral(text());
                    yield code7;
                }
                case 8 -> {
                    IndentedCodeBlock block = new IndentedCodeBlock();
                    block.setLiteral(text());
                    yield block;
                }
                case 9 -> {
                    HtmlBlock block = new HtmlBlock();
                    block.setLiteral(text());
                    yield block;
                }
                case 10 -> {
                    ThematicBreak line = new ThematicBreak();
                    line.setLiteral(text());
                    yield line;
                }
                case 11 -> new LinkReferenceDefinition((String) other(), (String) other(), (String) other());
                case 12 -> new Text(text());
                case 13 -> new Code(text());
                case 14 -> new Emphasis((String) other());
                case 15 -> new StrongEmphasis((String) other());
                case 16 -> new Link(text(), text());
                case 17 -> new Image(text(), text());
                case 18 -> {
                    HtmlInline html = new HtmlInline();
                    html.setLiteral(text());
                    yield html;
                }
                case 19 -> new SoftLineBreak();
                case 20 -> new HardLineBreak();
                case 21 -> new TableBlock();
                case 22 -> new TableHead();
                case 23 -> new TableBody();
                case 24 -> new TableRow();
                case 25 -> {
                    TableCell cell = new TableCell();
                    cell.setHeader((Boolean) other());
                    cell.setAlignment((TableCell.Alignment) other());
                    cell.setWidth((Integer) other());
                    yield cell;
                }
                case 26 -> new FootnoteDefinition((String) other());
                case 27 -> new FootnoteReference((String) other());
                case 28 -> new InlineFootnote();
                case 29 -> new ReferenceNode((ReferenceSyntax.Reference) other(), (Supplier<folio.diag.SourcePosition>) other());
                case 30 -> new CitationNode((List<String>) other(), (Supplier<folio.diag.SourcePosition>) other());
                case 31 -> HeadingId.named((String) other());
                default -> throw new IllegalStateException("unknown node kind " + code);
            };
            if (isMarked(node)) {
                marked.add(node);
            }
            for (int i = 0; i < children; i++) {
                node.appendChild(node());
            }
            return node;
        }

        private Object other() {
            return others[other++];
        }

        /** A text as its start and end: in the source below its length, in {@code texts} after it. */
        private String text() {
            int start = numbers[number++];
            if (start < 0) {
                return null;
            }
            int end = numbers[number++];
            int length = source.length();
            return start < length ? source.substring(start, end) : texts.substring(start - length, end - length);
        }
    }
}
