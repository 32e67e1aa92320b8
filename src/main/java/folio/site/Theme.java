package folio.site;


/** A group of provisions (territory, security and NATO, ...); its provisions: {@code site.provisionsOf(theme)}. */
public record Theme(String id, String name, Markup descriptionHtml) {
    // An entry is itself (package-info): not compared field by field, so no method is linked at run time.
    @Override public boolean equals(Object other) { return this == other; }
    @Override public int hashCode() { return System.identityHashCode(this); }
    public String anchor() {
        return "theme-" + id;
    }
}
