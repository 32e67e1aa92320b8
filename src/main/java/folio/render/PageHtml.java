package folio.render;

import folio.site.Markup;

/**
 * A text as the current page shows it, which is what a template gets from a field whose name
 * ends in {@code Html}. It is written when printed, so citations are numbered and terms explained
 * in the order the page shows them; {@code | plain} and {@code is cited} read the text itself.
 */
final class PageHtml {
    private final Markup markup;
    private final PageContext page;
    private String html;

    PageHtml(Markup markup, PageContext page) {
        this.markup = markup;
        this.page = page;
        // Read as HTML, as plain text or for "is cited": the page depends on what it says.
        page.read(markup);
    }

    Markup markup() {
        return markup;
    }

    @Override
    public String toString() {
        if (html == null) {
            html = page.html(markup);
        }
        return html;
    }
}
