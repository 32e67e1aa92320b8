package folio.content;

import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * Markdown that looks like something else but is published as text: an HTML comment (raw HTML
 * is shown, so a note meant to be hidden would be read by everyone), and a line {@code ##Heading}
 * with no space after its marks (a paragraph starting with "##", not a heading).
 */
final class TextLookalikes {
    private static final Pattern NO_SPACE_HEADING = Pattern.compile("#{2,6}[^#\\s].*");

    private TextLookalikes() {}

    /** Reports each HTML comment of {@code text}; looked for only when the text holds "<!--". */
    static void reportComments(String text, SourcePosition start, Diagnostics diagnostics) {
        Markdown.parserFor(text, true).parse(text).accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock html) {
                report(html.getLiteral(), NodePositions.positionOf(html, start));
            }

            @Override
            public void visit(HtmlInline html) {
                report(html.getLiteral(), NodePositions.positionOf(html, start));
            }

            private void report(String literal, SourcePosition at) {
                if (literal.strip().startsWith("<!--")) {
                    diagnostics.error(at, "an HTML comment is published as text, where every reader sees it (raw HTML is "
                            + "shown, not hidden): remove it, or keep the note outside content/");
                }
            }
        });
    }

    /** Reports each line of a paragraph that starts with ## and no space, among {@code texts}. */
    static void reportHeadingsWithoutSpace(List<Text> texts, NodePositions positions, Diagnostics diagnostics) {
        for (int index = 0; index < texts.size(); index++) {
            Text node = texts.get(index);
            String literal = node.getLiteral();
            if (literal.startsWith("##") && node.getParent() instanceof Paragraph
                    && (node.getPrevious() == null || node.getPrevious() instanceof SoftLineBreak)
                    && NO_SPACE_HEADING.matcher(literal).matches() && !escaped(positions, index)) {
                int level = 0;
                while (literal.charAt(level) == '#') {
                    level++;
                }
                String marks = literal.substring(0, level);
                String shown = literal.length() > 40 ? literal.substring(0, 40) + "..." : literal;
                diagnostics.error(positions.ofText(index, 0), "'" + shown + "' is not a heading, only text: a heading "
                        + "needs a space after its " + marks + ", like '" + marks + " " + shown.substring(level) + "'");
            }
        }
    }

    /** Whether the text starts with a backslash in its source ({@code \##x}, written so on purpose). */
    private static boolean escaped(NodePositions positions, int index) {
        Text spanned = positions.spannedText(index);
        if (spanned == null || spanned.getSourceSpans().isEmpty()) {
            return false;
        }
        int at = spanned.getSourceSpans().get(0).getInputIndex();
        return at < positions.text().length() && positions.text().charAt(at) == '\\';
    }
}
