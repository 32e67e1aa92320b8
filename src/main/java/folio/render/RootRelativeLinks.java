package folio.render;

import folio.diag.Diagnostics;
import folio.project.Project;
import folio.site.Page;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A link starting with "/" breaks when the site lives under a sub-path (GitHub Pages project
 * sites): templates must use url(). Only 404.html may start links with the base path.
 */
final class RootRelativeLinks {
    private static final Pattern ROOT_RELATIVE = Pattern.compile("\\s(href|src|action|poster|data)=\"(/(?!/)[^\"]*)\"");

    private RootRelativeLinks() {}

    /**
     * Reports the first root-relative link of {@code html}, the page for {@code page} that
     * {@code template} wrote, at the template line that writes it. {@code rootPrefix}: what the
     * page's links start with to reach the site's root (the base path on 404.html).
     */
    static void check(Project project, String html, Page page, String template, String rootPrefix, Diagnostics diagnostics) {
        if (html.indexOf("=\"/") < 0) {
            return;
        }
        Matcher matcher = ROOT_RELATIVE.matcher(html);
        while (matcher.find()) {
            String link = matcher.group(2);
            // The attribute is escaped as written: a base path /o'brien/ reads /o&#39;brien/ here.
            if (rootPrefix.startsWith("/") && HtmlAttributes.unescape(link).startsWith(rootPrefix)) {
                continue;
            }
            diagnostics.error(TemplateSearch.find(project, template, matcher.group(1) + "=\"" + link + "\""),
                    "root-relative link " + matcher.group(1) + "=\"" + link + "\" in the page for " + page.sourcePath()
                            + " breaks when the site is served under a sub-path: write {{ url('...') }} instead");
            return;
        }
    }
}
