package folio.render;

import folio.site.Markup;

/** A text as HTML outside any template: links start with a base URL; no citations or popovers, references are their labels. */
public final class StandaloneHtml {
    private StandaloneHtml() {}

    public static String of(Markup markup, String baseUrl) {
        return PageContext.detached(baseUrl, null).html(markup);
    }
}
