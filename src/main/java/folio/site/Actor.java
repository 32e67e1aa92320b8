package folio.site;

import java.util.List;

/**
 * A person or body. {@code role} is the role at the time of the events; {@code group} one of
 * ukraine, russia, united-states, europe, nato, other. {@code reactions} is a back-link, by date.
 */
public record Actor(String id, String name, String role, String kind, String group, String groupLabel,
                    Markup descriptionHtml, List<Source> sources, String url, List<Reaction> reactions,
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

    // Records here point at each other; identity is the id, so equality and hashing never walk the cycle.
    @Override
    public boolean equals(Object other) {
        return other instanceof Actor that && that.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Actor[" + id + "]";
    }
}
