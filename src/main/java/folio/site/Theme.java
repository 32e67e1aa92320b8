package folio.site;

import java.util.List;

/** A group of provisions (territory, security and NATO, ...). {@code provisions} in number order. */
public record Theme(String id, String name, String descriptionHtml, List<Provision> provisions) {
    public String anchor() {
        return "theme-" + id;
    }
}
