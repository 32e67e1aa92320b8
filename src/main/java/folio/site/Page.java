package folio.site;

import java.util.List;
import java.util.Map;

/**
 * A page of the site. {@code id} is its path under content/ without ".md" ("about", "index");
 * {@code url} is its site path ("about/", "" for the home page, "404.html"); {@code output} the
 * file written under site/. {@code contentHtml} is the rendered Markdown body (use {@code | raw}).
 * {@code lists} names the collections it shows; {@code date}, {@code updated}, {@code description} and
 * {@code editUrl} may be null.
 * {@code pager} is set on the pages of a listing split by {@code paginate: N} (null elsewhere).
 */
public record Page(String id, String sourcePath, String url, String output, String title, String description,
                   PartialDate date, PartialDate updated, String layout, List<String> lists, int weight,
                   Markup contentHtml, Map<String, Object> params, String editUrl, Pager pager) {
    // An entry is itself (package-info): not compared field by field, so no method is linked at run time.
    @Override public boolean equals(Object other) { return this == other; }
    @Override public int hashCode() { return System.identityHashCode(this); }
    /** The layout of a page without {@code layout:}: always a layout, even when other layouts extend it. */
    public static final String DEFAULT_LAYOUT = "page";

    /** The content up to the heading with this anchor, e.g. {@code page.contentHtmlBefore('what-we-know')}. */
    public Markup contentHtmlBefore(String headingId) {
        return contentHtml.before(headingId);
    }

    /** The content from the heading with this anchor on (empty when no heading has it). */
    public Markup contentHtmlFrom(String headingId) {
        return contentHtml.from(headingId);
    }

    /** The content from the first heading up to the second (from the first to the end when no heading has the second). */
    public Markup contentHtmlBetween(String fromHeadingId, String beforeHeadingId) {
        return contentHtml.from(fromHeadingId).before(beforeHeadingId);
    }

    /**
     * {@code "#how-to-report-an-error"} when the page has a heading with that anchor, else {@code ""}:
     * a theme links into a page's headings only where they exist, e.g.
     * {@code {{ url('about/') }}{{ site.page('about').fragment('how-to-report-an-error') }}}.
     */
    public String fragment(String headingId) {
        return contentHtml.hasHeading(headingId) ? "#" + headingId : "";
    }

    public boolean isHome() {
        return url.isEmpty();
    }
}
