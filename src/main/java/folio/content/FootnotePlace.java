package folio.content;

import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import java.util.List;
import java.util.Optional;
import org.commonmark.ext.footnotes.FootnoteDefinition;

/**
 * A footnote of a text ({@code [^label]: ...}) and where its definition is written: found from an id
 * the footnote gives a rendered page, for a message about an id that page repeats. CommonMark-java's
 * renderer gives the definition {@code fn-label} and each place it is cited {@code fnref-label}
 * ({@code fnref-label-2}, ... for the second and later).
 */
public record FootnotePlace(String label, SourcePosition at) {

    /**
     * The footnote of {@code text} (written from {@code start}) that gives a page the id {@code id}; empty
     * when none does. Parses the text again: for a message, not for rendering.
     */
    public static Optional<FootnotePlace> find(String text, TextPlace start, String id) {
        if (!id.startsWith("fn-") && !id.startsWith("fnref-")) {
            return Optional.empty();
        }
        Markdown.Parsed parsed = Markdown.parse(text, start, new Diagnostics());
        NodePositions.Collected nodes = NodePositions.Collected.of(parsed.document());
        List<FootnoteDefinition> definitions = nodes.footnoteDefinitions();
        // Its own label first: [^a-2] gives fnref-a-2 where [^a] gives it only if cited twice (one text cannot have both:
        // Footnotes refuses it), so a later place of [^a] is looked for only after every label, and only as often as cited.
        for (int i = 0; i < definitions.size(); i++) {
            String label = definitions.get(i).getLabel();
            if (id.equals("fn-" + label) || id.equals("fnref-" + label)) {
                return Optional.of(new FootnotePlace(label, parsed.positions().ofFootnoteDefinition(i)));
            }
        }
        for (int i = 0; i < definitions.size(); i++) {
            String label = definitions.get(i).getLabel();
            String cited = "fnref-" + label + "-";
            if (id.startsWith(cited) && id.substring(cited.length()).matches("[1-9][0-9]{0,8}")
                    && timesCited(nodes, label) >= Integer.parseInt(id.substring(cited.length()))) {
                return Optional.of(new FootnotePlace(label, parsed.positions().ofFootnoteDefinition(i)));
            }
        }
        return Optional.empty();
    }

    private static long timesCited(NodePositions.Collected nodes, String label) {
        String normal = label.strip().toLowerCase(java.util.Locale.ROOT);
        return nodes.footnoteReferences().stream().filter(cited -> cited.strip().toLowerCase(java.util.Locale.ROOT).equals(normal))
                .count();
    }
}
