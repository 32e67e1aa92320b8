package folio.site;

import java.util.List;

/** A version of the plan (the 28-point draft, the Geneva framework, ...), named by its status. */
public record Document(String id, String name, String status, PartialDate date, Markup summaryHtml,
                       List<Source> sources, String url) {
    /** Its anchor on the pages that show it: its id, as in the open data ({@link FormerIds} keeps older anchors). */
    public String anchor() {
        return id;
    }
}
