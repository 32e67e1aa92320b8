package folio.content;

import folio.diag.Diagnostics;
import java.util.List;
import org.commonmark.node.Text;

/**
 * A {@code [text](address)} that CommonMark did not make a link, so the page would show its
 * brackets and address as text: its address holds a space or its {@code (} is never closed, or
 * its text holds another link or a footnote (a link cannot hold either, so the outer one is
 * dropped). Found as a {@code ](} left in a text node's source; one whose {@code [} is escaped
 * ({@code \[a](b)}, written to show the brackets) is left alone.
 */
final class LinkLookalikes {
    /** How far back from a {@code ](} its {@code [} is looked for. */
    private static final int REACH = 2000;

    private LinkLookalikes() {}

    /** Reports each {@code [text](address)} left as text among {@code texts}. */
    static void report(List<Text> texts, NodePositions positions, Diagnostics diagnostics) {
        String source = positions.text();
        SourceMarks.find(texts, positions, "](", (from, to, at) -> {
            int open = opening(source, at);
            if (open < 0 || SourceMarks.escaped(source, open, Math.max(0, open - REACH))
                    || SourceMarks.escaped(source, at, from)) {
                return;
            }
            int lineEnd = source.indexOf('\n', at);
            String rest = source.substring(at + 2, lineEnd < 0 ? source.length() : lineEnd);
            int close = rest.indexOf(')');
            int first = open > 0 && source.charAt(open - 1) == '!' ? open - 1 : open;
            String shown = source.substring(first, Math.min(at + 2, first + 60)) + (at + 2 > first + 60 ? "..." : "");
            diagnostics.error(positions.ofIndex(first), "'" + shown.replace('\n', ' ')
                    + "' is shown as text, not made " + (first < open ? "an image: " : "a link: ")
                    + reason(source.substring(open + 1, at), rest, close) + " (or write \\[ to show the brackets)");
        });
    }

    private static String reason(String linkText, String rest, int close) {
        if (linkText.contains("](") || linkText.contains("[^") || linkText.contains("<http")) {
            return "its [text] holds another link or a footnote, and a link cannot hold either: move that out of the [text]";
        }
        if (close < 0) {
            return "its ( is not closed on the same line: end the address with )";
        }
        if (rest.substring(0, close).strip().contains(" ")) {
            return "its address holds a space: write it as %20, or put the address in <...>";
        }
        return "check its brackets and the ( ) around its address";
    }

    /** Where the {@code [} that the {@code ]} at {@code close} closes is, skipping pairs between; -1 if none. */
    private static int opening(String source, int close) {
        int depth = 0;
        for (int at = close - 1; at >= 0 && at >= close - REACH; at--) {
            char c = source.charAt(at);
            if (c == ']' && !SourceMarks.escaped(source, at, 0)) {
                depth++;
            } else if (c == '[' && !SourceMarks.escaped(source, at, 0)) {
                if (depth == 0) {
                    return at;
                }
                depth--;
            } else if (c == '\n' && at > 0 && source.charAt(at - 1) == '\n') {
                return -1; // a blank line: another paragraph
            }
        }
        return -1;
    }
}
