package folio.content;

import folio.diag.SourcePosition;
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
 * The node kinds a {@link CompactTree} holds, each with its node class and how its values are
 * written ({@link #write}) and read back in the same order ({@link #read}). The packed form
 * codes a kind as its {@link #ordinal()} ({@link CompactTree#kindOf}), so kinds may be added or
 * reordered freely.
 */
enum NodeKind {
    DOCUMENT(Document.class) { @Override Node read(CompactTree.Unpacker in) { return new Document(); } },
    PARAGRAPH(Paragraph.class) { @Override Node read(CompactTree.Unpacker in) { return new Paragraph(); } },
    HEADING(Heading.class) {
        @Override void write(Node node, TreePacker out) { out.number(((Heading) node).getLevel()); }
        @Override Node read(CompactTree.Unpacker in) {
            Heading heading = new Heading();
            heading.setLevel(in.number());
            return heading;
        }
    },
    BLOCK_QUOTE(BlockQuote.class) { @Override Node read(CompactTree.Unpacker in) { return new BlockQuote(); } },
    BULLET_LIST(BulletList.class) {
        @Override void write(Node node, TreePacker out) {
            BulletList list = (BulletList) node;
            out.others(list.getMarker(), list.isTight());
        }
        @Override Node read(CompactTree.Unpacker in) {
            BulletList list = new BulletList();
            list.setMarker(in.other());
            list.setTight(in.other());
            return list;
        }
    },
    ORDERED_LIST(OrderedList.class) {
        @Override void write(Node node, TreePacker out) {
            OrderedList list = (OrderedList) node;
            out.others(list.getMarkerStartNumber(), list.getMarkerDelimiter(), list.isTight());
        }
        @Override Node read(CompactTree.Unpacker in) {
            OrderedList list = new OrderedList();
            list.setMarkerStartNumber(in.other());
            list.setMarkerDelimiter(in.other());
            list.setTight(in.other());
            return list;
        }
    },
    LIST_ITEM(ListItem.class) {
        @Override void write(Node node, TreePacker out) {
            ListItem item = (ListItem) node;
            out.others(item.getMarkerIndent(), item.getContentIndent());
        }
        @Override Node read(CompactTree.Unpacker in) {
            ListItem item = new ListItem();
            item.setMarkerIndent(in.other());
            item.setContentIndent(in.other());
            return item;
        }
    },
    FENCED_CODE_BLOCK(FencedCodeBlock.class) {
        @Override void write(Node node, TreePacker out) {
            FencedCodeBlock code = (FencedCodeBlock) node;
            out.others(code.getFenceCharacter(), code.getOpeningFenceLength(), code.getClosingFenceLength(), code.getFenceIndent());
            out.text(code.getInfo());
            out.text(code.getLiteral());
        }
        @Override Node read(CompactTree.Unpacker in) {
            FencedCodeBlock code = new FencedCodeBlock();
            code.setFenceCharacter(in.other());
            code.setOpeningFenceLength(in.other());
            code.setClosingFenceLength(in.other());
            code.setFenceIndent(in.other());
            code.setInfo(in.text());
            code.setLiteral(in.text());
            return code;
        }
    },
    INDENTED_CODE_BLOCK(IndentedCodeBlock.class) {
        @Override void write(Node node, TreePacker out) { out.text(((IndentedCodeBlock) node).getLiteral()); }
        @Override Node read(CompactTree.Unpacker in) {
            IndentedCodeBlock code = new IndentedCodeBlock();
            code.setLiteral(in.text());
            return code;
        }
    },
    HTML_BLOCK(HtmlBlock.class) {
        @Override void write(Node node, TreePacker out) { out.text(((HtmlBlock) node).getLiteral()); }
        @Override Node read(CompactTree.Unpacker in) {
            HtmlBlock html = new HtmlBlock();
            html.setLiteral(in.text());
            return html;
        }
    },
    THEMATIC_BREAK(ThematicBreak.class) {
        @Override void write(Node node, TreePacker out) { out.text(((ThematicBreak) node).getLiteral()); }
        @Override Node read(CompactTree.Unpacker in) {
            ThematicBreak line = new ThematicBreak();
            line.setLiteral(in.text());
            return line;
        }
    },
    LINK_REFERENCE_DEFINITION(LinkReferenceDefinition.class) {
        @Override void write(Node node, TreePacker out) {
            LinkReferenceDefinition definition = (LinkReferenceDefinition) node;
            out.others(definition.getLabel(), definition.getDestination(), definition.getTitle());
        }
        @Override Node read(CompactTree.Unpacker in) { return new LinkReferenceDefinition(in.other(), in.other(), in.other()); }
    },
    TEXT(Text.class) {
        @Override void write(Node node, TreePacker out) { out.text(((Text) node).getLiteral()); }
        @Override Node read(CompactTree.Unpacker in) { return new Text(in.text()); }
    },
    CODE(Code.class) {
        @Override void write(Node node, TreePacker out) { out.text(((Code) node).getLiteral()); }
        @Override Node read(CompactTree.Unpacker in) { return new Code(in.text()); }
    },
    EMPHASIS(Emphasis.class) {
        @Override void write(Node node, TreePacker out) { out.other(((Emphasis) node).getOpeningDelimiter()); }
        @Override Node read(CompactTree.Unpacker in) { return new Emphasis(in.<String>other()); }
    },
    STRONG_EMPHASIS(StrongEmphasis.class) {
        @Override void write(Node node, TreePacker out) { out.other(((StrongEmphasis) node).getOpeningDelimiter()); }
        @Override Node read(CompactTree.Unpacker in) { return new StrongEmphasis(in.<String>other()); }
    },
    /** The address apart: assembly rewrites it, so it is rarely found in the source. */
    LINK(Link.class) {
        @Override void write(Node node, TreePacker out) {
            out.apart(((Link) node).getDestination());
            out.text(((Link) node).getTitle());
        }
        @Override Node read(CompactTree.Unpacker in) { return new Link(in.text(), in.text()); }
    },
    IMAGE(Image.class) {
        @Override void write(Node node, TreePacker out) {
            out.apart(((Image) node).getDestination());
            out.text(((Image) node).getTitle());
        }
        @Override Node read(CompactTree.Unpacker in) { return new Image(in.text(), in.text()); }
    },
    HTML_INLINE(HtmlInline.class) {
        @Override void write(Node node, TreePacker out) { out.text(((HtmlInline) node).getLiteral()); }
        @Override Node read(CompactTree.Unpacker in) {
            HtmlInline html = new HtmlInline();
            html.setLiteral(in.text());
            return html;
        }
    },
    SOFT_LINE_BREAK(SoftLineBreak.class) { @Override Node read(CompactTree.Unpacker in) { return new SoftLineBreak(); } },
    HARD_LINE_BREAK(HardLineBreak.class) { @Override Node read(CompactTree.Unpacker in) { return new HardLineBreak(); } },
    TABLE_BLOCK(TableBlock.class) { @Override Node read(CompactTree.Unpacker in) { return new TableBlock(); } },
    TABLE_HEAD(TableHead.class) { @Override Node read(CompactTree.Unpacker in) { return new TableHead(); } },
    TABLE_BODY(TableBody.class) { @Override Node read(CompactTree.Unpacker in) { return new TableBody(); } },
    TABLE_ROW(TableRow.class) { @Override Node read(CompactTree.Unpacker in) { return new TableRow(); } },
    TABLE_CELL(TableCell.class) {
        @Override void write(Node node, TreePacker out) {
            TableCell cell = (TableCell) node;
            out.others(cell.isHeader(), cell.getAlignment(), cell.getWidth());
        }
        @Override Node read(CompactTree.Unpacker in) {
            TableCell cell = new TableCell();
            cell.setHeader(in.other());
            cell.setAlignment(in.other());
            cell.setWidth(in.other());
            return cell;
        }
    },
    FOOTNOTE_DEFINITION(FootnoteDefinition.class) {
        @Override void write(Node node, TreePacker out) { out.other(((FootnoteDefinition) node).getLabel()); }
        @Override Node read(CompactTree.Unpacker in) { return new FootnoteDefinition(in.other()); }
    },
    FOOTNOTE_REFERENCE(FootnoteReference.class) {
        @Override void write(Node node, TreePacker out) { out.other(((FootnoteReference) node).getLabel()); }
        @Override Node read(CompactTree.Unpacker in) { return new FootnoteReference(in.other()); }
    },
    INLINE_FOOTNOTE(InlineFootnote.class) { @Override Node read(CompactTree.Unpacker in) { return new InlineFootnote(); } },
    REFERENCE(ReferenceNode.class) {
        @Override void write(Node node, TreePacker out) {
            out.others(((ReferenceNode) node).reference(), ((ReferenceNode) node).where());
        }
        @Override Node read(CompactTree.Unpacker in) {
            return new ReferenceNode(in.<ReferenceSyntax.Reference>other(), in.<Supplier<SourcePosition>>other());
        }
    },
    CITATION(CitationNode.class) {
        @Override void write(Node node, TreePacker out) {
            out.others(((CitationNode) node).sourceIds(), ((CitationNode) node).where());
        }
        @Override Node read(CompactTree.Unpacker in) {
            return new CitationNode(in.<List<String>>other(), in.<Supplier<SourcePosition>>other());
        }
    },
    LITERAL_QUOTE(LiteralQuote.class) {
        /** Whether it is a double quote: a value the parse cache's file writes. */
        @Override void write(Node node, TreePacker out) { out.other(((LiteralQuote) node).quote() == '"'); }
        @Override Node read(CompactTree.Unpacker in) { return new LiteralQuote(in.<Boolean>other() ? '"' : '\''); }
    },
    HEADING_ID(HeadingId.class) {
        @Override void write(Node node, TreePacker out) { out.other(((HeadingId) node).id()); }
        @Override Node read(CompactTree.Unpacker in) { return HeadingId.named(in.other()); }
    };

    final Class<? extends Node> type;
    /**
     * Whether its nodes are ones {@link CompactTree.Expanded#marked} lists: {@link CompactTree#isMarked}
     * as a field, read in place of three type tests per node when a tree is expanded.
     */
    final boolean marked;
    /**
     * Whether its texts are read only to show them, and in a heading to name its anchor
     * ({@link CompactTree#expandToResolve} leaves them empty outside headings): text, code and HTML.
     */
    final boolean textOnly;

    NodeKind(Class<? extends Node> type) {
        this.type = type;
        this.marked = type == Link.class || type == Image.class || type == ReferenceNode.class;
        this.textOnly = type == Text.class || type == Code.class || type == FencedCodeBlock.class
                || type == IndentedCodeBlock.class || type == HtmlBlock.class || type == HtmlInline.class;
    }

    /** Writes the values of {@code node}, one of this kind, after its kind and number of children. */
    void write(Node node, TreePacker out) {}

    /** A new node of this kind with the values {@link #write} wrote, read from {@code in}; no children yet. */
    abstract Node read(CompactTree.Unpacker in);
}
