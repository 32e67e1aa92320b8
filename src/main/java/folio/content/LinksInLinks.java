package folio.content;

import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import java.util.List;
import java.util.function.Supplier;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/**
 * Links where a link cannot go. A link, reference or citation inside a link's text would be
 * published as an {@code <a>} inside an {@code <a>}, which HTML does not allow: browsers close
 * the outer link there, so its text is split and part of it goes nowhere. A reference, citation
 * or footnote inside an image's description would be dropped without a trace, as the
 * description (its alt text) is plain text: the words of a reference, a citation's source, a
 * footnote's whole note.
 */
final class LinksInLinks {
    private LinksInLinks() {}

    /** Reports each of these, among a text's links, images, references and citations. */
    static void report(Markdown.Parsed parsed, Diagnostics diagnostics) {
        if (parsed.links().isEmpty() && parsed.images().isEmpty()) {
            return;
        }
        List<Link> links = parsed.links();
        for (int index = 0; index < links.size(); index++) {
            if (enclosing(links.get(index)) instanceof Link) {
                diagnostics.error(parsed.positions().ofLink(index), "this link is inside another link's text, and a "
                        + "page cannot hold a link in a link (browsers cut the outer one in two): take it out of the "
                        + "other link's [text]");
            }
        }
        for (ReferenceNode reference : parsed.references()) {
            ReferenceSyntax.Reference written = reference.reference();
            report(enclosing(reference), "reference [[" + written.kind() + ":" + written.id() + "]]",
                    "write its words as plain text", diagnostics, reference.where());
        }
        for (CitationNode citation : parsed.citations()) {
            String written = "citation [@" + String.join("; @", citation.sourceIds()) + "]";
            report(enclosing(citation), written, null, diagnostics, citation.where());
        }
        List<Image> images = parsed.images();
        for (int index = 0; index < images.size(); index++) {
            FootnoteReference footnote = footnoteIn(images.get(index));
            if (footnote != null) {
                diagnostics.error(parsed.positions().ofImage(index), "footnote [^" + footnote.getLabel() + "] is inside an "
                        + "image's description, which is plain text (its alt text), so the note would be dropped: put the "
                        + "footnote after the image, ![description](url)[^" + footnote.getLabel() + "]");
            }
        }
    }

    /** {@code words}: how to keep a reference's words in place; null for a citation, which has none. */
    private static void report(Node enclosing, String written, String words, Diagnostics diagnostics,
                               Supplier<SourcePosition> where) {
        if (enclosing instanceof Link) {
            diagnostics.error(where.get(), written + " is inside a link's text, and a page cannot hold a link in a link "
                    + "(browsers cut the outer one in two): " + (words == null ? "put it after the link, [text](url) "
                    + written.substring(written.indexOf('[')) : words + ", or move it out of the link's [text]"));
        } else if (enclosing instanceof Image) {
            diagnostics.error(where.get(), written + " is inside an image's description, which is plain text (its alt "
                    + "text), so it would be dropped: " + (words == null ? "put it after the image, ![description](url) "
                    + written.substring(written.indexOf('[')) : words + ", or move it out of the image's ![description]"));
        }
    }

    /** The nearest link or image {@code node} is inside, or null. */
    private static Node enclosing(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof Link || parent instanceof Image) {
                return parent;
            }
        }
        return null;
    }

    private static FootnoteReference footnoteIn(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            FootnoteReference found = child instanceof FootnoteReference reference ? reference : footnoteIn(child);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
