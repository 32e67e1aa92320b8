package folio.content;

import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.Text;

/**
 * Cuts a parsed text node at its {@code [[kind:id]]} references and {@code [@source]} citations:
 * each becomes a node of its own, for assembly to resolve; a malformed one is reported where it
 * starts and left as text.
 */
final class ReferenceSplitter {
    private ReferenceSplitter() {}

    static void split(Text node, NodePositions positions, int textIndex, List<ReferenceNode> references,
                      List<CitationNode> citations, Diagnostics diagnostics) {
        String literal = node.getLiteral();
        if (literal.indexOf('[') < 0) {
            return; // neither a token nor an unclosed "[[": most texts, looked at once instead of twice
        }
        List<ReferenceSyntax.Token> tokens = ReferenceSyntax.scan(literal);
        if (ReferenceSyntax.hasUnclosedReference(literal, tokens)) {
            int unclosed = unclosedIndex(literal, tokens);
            ReferenceSyntax.Token inner = innerToken(literal, tokens, unclosed);
            diagnostics.error(positions.ofText(textIndex, unclosed), inner != null
                    ? "a reference cannot hold another: " + opening(literal.substring(unclosed, inner.start())) + "...]] holds "
                            + literal.substring(inner.start(), inner.end()) + " in its text; write plain text after the |, "
                            + "and put " + literal.substring(inner.start(), inner.end()) + " beside it, after the ]]"
                    : node.getNext() instanceof LiteralQuote
                    ? "a reference's text cannot hold a quote written \\\" or \\': write the quote plainly (it gets the marks), "
                            + "or move the quoted words after the ]]"
                    : "unclosed reference '[[': write [[kind:id]] on one line, closed with ]]"
                    + (node.getParent() instanceof TableCell ? " (in a table a | starts a new cell: write [[kind:id\\|text]])" : ""));
        }
        if (tokens.isEmpty()) {
            return;
        }
        int from = 0;
        for (ReferenceSyntax.Token token : tokens) {
            int column = token.start();
            NodePositions.Place here = new NodePositions.Place(positions, textIndex, column);
            if (token.start() > from) {
                node.insertBefore(new Text(literal.substring(from, token.start())));
            }
            if (token.problem() != null) {
                diagnostics.error(here.get(), token.problem());
                node.insertBefore(new Text(literal.substring(token.start(), token.end())));
            } else if (token.isCitation()) {
                CitationNode citation = new CitationNode(token.citedIds(), here);
                citations.add(citation);
                node.insertBefore(citation);
            } else {
                ReferenceNode reference = new ReferenceNode(token.reference(), here);
                references.add(reference);
                node.insertBefore(reference);
            }
            from = token.end();
        }
        if (from < literal.length()) {
            node.insertBefore(new Text(literal.substring(from)));
        }
        node.unlink();
    }

    /**
     * The reference or citation written inside the reference left open at {@code unclosed}
     * ({@code [[actor:trump|[[term:donbas]]]]}): the next token, with no "]]" before it. Null when
     * there is none: the reference is only unclosed.
     */
    private static ReferenceSyntax.Token innerToken(String literal, List<ReferenceSyntax.Token> tokens, int unclosed) {
        for (ReferenceSyntax.Token token : tokens) {
            if (token.start() > unclosed) {
                return literal.substring(unclosed, token.start()).contains("]]") ? null : token;
            }
        }
        return null;
    }

    /** "[[actor:trump|" of "[[actor:trump|the ": the reference up to its bar, or as written when it has none. */
    private static String opening(String open) {
        int bar = open.indexOf('|');
        return bar >= 0 ? open.substring(0, bar + 1) : open.strip();
    }

    /** Where the first "[[" that no complete token consumed starts. */
    private static int unclosedIndex(String literal, List<ReferenceSyntax.Token> tokens) {
        int from = 0;
        for (ReferenceSyntax.Token token : tokens) {
            int open = literal.substring(from, token.start()).indexOf("[[");
            if (open >= 0) {
                return from + open;
            }
            from = token.end();
        }
        return Math.max(0, literal.indexOf("[[", from));
    }

}
