package folio.site;

import folio.content.Keyword;
import java.util.List;

/**
 * A dated event. {@code respondsTo} (nullable) is the event this one answers or disputes;
 * {@code responses} the events that answer it. Both are briefs, not events, so the records
 * hold no cycle and every list is complete when the event is made.
 */
public record TimelineEvent(String id, PartialDate date, String title, Markup textHtml, Category category,
                            Brief respondsTo, List<Brief> responses, List<Source> sources, String url,
                            Origin origin) {
    // An entry is itself (package-info): not compared field by field, so no method is linked at run time.
    @Override public boolean equals(Object other) { return this == other; }
    @Override public int hashCode() { return System.identityHashCode(this); }

    /** Another event, as a link to it needs it. */
    public record Brief(String id, String title, PartialDate date, String url) {
        // An entry is itself (package-info): not compared field by field.
        @Override public boolean equals(Object other) { return this == other; }
        @Override public int hashCode() { return System.identityHashCode(this); }
    }

    /** What kind of event it is; the timeline colours and filters by it. */
    public enum Category implements Keyword {
        CONTEXT, DIPLOMACY, DOCUMENT, STATEMENT, MILITARY;

        @Override
        public String toString() {
            return id();
        }
    }

    /** GitHub's editor on this entry's file; null without {@code repository:} in site.yaml. */
    public String editUrl() {
        return origin.editUrl();
    }

    /** This entry's file on GitHub, at its line; null without {@code repository:} in site.yaml. */
    public String sourceUrl() {
        return origin.sourceUrl();
    }
    /** Its anchor on the pages that show it: its id, as in the open data ({@link FormerIds} keeps older anchors). */
    public String anchor() {
        return id;
    }

    public boolean disputed() {
        return respondsTo != null || !responses.isEmpty();
    }
}
