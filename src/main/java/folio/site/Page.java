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
                   String contentHtml, Map<String, Object> params, String editUrl, Pager pager) {

    public boolean isHome() {
        return url.isEmpty();
    }
}
