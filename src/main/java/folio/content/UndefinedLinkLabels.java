package folio.content;

import folio.diag.Diagnostics;
import java.util.List;
import org.commonmark.node.Text;

/**
 * A reference link {@code [text][label]} or {@code [text][]} with no {@code [label]: url}
 * definition: CommonMark leaves it as plain text, so the page would show both pairs of brackets.
 * Found in the text node's source (read through its source span), so an escaped {@code \]} or
 * {@code \[} meant as text is left alone; citations ({@code [@a]}), footnotes and
 * {@code [[references]]} have brackets of their own and are not reference links.
 */
final class UndefinedLinkLabels {
    private UndefinedLinkLabels() {}

    /** Reports each {@code [text][label]} left as text among {@code texts}. */
    static void report(List<Text> texts, NodePositions positions, Diagnostics diagnostics) {
        SourceMarks.find(texts, positions, "][", (from, to, at) -> report(positions.text(), from, to, at, positions, diagnostics));
    }

    private static void report(String source, int from, int to, int close, NodePositions positions, Diagnostics diagnostics) {
        int open = source.lastIndexOf('[', close);
        int labelEnd = source.indexOf(']', close + 2);
        if (open < from || labelEnd < 0 || labelEnd >= to || SourceMarks.escaped(source, open, from) || SourceMarks.escaped(source, close, from)
                || SourceMarks.escaped(source, close + 1, from)) {
            return;
        }
        String text = source.substring(open + 1, close);
        String label = source.substring(close + 2, labelEnd);
        if (text.isBlank() || text.indexOf(']') >= 0 || label.indexOf('[') >= 0 || special(text) || special(label)) {
            return;
        }
        String named = label.isEmpty() ? text : label;
        diagnostics.error(positions.ofIndex(open), "link [" + text + "][" + label
                + "] names no link definition [" + named + "], so the page would show it as text: add a line '["
                + named + "]: https://...' to the same page (or YAML field), write the link as [" + text + "](url), "
                + "or write \\[" + text + "] to show the brackets");
    }

    /** Citations, footnotes and references: their brackets are not a reference link's. */
    private static boolean special(String inside) {
        return inside.startsWith("@") || inside.startsWith("^") || inside.startsWith("[") || inside.endsWith("]");
    }
}
