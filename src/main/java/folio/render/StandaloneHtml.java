package folio.render;

import folio.site.Markup;

/** A text as HTML for a reader outside the site's pages (a feed): links start with a base URL, no citations or popovers. */
public final class StandaloneHtml {
    private StandaloneHtml() {}

    public static String of(Markup markup, String baseUrl) {
        return PageContext.detached(baseUrl).html(markup);
    }
}
