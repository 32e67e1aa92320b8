package folio.site;

import java.util.List;

/**
 * A dated event. {@code category}: context, diplomacy, document, statement, military.
 * {@code respondsTo} (nullable) is the event this one answers or disputes; {@code responses} the reverse.
 */
public record TimelineEvent(String id, PartialDate date, String title, Markup textHtml, String category,
                            TimelineEvent respondsTo, List<TimelineEvent> responses, List<Source> sources, String url,
                            Origin origin) {

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

    // Records here point at each other; identity is the id, so equality and hashing never walk the cycle.
    @Override
    public boolean equals(Object other) {
        return other instanceof TimelineEvent that && that.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "TimelineEvent[" + id + "]";
    }
}
