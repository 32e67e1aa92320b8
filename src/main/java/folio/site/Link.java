package folio.site;

import java.util.Objects;

/** A titled link to a place on the site; {@code url} is a site path such as {@code glossary/#term-donbas}. */
public record Link(String title, String url) {
    // Written out: a record's generated equals and hashCode are bootstrapped through
    // invokedynamic on first use, a cost every short build paid; back-link sets hash many links.
    @Override
    public boolean equals(Object other) {
        return other instanceof Link link && Objects.equals(title, link.title) && Objects.equals(url, link.url);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(title) + Objects.hashCode(url);
    }
}
