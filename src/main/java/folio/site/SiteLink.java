package folio.site;

/**
 * A link that site.yaml's {@code links:} gives the theme: a page, a heading of its text
 * ({@code heading} without "#") or an id its layout writes ({@code anchor}), each null when not
 * given, and the key of its label among the interface strings ({@code label}, or null: the
 * template picks its own words).
 */
public record SiteLink(Page page, String heading, String anchor, String label) {
    // An entry is itself (package-info): not compared field by field, so no method is linked at run time.
    @Override public boolean equals(Object other) { return this == other; }
    @Override public int hashCode() { return System.identityHashCode(this); }

    /** "#heading" or "#anchor", or "" when the link goes to the top of the page: {@code {{ url(l.page.url) }}{{ l.fragment }}}. */
    public String fragment() {
        return heading != null ? "#" + heading : anchor != null ? "#" + anchor : "";
    }
}
