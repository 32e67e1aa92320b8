package folio.site;

import java.util.List;
import java.util.Map;

/**
 * The named links of site.yaml's {@code links:}, so that a theme links to "the page about errors"
 * without knowing this site's page ids: {@code site.links.all('footer')} is a list (empty when
 * site.yaml names none), {@code site.links.first('report_error')} one link or null. The names are
 * the theme's own (docs/templates.md lists those of the repository's theme).
 */
public record SiteLinks(Map<String, List<SiteLink>> named) {
    public static final SiteLinks NONE = new SiteLinks(Map.of());

    public List<SiteLink> all(String name) {
        return named.getOrDefault(name, List.of());
    }

    public SiteLink first(String name) {
        List<SiteLink> links = all(name);
        return links.isEmpty() ? null : links.get(0);
    }
}
