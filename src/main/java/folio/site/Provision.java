package folio.site;

import java.util.List;

/**
 * One point of the 28-point draft. {@code wording} is "full", "summary-only" or "reconstructed".
 * {@code page} is the page it is shown on; {@code previous} and {@code next} link the points
 * before and after it in number order (null at either end). What points at it (reactions,
 * mentions, terms used) is in {@link Site}: {@code site.reactionsTo(p)}, {@code site.mentionsOf(p)},
 * {@code site.relatedTerms(p)}.
 */
public record Provision(int number, String id, String title, Theme theme, Markup summaryHtml, boolean headline,
                        String wording, List<Source> sources, List<Change> changes, Markup bodyHtml, String url,
                        String sourcePath, String editUrl, Origin origin, Page page, Neighbour previous,
                        Neighbour next) {

    /** The point before or after another: what its link needs. */
    public record Neighbour(int number, String label, String title, String url) {}

    /** This point's file on GitHub; null without {@code repository:} in site.yaml. */
    public String sourceUrl() {
        return origin.sourceUrl();
    }

    /** A change a later version made to the point. {@code status}: kept, changed, dropped, disputed, unknown. */
    public record Change(Document document, String status, Markup textHtml, List<Source> sources) {}

    public boolean summaryOnly() {
        return wording.equals("summary-only");
    }

    public String label() {
        return "Point " + number;
    }
}
