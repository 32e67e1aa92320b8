package folio.site;

import folio.content.Keyword;
import java.util.List;

/**
 * One point of the 28-point draft. {@code label} names it in the site's language ("Point 21").
 * {@code page} is the page it is shown on; {@code previous} and {@code next} link the points
 * before and after it in number order (null at either end). What points at it (reactions,
 * mentions, terms used) is in {@link Site}: {@code site.reactionsTo(p)}, {@code site.mentionsOf(p)},
 * {@code site.relatedTerms(p)}.
 */
public record Provision(int number, String id, String label, String title, Theme theme, Markup summaryHtml, boolean headline,
                        Wording wording, List<Source> sources, List<Change> changes, Markup bodyHtml, String url,
                        String sourcePath, String editUrl, Origin origin, Page page, Neighbour previous,
                        Neighbour next) {
    // An entry is itself (package-info): not compared field by field, so no method is linked at run time.
    @Override public boolean equals(Object other) { return this == other; }
    @Override public int hashCode() { return System.identityHashCode(this); }

    /** How much of the point's text is known: all of it, only a summary, or a reconstruction from reports. */
    public enum Wording implements Keyword {
        FULL, SUMMARY_ONLY, RECONSTRUCTED;

        @Override
        public String toString() {
            return id();
        }
    }

    /** What a later version did to the point. */
    public enum ChangeStatus implements Keyword {
        KEPT, CHANGED, DROPPED, DISPUTED, UNKNOWN;

        @Override
        public String toString() {
            return id();
        }
    }

    /** The point before or after another: what its link needs. */
    public record Neighbour(int number, String label, String title, String url) {
        // By identity (package-info): nothing compares these by value; generated methods link at run time.
        @Override public boolean equals(Object other) { return this == other; }
        @Override public int hashCode() { return System.identityHashCode(this); }
    }

    /** This point's file on GitHub; null without {@code repository:} in site.yaml. */
    public String sourceUrl() {
        return origin.sourceUrl();
    }

    /** A change a later version made to the point. */
    public record Change(Document document, ChangeStatus status, Markup textHtml, List<Source> sources) {}

    public boolean summaryOnly() {
        return wording == Wording.SUMMARY_ONLY;
    }

    public boolean reconstructed() {
        return wording == Wording.RECONSTRUCTED;
    }
}
