package folio.site;

import java.util.List;

/**
 * A version of the plan (the 28-point draft, the Geneva framework, ...), named by its status.
 * {@code shortName}: its name where the context says what kind of text it is ("20-point
 * framework" after "since then"); its {@code name} when the content gives none.
 */
public record Document(String id, String name, String shortName, String status, PartialDate date, Markup summaryHtml,
                       List<Source> sources, String url) {
    /** Its anchor on the pages that show it: its id, as in the open data ({@link FormerIds} keeps older anchors). */
    public String anchor() {
        return id;
    }
}
