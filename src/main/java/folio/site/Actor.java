package folio.site;

import java.util.List;

/**
 * A person or body. {@code role} is the role at the time of the events; {@code group} one of
 * ukraine, russia, united-states, europe, nato, other. Its reactions: {@code site.reactionsOf(actor)}, by date.
 */
public record Actor(String id, String name, String role, String kind, String group, String groupLabel,
                    Markup descriptionHtml, List<Source> sources, String url, Origin origin) {

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
}
