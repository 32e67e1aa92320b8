package folio.site;

/** An item of the main navigation: a label and the page it opens. */
public record MenuEntry(String label, Page page) {}
