package folio.render;

import folio.content.CitationNode;
import folio.content.LiteralQuote;
import folio.content.ReferenceNode;
import folio.site.Markup;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/**
 * A Markdown tree's words as {@link PlainText} reads them from the tree's HTML, without writing
 * the HTML: text, code and (escaped) raw HTML as written, a quote written to be shown straight as that
 * quote, marked ({@link PlainText.Shown}), and so is each quote in code, a reference as its label, a citation
 * and an image (its alt text is an attribute) as nothing, and a space wherever a block begins or
 * ends. Stops once past the limit. Footnotes are numbered and moved to the end of the text by
 * CommonMark-java's renderer, so a text with footnotes is read from that renderer's HTML instead.
 */
final class TreeText extends AbstractVisitor {
    private final Markup markup;
    private final PlainWords out;

    private TreeText(Markup markup, PlainWords out) {
        this.markup = markup;
        this.out = out;
    }

    static PlainText.Shown of(Markup markup, int enough) {
        Node document = markup.document();
        if (markup.footnotes()) {
            return PlainText.shown(PlainTextHtml.of(markup), enough);
        }
        PlainWords out = new PlainWords(enough, 256);
        TreeText text = new TreeText(markup, out);
        Node first = document.getFirstChild();
        boolean oneParagraph = markup.inline() && first instanceof Paragraph && first.getNext() == null;
        // As MarkupHtml renders it: an inline text of one paragraph is shown whole.
        if (markup.isPart() && !oneParagraph) {
            for (Node block : markup.blocks()) {
                if (out.full()) {
                    break;
                }
                block.accept(text);
            }
        } else {
            document.accept(text);
        }
        return out.shown();
    }

    @Override
    protected void visitChildren(Node parent) {
        for (Node child = parent.getFirstChild(); child != null && !out.full(); child = child.getNext()) {
            child.accept(this);
        }
    }

    private void block(Node node) {
        out.boundary();
        visitChildren(node);
        out.boundary();
    }

    @Override
    public void visit(Text text) {
        out.add(text.getLiteral());
    }

    @Override
    public void visit(Code code) {
        out.addCode(code.getLiteral());
    }

    @Override
    public void visit(HtmlInline html) {
        out.add(html.getLiteral());
    }

    @Override
    public void visit(HtmlBlock html) {
        out.boundary();
        out.add(html.getLiteral());
        out.boundary();
    }

    @Override
    public void visit(FencedCodeBlock code) {
        out.boundary();
        out.addCode(code.getLiteral());
        out.boundary();
    }

    @Override
    public void visit(IndentedCodeBlock code) {
        out.boundary();
        out.addCode(code.getLiteral());
        out.boundary();
    }

    @Override
    public void visit(SoftLineBreak lineBreak) {
        out.add('\n');
    }

    @Override
    public void visit(HardLineBreak lineBreak) {
        out.boundary();
    }

    @Override
    public void visit(ThematicBreak rule) {
        out.boundary();
    }

    @Override
    public void visit(Image image) {
        // The alt text is an attribute of the tag, which plain text drops.
    }

    @Override
    public void visit(Paragraph paragraph) {
        block(paragraph);
    }

    @Override
    public void visit(Heading heading) {
        block(heading);
    }

    @Override
    public void visit(BlockQuote quote) {
        block(quote);
    }

    @Override
    public void visit(BulletList list) {
        block(list);
    }

    @Override
    public void visit(OrderedList list) {
        block(list);
    }

    @Override
    public void visit(ListItem item) {
        block(item);
    }

    @Override
    public void visit(CustomBlock block) {
        block(block);
    }

    @Override
    public void visit(CustomNode node) {
        if (node instanceof ReferenceNode reference) {
            Markup.Target target = markup.target(reference);
            out.add(target != null ? target.label()
                    : reference.reference().label() != null ? reference.reference().label() : reference.reference().id());
        } else if (node instanceof CitationNode) {
            return;
        } else if (node instanceof LiteralQuote quote) {
            out.addStraight(quote.quote());
        } else if (node instanceof TableHead || node instanceof TableBody || node instanceof TableRow || node instanceof TableCell) {
            block(node);
        } else {
            visitChildren(node);
        }
    }
}
