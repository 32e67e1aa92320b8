package folio.content;

import folio.diag.Diagnostics;
import java.util.List;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Headings and links with nothing to read. A heading of {@code ## } alone (only spaces, an empty
 * link, an id and no text) would be published as an empty {@code <h2>}, a gap in the page's
 * outline that a screen reader announces as a heading with no name, with a made-up anchor; a link
 * {@code [](url)} as an {@code <a>} no one can see or click, which a screen reader reads as its URL.
 */
final class EmptyText {
    private EmptyText() {}

    static void reportHeadings(List<Heading> headings, NodePositions positions, Diagnostics diagnostics) {
        for (int index = 0; index < headings.size(); index++) {
            Heading heading = headings.get(index);
            if (!shows(heading)) {
                String marks = "#".repeat(heading.getLevel());
                diagnostics.error(positions.ofHeading(index), "this heading has no text, so the page would show an empty <h"
                        + heading.getLevel() + ">: write the heading's text after '" + marks + " ', or remove the line");
            }
        }
    }

    static void reportLinks(List<Link> links, NodePositions positions, Diagnostics diagnostics) {
        for (int index = 0; index < links.size(); index++) {
            if (!shows(links.get(index))) {
                diagnostics.error(positions.ofLink(index), "this link has no text, so the page would show an empty link "
                        + "no one can see or click: write its text between the brackets, [like this](url)");
            }
        }
    }

    /** Whether {@code node} holds anything a reader sees: an image, or text that is not only spaces. */
    static boolean shows(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Image || child instanceof LiteralQuote || (child instanceof Text text && !blank(text.getLiteral()))
                    || (child instanceof Code code && !blank(code.getLiteral()))
                    || (child instanceof HtmlInline html && !blank(html.getLiteral())) || shows(child)) {
                return true;
            }
        }
        return false;
    }

    private static boolean blank(String text) {
        // A character that shows nothing (a zero-width space, a byte-order mark) is no text either.
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || folio.diag.InvisibleCharacters.isInvisible(c));
    }
}
