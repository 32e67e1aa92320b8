package folio.content;

import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
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
                SourcePosition where = positions.ofIndex(at);
                if (blank(label) >= 0) {
                    // A definition with such a label is not one either: it is this text too, or a link definition.
                    diagnostics.error(where, spaced(label));
                    return;
                }
                diagnostics.error(where,
                        "footnote [^" + label + "] has no definition, so the page would show it as text: add a "
                        + "line '[^" + label + "]: the note' to the same page (or YAML field), or write "
                        + "\\[^" + label + "] to show the brackets");
            }
        });
    }

    /**
     * Reports each link definition whose label starts with ^ and holds a space or tab
     * ({@code [^my note]: One.}), and each link that takes its address from one ({@code [^my note]}):
     * the footnotes extension accepts no blank in a label, so CommonMark reads the pair as a link
     * definition and a link to "One.", and the note is not published.
     */
    static void reportSpacedDefinitions(NodePositions.Collected nodes, NodePositions positions, Diagnostics diagnostics) {
        List<org.commonmark.node.LinkReferenceDefinition> definitions = nodes.definitions();
        boolean any = false;
        for (int index = 0; index < definitions.size(); index++) {
            String label = definitions.get(index).getLabel();
            if (label != null && spacedFootnote(label)) {
                diagnostics.error(positions.ofDefinition(index), spaced(label.substring(1)));
                any = true;
            }
        }
        if (!any) {
            return;
        }
        for (int index = 0; index < nodes.links().size(); index++) {
            String label = positions.definitionOfLink(index).map(org.commonmark.node.LinkReferenceDefinition::getLabel).orElse(null);
            if (label != null && spacedFootnote(label)) {
                diagnostics.error(positions.ofLink(index), spaced(label.substring(1)));
            }
        }
    }

    /** Whether a link definition's label is a footnote's with a space or tab in it ({@code ^my note}). */
    static boolean isSpacedLabel(String label) {
        return label != null && spacedFootnote(label);
    }

    private static boolean spacedFootnote(String label) {
        return label.startsWith("^") && !label.substring(1).isBlank() && blank(label) >= 0;
    }

    /** Where {@code label} has a space or tab (a line break is one too, in a label written over two lines), or -1. */
    private static int blank(String label) {
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                return i;
            }
        }
        return -1;
    }

    /** The message for a footnote label with a blank in it (written without its ^). */
    private static String spaced(String label) {
        char c = label.charAt(blank(label));
        String shown = label.replaceAll("[\r\n]+", " ");
        return "footnote [^" + shown + "] has " + (c == '\t' ? "a tab" : c == ' ' ? "a space" : "a line break")
                + " in its label, which a footnote's label cannot hold: Markdown reads it as a link or as text, not as a "
                + "footnote, and the note is not published; name it with letters, digits and -, like [^" + plain(label)
                + "], here and where it is referenced";
    }

    /** A label made of letters, digits, _, . and -, for a message's example. */
    private static String plain(String label) {
        String plain = label.replaceAll("[^\\p{L}\\p{N}_.-]+", "-").replaceAll("^-+|-+$", "");
        return plain.isEmpty() ? "note" : plain;
    }

    /**
     * The label of a footnote reference whose label starts at {@code from}, or null if there is
     * none; it may hold spaces and tabs, which {@link #reportUndefined} reports as such.
     */
    private static String label(String source, int from, int to) {
        int end = from;
        while (end < to && source.charAt(end) != ']') {
            char c = source.charAt(end);
            if (c == '[' || (Character.isWhitespace(c) && c != ' ' && c != '\t')) {
                return null;
            }
            end++;
        }
        return end < to && end > from && !source.substring(from, end).isBlank() ? source.substring(from, end) : null;
    }

    /** Reports each footnote definition that no reference names, and each second definition of a label. */
    static void reportDefinitions(NodePositions.Collected nodes, NodePositions positions, Diagnostics diagnostics) {
        java.util.Set<String> referenced = new java.util.HashSet<>();
        nodes.footnoteReferences().forEach(label -> referenced.add(normal(label)));
        java.util.Set<String> defined = new java.util.HashSet<>();
        List<FootnoteDefinition> definitions = nodes.footnoteDefinitions();
        java.util.Set<String> reached = FootnoteReach.reached(definitions, Footnotes::normal);
        for (int index = 0; index < definitions.size(); index++) {
            String label = definitions.get(index).getLabel();
            if (!defined.add(normal(label))) {
                diagnostics.error(positions.ofFootnoteDefinition(index), "footnote [^" + label + "] is defined twice, and "
                        + "only the first definition is published: remove this one, or give it a label of its own");
            } else if (notInAnchor(label) >= 0) {
                char bad = label.charAt(notInAnchor(label));
                diagnostics.error(positions.ofFootnoteDefinition(index), "footnote [^" + label + "] has '" + bad + "' in its "
                        + "label, which the links between the note and its reference (#fn-" + label + ") cannot hold in "
                        + "valid HTML: name it with letters, digits and -, like [^" + plain(label)
                        + "], here and where it is referenced");
            } else if (refersTo(definitions.get(index), normal(label))) {
                // Its link would lead back to the note the reader is in, and the note would list itself as a place it is cited.
                diagnostics.error(positions.ofFootnoteDefinition(index), "footnote [^" + label + "] refers to itself in its "
                        + "own text, so that link leads back to the note the reader is in: remove the [^" + label
                        + "] inside it, or name another note");
            } else if (!referenced.contains(normal(label))) {
                diagnostics.error(positions.ofFootnoteDefinition(index), "footnote [^" + label + "] is never referenced, "
                        + "so its text would not be published: put [^" + label + "] where the note belongs, or remove it");
            } else if (!reached.contains(normal(label))) {
                diagnostics.error(positions.ofFootnoteDefinition(index), "footnote [^" + label + "] is cited only in notes "
                        + "that the text never cites, so its text would not be published: put [^" + label + "] where the "
                        + "note belongs in the text, or remove it");
            }
        }
        reportCitationIds(nodes, positions, diagnostics);
    }

    /**
     * Reports each footnote whose label is another's followed by -N ({@code [^a-2]} beside {@code [^a]}) when that other
     * is cited at least N times: the renderer names the places a footnote is cited fnref-a, fnref-a-2, fnref-a-3 ...,
     * so the page would have the id fnref-a-2 twice, in one text (two texts shown together are DuplicateIds').
     */
    private static void reportCitationIds(NodePositions.Collected nodes, NodePositions positions, Diagnostics diagnostics) {
        List<FootnoteDefinition> definitions = nodes.footnoteDefinitions();
        if (definitions.size() < 2) {
            return;
        }
        java.util.Map<String, Integer> cited = new java.util.HashMap<>();
        nodes.footnoteReferences().forEach(label -> cited.merge(normal(label), 1, Integer::sum));
        java.util.Map<String, Integer> byLabel = new java.util.HashMap<>();
        for (int index = 0; index < definitions.size(); index++) {
            byLabel.putIfAbsent(definitions.get(index).getLabel(), index);
        }
        for (int index = 0; index < definitions.size(); index++) {
            String label = definitions.get(index).getLabel();
            java.util.regex.Matcher numbered = java.util.regex.Pattern.compile("(.+)-([1-9][0-9]{0,8})").matcher(label);
            if (!numbered.matches() || !byLabel.containsKey(numbered.group(1)) || byLabel.get(label) != index) {
                continue;
            }
            String other = numbered.group(1);
            int place = Integer.parseInt(numbered.group(2));
            if (place < 2 || cited.getOrDefault(normal(other), 0) < place) {
                continue;
            }
            String id = "fnref-" + label;
            diagnostics.error(positions.ofFootnoteDefinition(index), "this footnote [^" + label + "] gives the page the id '"
                    + id + "', which the footnote [^" + other + "] at " + positions.ofFootnoteDefinition(byLabel.get(other))
                    + " also gives, to the " + ordinal(place) + " place it is cited (the places a footnote [^x] is cited are "
                    + "named fnref-x, fnref-x-2, fnref-x-3 ...): a link to #" + id + " lands on the first, and the page is not "
                    + "valid HTML; give this footnote a label that does not end in - and a number, like [^" + other + "-"
                    + (place <= 26 ? String.valueOf((char) ('a' + place - 1)) : "n" + place + "x") + "], here and where it is cited");
        }
    }

    /** Whether a reference to the footnote labelled {@code label} (normalised) is inside {@code node}. */
    private static boolean refersTo(org.commonmark.node.Node node, String label) {
        for (org.commonmark.node.Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof org.commonmark.ext.footnotes.FootnoteReference reference && normal(reference.getLabel()).equals(label)
                    || refersTo(child, label)) {
                return true;
            }
        }
        return false;
    }

    private static String ordinal(int place) {
        return switch (place) {
            case 2 -> "second";
            case 3 -> "third";
            default -> place + (place % 100 / 10 == 1 ? "th" : place % 10 == 1 ? "st" : place % 10 == 2 ? "nd"
                    : place % 10 == 3 ? "rd" : "th");
        };
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
