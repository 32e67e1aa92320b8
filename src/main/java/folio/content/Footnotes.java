package folio.content;

import folio.diag.Diagnostics;
import java.util.List;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.node.Text;

/**
 * Footnotes whose text would be lost or shown wrongly. A reference {@code [^label]} with no
 * {@code [^label]: ...} definition in the same text is left as plain text by the footnotes
 * extension, so the page would show the brackets; a definition no reference names, or the second
 * definition of a label, is dropped without a trace.
 */
final class Footnotes {
    private Footnotes() {}

    /**
     * Reports each unescaped {@code [^label]} left as text among {@code texts}. An escaped
     * {@code \[^label]} (meant as text) is the same text in the tree; it is told apart by the
     * node's source, read through its source span, where the backslash is still there.
     */
    static void reportUndefined(List<Text> texts, NodePositions positions, Diagnostics diagnostics) {
        String source = positions.text();
        SourceMarks.find(texts, positions, "[^", (from, to, at) -> {
            String label = label(source, at + 2, to);
            if (label != null && !SourceMarks.escaped(source, at, from)) {
                diagnostics.error(NodePositions.positionIn(source, at, positions.start()),
                        "footnote [^" + label + "] has no definition, so the page would show it as text: add a "
                        + "line '[^" + label + "]: the note' to the same page (or YAML field), or write "
                        + "\\[^" + label + "] to show the brackets");
            }
        });
    }

    /** The label of a footnote reference whose label starts at {@code from}, or null if there is none. */
    private static String label(String source, int from, int to) {
        int end = from;
        while (end < to && source.charAt(end) != ']') {
            if (Character.isWhitespace(source.charAt(end)) || source.charAt(end) == '[') {
                return null;
            }
            end++;
        }
        return end < to && end > from ? source.substring(from, end) : null;
    }

    /** Reports each footnote definition that no reference names, and each second definition of a label. */
    static void reportDefinitions(NodePositions.Collected nodes, NodePositions positions, Diagnostics diagnostics) {
        java.util.Set<String> referenced = new java.util.HashSet<>();
        nodes.footnoteReferences().forEach(label -> referenced.add(normal(label)));
        java.util.Set<String> defined = new java.util.HashSet<>();
        List<FootnoteDefinition> definitions = nodes.footnoteDefinitions();
        for (int index = 0; index < definitions.size(); index++) {
            String label = definitions.get(index).getLabel();
            if (!defined.add(normal(label))) {
                diagnostics.error(positions.ofFootnoteDefinition(index), "footnote [^" + label + "] is defined twice, and "
                        + "only the first definition is published: remove this one, or give it a label of its own");
            } else if (notInAnchor(label) >= 0) {
                char bad = label.charAt(notInAnchor(label));
                String plain = label.replaceAll("[^\\p{L}\\p{N}_.-]+", "-").replaceAll("^-+|-+$", "");
                diagnostics.error(positions.ofFootnoteDefinition(index), "footnote [^" + label + "] has '" + bad + "' in its "
                        + "label, which the links between the note and its reference (#fn-" + label + ") cannot hold in "
                        + "valid HTML: name it with letters, digits and -, like [^" + (plain.isEmpty() ? "note" : plain)
                        + "], here and where it is referenced");
            } else if (!referenced.contains(normal(label))) {
                diagnostics.error(positions.ofFootnoteDefinition(index), "footnote [^" + label + "] is never referenced, "
                        + "so its text would not be published: put [^" + label + "] where the note belongs, or remove it");
            }
        }
    }

    /**
     * Where {@code label} has a character a URL's fragment may not hold (WHATWG URL: a space or other
     * control, " # % < > [ \ ] ^ ` { | }): the note's id and both links are made from it. -1 when none.
     */
    static int notInAnchor(String label) {
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (c <= ' ' || c == 0x7F || "\"#%<>[\\]^`{|}".indexOf(c) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String normal(String label) {
        return label.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
