package folio.site;

import java.util.List;

/** One issue across the versions: a cell per document, in document order. {@code noteHtml} may be null. */
public record Comparison(String id, String issue, List<Cell> cells, Markup noteHtml) {

    /** What one version says on the issue; {@code reported} is false where no source covers it. */
    public record Cell(Document document, boolean reported, Markup textHtml, List<Source> sources) {}

    public String anchor() {
        return "issue-" + id;
    }
}
