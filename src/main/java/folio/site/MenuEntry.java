package folio.site;

/** An item of the main navigation: a label and the page it opens. */
public record MenuEntry(String label, Page page) {

    /**
     * True when a reader on {@code current} is within this item: on its page, or on a point's
     * page when this item's page lists the provisions.
     */
    public boolean opens(Page current) {
        return current.id().equals(page.id())
                || (current.layout().equals("provision") && page.lists().contains("provisions"));
    }
}
