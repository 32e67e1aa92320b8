package folio.site;

import java.util.List;

/** A group of provisions (territory, security and NATO, ...). {@code provisions} in number order. */
public record Theme(String id, String name, Markup descriptionHtml, List<Provision> provisions) {
    public String anchor() {
        return "theme-" + id;
    }

    // Records here point at each other; identity is the id, so equality and hashing never walk the cycle.
    @Override
    public boolean equals(Object other) {
        return other instanceof Theme that && that.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Theme[" + id + "]";
    }
}
