package folio.site;

import folio.content.Keyword;
import java.util.List;

/**
 * A person or body. {@code role} is the role at the time of the events. Its reactions:
 * {@code site.reactionsOf(actor)}, by date.
 */
public record Actor(String id, String name, String role, Kind kind, ActorGroup group, String groupLabel,
                    Markup descriptionHtml, List<Source> sources, String url, Origin origin) {
    // An entry is itself (package-info): not compared field by field, so no method is linked at run time.
    @Override public boolean equals(Object other) { return this == other; }
    @Override public int hashCode() { return System.identityHashCode(this); }

    /** A person or a body (a government, an alliance, a ministry). */
    public enum Kind implements Keyword {
        PERSON, BODY;

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
}
