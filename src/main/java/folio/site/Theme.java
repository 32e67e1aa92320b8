package folio.site;


/** A group of provisions (territory, security and NATO, ...); its provisions: {@code site.provisionsOf(theme)}. */
public record Theme(String id, String name, Markup descriptionHtml) {
    public String anchor() {
        return "theme-" + id;
    }
}
