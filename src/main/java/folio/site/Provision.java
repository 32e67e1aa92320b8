package folio.site;

import java.util.List;

/**
 * One point of the 28-point draft. {@code wording} is "full", "summary-only" or "reconstructed".
 * {@code reactions} (the reactions that name this point) and {@code mentionedIn} are back-links.
 */
public record Provision(int number, String id, String title, Theme theme, Markup summaryHtml, boolean headline,
                        String wording, List<Source> sources, List<Change> changes, Markup bodyHtml, String url,
                        String sourcePath, String editUrl, List<Reaction> reactions, List<Link> mentionedIn,
                        Origin origin) {

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

    // Records here point at each other; identity is the number, so equality and hashing never walk the cycle.
    @Override
    public boolean equals(Object other) {
        return other instanceof Provision that && that.number == number;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(number);
    }

    @Override
    public String toString() {
        return "Provision[" + number + "]";
    }
}
