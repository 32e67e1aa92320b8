package folio.content;

import folio.diag.Diagnostics;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/**
 * The HTML a browser hides and folio shows: a comment ({@code <!-- note -->}), and the two forms
 * HTML reads as comments, a CDATA section ({@code <![CDATA[...]]>}) and a processing instruction
 * ({@code <?php ... ?>}). Raw HTML is shown as text, so a note meant to be hidden would be read by
 * everyone: each is an error, closed or left open. One left open is not HTML to CommonMark at all
 * inside a paragraph ({@code Some text <!-- note}) but text, found in the text nodes' source,
 * where an escaping backslash ({@code \<!--}, written to show the characters) is still seen and an
 * entity ({@code &lt;!--}) is not the mark. Ordinary text ({@code a < b}, {@code x <y}, {@code <?}
 * before a space) is not one of them.
 */
final class HiddenHtml {
    private static final String COMMENT = "an HTML comment is published as text, where every reader sees it (raw HTML is "
            + "shown, not hidden): remove it, or keep the note outside content/";
    private static final String LEFT_OPEN = "is not closed in its paragraph, so Markdown publishes it as text, where every reader sees it";

    private HiddenHtml() {}

    /** Whether {@code text} may hold one: "<!--", "<?" or "<![" (the scan before parsing looks for the same). */
    static boolean starts(char[] chars, int at) {
        int n = chars.length;
        return at + 1 < n && (chars[at + 1] == '?'
                || chars[at + 1] == '!' && at + 2 < n && (chars[at + 2] == '[' || chars[at + 2] == '-' && at + 3 < n && chars[at + 3] == '-'));
    }

    /** Reports each comment, CDATA section and processing instruction of {@code text}, closed or not. */
    static void report(String text, TextPlace start, Diagnostics diagnostics) {
        Markdown.parserFor(text, true).parse(text).accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock html) {
                reportHtml(html.getLiteral().strip(), NodePositions.positionOf(html, start));
            }

            @Override
            public void visit(HtmlInline html) {
                reportHtml(html.getLiteral(), NodePositions.positionOf(html, start));
            }

            private void reportHtml(String literal, folio.diag.SourcePosition at) {
                if (literal.startsWith("<!--")) {
                    diagnostics.error(at, COMMENT);
                } else if (literal.startsWith("<![CDATA[")) {
                    diagnostics.error(at, "a CDATA section (<![CDATA[ ... ]]>) is published as text, where every reader "
                            + "sees it (raw HTML is shown, not hidden): remove it, or write \\<![CDATA[ to show the characters");
                } else if (literal.startsWith("<?")) {
                    diagnostics.error(at, "'" + shown(literal) + "' (an HTML processing instruction) is published as text, "
                            + "where every reader sees it (raw HTML is shown, not hidden): remove it, or write \\<? to show "
                            + "the characters");
                }
            }

            @Override
            public void visit(Text node) {
                String literal = node.getLiteral();
                if (literal.indexOf('<') < 0) {
                    return;
                }
                for (SourceSpan span : node.getSourceSpans()) {
                    int from = span.getInputIndex();
                    int to = Math.min(text.length(), from + span.getLength());
                    for (int at = text.indexOf('<', from); at >= 0 && at < to; at = text.indexOf('<', at + 1)) {
                        String message = leftOpen(text, at, to);
                        if (message != null && !SourceMarks.escaped(text, at, from)) {
                            diagnostics.error(NodePositions.positionIn(text, at, start), message);
                        }
                    }
                }
            }
        });
    }

    /** What is wrong with the {@code <} at {@code at} of a text node's source, or null for a plain "<". */
    private static String leftOpen(String text, int at, int to) {
        String shown = shown(text.substring(at, Math.min(to, at + 60)));
        if (text.startsWith("<!--", at)) {
            return "'" + shown + "' opens an HTML comment that " + LEFT_OPEN + ": remove it (closed with -->, a comment "
                    + "would be shown too: keep notes outside content/), or write \\<!-- to show the characters";
        }
        if (text.startsWith("<![CDATA[", at)) {
            return "'" + shown + "' opens a CDATA section that " + LEFT_OPEN + ": remove it, or write \\<![CDATA[ to show "
                    + "the characters";
        }
        if (text.startsWith("<?", at) && at + 2 < to && isAsciiLetter(text.charAt(at + 2))) {
            return "'" + shown + "' opens an HTML processing instruction that " + LEFT_OPEN + ": remove it, or write \\<? "
                    + "to show the characters";
        }
        return null;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** The first line of {@code literal}, at most 40 characters. */
    private static String shown(String literal) {
        int line = literal.indexOf('\n');
        String first = line < 0 ? literal : literal.substring(0, line);
        return first.length() > 40 ? first.substring(0, 40) + "..." : first;
    }
}
