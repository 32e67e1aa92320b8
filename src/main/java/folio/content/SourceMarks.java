package folio.content;

import java.util.List;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/**
 * Finds a mark ({@code [^}, {@code ][}) in the Markdown source of the text nodes the parser left
 * as plain text, read through each node's source spans: there an escaping backslash is still
 * present, which the node's literal no longer shows.
 */
final class SourceMarks {
    private SourceMarks() {}

    /** Called with the span of the node's source a mark was found in, and where the mark starts. */
    interface Found {
        void at(int spanStart, int spanEnd, int mark);
    }

    /** Calls {@code found} for each {@code mark} in the source of the texts whose literal holds it. */
    static void find(List<Text> texts, NodePositions positions, String mark, Found found) {
        String source = positions.text();
        for (int index = 0; index < texts.size(); index++) {
            if (!texts.get(index).getLiteral().contains(mark)) {
                continue;
            }
            Text spanned = positions.spannedText(index);
            if (spanned == null) {
                continue;
            }
            for (SourceSpan span : spanned.getSourceSpans()) {
                int from = span.getInputIndex();
                int to = Math.min(source.length(), from + span.getLength());
                for (int at = source.indexOf(mark, from); at >= 0 && at + mark.length() <= to; at = source.indexOf(mark, at + 1)) {
                    found.at(from, to, at);
                }
            }
        }
    }

    /** Whether the character at {@code at} follows an odd number of backslashes (no further back than {@code from}). */
    static boolean escaped(String source, int at, int from) {
        int backslashes = 0;
        while (at - backslashes - 1 >= from && source.charAt(at - backslashes - 1) == '\\') {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }
}
