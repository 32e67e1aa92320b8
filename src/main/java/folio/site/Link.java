package folio.site;

/** A titled link to a place on the site; {@code url} is a site path such as {@code glossary/#term-donbas}. */
public record Link(String title, String url) {}
