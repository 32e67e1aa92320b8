package folio.content;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * Which reference definition ({@code [label]: url}) gave a link or image its address. A link
 * written {@code [text][label]}, {@code [text][]} or {@code [text]} takes its URL from the
 * definition, so a mistake in that URL belongs to the definition's line, not to each use.
 * Works on a tree parsed with source spans: the use is told by its source text, which ends with
 * the label's {@code ]} (an inline link ends with {@code )}, an autolink with its address).
 */
final class ReferenceDefinitions {
    private ReferenceDefinitions() {}

    /**
     * Reports each link definition whose label an earlier one of the text already has, its case
     * aside ({@code [plan]: a} then {@code [PLAN]: b}): CommonMark keeps the first and drops the
     * others without a word, so the second address would never be published.
     */
    static void reportRepeated(List<LinkReferenceDefinition> definitions, NodePositions positions,
                               folio.diag.Diagnostics diagnostics) {
        if (definitions.size() < 2) {
            return;
        }
        java.util.Map<String, Integer> first = new java.util.HashMap<>();
        for (int index = 0; index < definitions.size(); index++) {
            LinkReferenceDefinition definition = definitions.get(index);
            String label = definition.getLabel();
            if (label == null || Footnotes.isSpacedLabel(label)) {
                continue;
            }
            Integer earlier = first.putIfAbsent(normalise(label), index);
            if (earlier == null) {
                continue;
            }
            LinkReferenceDefinition kept = definitions.get(earlier);
            boolean same = java.util.Objects.equals(kept.getDestination(), definition.getDestination())
                    && java.util.Objects.equals(kept.getTitle(), definition.getTitle());
            diagnostics.error(positions.ofDefinition(index), "link definition [" + label + "] repeats the label of the one at "
                    + "line " + positions.ofDefinition(earlier).line() + (kept.getLabel().equals(label) ? ""
                    : " ([" + kept.getLabel() + "]: a label is the same whatever its case)") + ", and only the first is used"
                    + (same ? ": remove this line" : ", so " + definition.getDestination() + " would never be linked: remove "
                    + "the definition you do not want, or give this one a label of its own and link to that"));
        }
    }

    /** The definition {@code node} (a link or image of {@code text}'s spanned tree) takes its address from, if any. */
    static Optional<LinkReferenceDefinition> of(Node node, String text, List<LinkReferenceDefinition> definitions) {
        if (definitions.isEmpty()) {
            return Optional.empty();
        }
        String written = sourceOf(node, text);
        String label = label(written);
        if (label == null) {
            return Optional.empty();
        }
        String wanted = normalise(label);
        // CommonMark keeps the first definition of a label and ignores the others.
        return definitions.stream().filter(d -> normalise(d.getLabel()).equals(wanted)).findFirst();
    }

    /**
     * The label a reference link or image written as {@code written} names, or null when it is
     * not a reference ({@code [text](url)}, an autolink). A label holds no unescaped bracket, so
     * the last unescaped {@code [} opens it, or opens the link's text for {@code [text]}.
     */
    static String label(String written) {
        int textStart = written.startsWith("![") ? 2 : written.startsWith("[") ? 1 : -1;
        if (textStart < 0 || !written.endsWith("]") || written.length() < textStart + 1) {
            return null;
        }
        int open = lastUnescapedOpen(written, written.length() - 1);
        if (open < textStart - 1) {
            return null;
        }
        String inside = written.substring(open + 1, written.length() - 1);
        if (open == textStart - 1) {
            return inside; // [text]: the text is the label
        }
        if (inside.isBlank() && open >= textStart + 1 && written.charAt(open - 1) == ']') {
            return written.substring(textStart, open - 1); // [text][]
        }
        return inside; // [text][label]
    }

    private static int lastUnescapedOpen(String text, int before) {
        for (int i = before - 1; i >= 0; i--) {
            if (text.charAt(i) == '[' && !escaped(text, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean escaped(String text, int index) {
        int backslashes = 0;
        for (int i = index - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /** CommonMark's label matching: case folded, runs of white space as one space, trimmed. */
    static String normalise(String label) {
        return label.strip().toLowerCase(Locale.ROOT).toUpperCase(Locale.ROOT).replaceAll("[ \\t\\r\\n]+", " ");
    }

    /** The source text a node was parsed from, its lines joined with line breaks. */
    private static String sourceOf(Node node, String text) {
        List<SourceSpan> spans = node.getSourceSpans();
        StringBuilder written = new StringBuilder();
        for (SourceSpan span : spans) {
            int from = span.getInputIndex();
            int to = Math.min(text.length(), from + span.getLength());
            if (from < 0 || from > to) {
                return "";
            }
            if (!written.isEmpty()) {
                written.append('\n');
            }
            written.append(text, from, to);
        }
        return written.toString();
    }
}
