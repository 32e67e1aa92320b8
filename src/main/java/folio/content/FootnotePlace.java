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
        List<FootnoteDefinition> definitions = NodePositions.Collected.of(parsed.document()).footnoteDefinitions();
        for (int i = 0; i < definitions.size(); i++) {
            String label = definitions.get(i).getLabel();
            String cited = "fnref-" + label;
            if (id.equals("fn-" + label) || id.equals(cited)
                    || id.startsWith(cited + "-") && id.substring(cited.length() + 1).matches("[0-9]+")) {
                return Optional.of(new FootnotePlace(label, parsed.positions().ofFootnoteDefinition(i)));
            }
        }
        return Optional.empty();
    }
}
