package folio.content;

import folio.diag.Diagnostics;
import folio.diag.InvisibleCharacters;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * Markdown that looks like something else but is published as text (HTML comments: {@link HiddenHtml}): a line {@code ##Heading}
 * with no space after its marks (a paragraph starting with "##", not a heading), and a heading,
 * list item, quote, table row or fence whose line starts with a character the editor does not
 * show (a byte-order mark left by joining two files, a zero-width or no-break space): Markdown
 * reads the line as text and the page shows "## Method" where a heading was meant.
 */
final class TextLookalikes {
    private static final Pattern NO_SPACE_HEADING = Pattern.compile("#{2,6}[^#\\s].*");
    /** What starts a block when it starts a line: a heading, a list item, a quote, a table row, a fence, a break. */
    private static final Pattern BLOCK_START = Pattern.compile("(#{1,6}(?:[ \\t].*)?|[-*+][ \\t].*|\\d{1,9}[.)][ \\t].*|>.*"
            + "|\\|.*|```.*|~~~.*|(?:-[ \\t]*){3,}|(?:\\*[ \\t]*){3,}|(?:_[ \\t]*){3,})", Pattern.DOTALL);

    private TextLookalikes() {}

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

    /**
     * Reports each line of a paragraph that starts with invisible characters and then what would
     * start a block ({@code \uFEFF## Method}), among {@code texts}.
     */
    static void reportInvisibleBlockStarts(List<Text> texts, NodePositions positions, Diagnostics diagnostics) {
        for (int index = 0; index < texts.size(); index++) {
            Text node = texts.get(index);
            String literal = node.getLiteral();
            if (literal.isEmpty() || literal.charAt(0) < 0x80 || !InvisibleCharacters.isInvisible(literal.charAt(0))
                    || !(node.getParent() instanceof Paragraph)
                    || node.getPrevious() != null && !(node.getPrevious() instanceof SoftLineBreak)) {
                continue;
            }
            // The line as written, not the text node: a fence after the character became a code span (```x```).
            String line = sourceLine(positions, index, literal);
            int after = 0;
            while (after < line.length() && (line.charAt(after) == ' ' || line.charAt(after) == '\t'
                    || line.charAt(after) >= 0x80 && InvisibleCharacters.isInvisible(line.charAt(after)))) {
                after++;
            }
            String rest = line.substring(after);
            if (!BLOCK_START.matcher(rest).matches()) {
                continue;
            }
            String shown = rest.length() > 40 ? rest.substring(0, 40) + "..." : rest;
            diagnostics.error(positions.ofText(index, 0), "invisible " + InvisibleCharacters.describe(literal.charAt(0))
                    + " at the start of this line: Markdown reads '" + shown + "' as text, not as "
                    + blockName(rest) + ", as the editor shows it; delete it (retype the start of the line)");
        }
    }

    /** The rest of the source line where the {@code index}th text node starts ({@code literal} should the parses differ). */
    private static String sourceLine(NodePositions positions, int index, String literal) {
        Text spanned = positions.spannedText(index);
        if (spanned == null || spanned.getSourceSpans().isEmpty()) {
            return literal;
        }
        String text = positions.text();
        int from = spanned.getSourceSpans().get(0).getInputIndex();
        int end = text.indexOf('\n', from);
        return text.substring(from, end < 0 ? text.length() : end);
    }

    private static String blockName(String start) {
        char c = start.charAt(0);
        return c == '#' ? "a heading" : c == '>' ? "a quote" : c == '|' ? "a table row" : c == '`' || c == '~' ? "a code fence"
                : start.matches("(?s)(?:[-*_][ \\t]*){3,}") ? "a line across the page" : "a list item";
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
