package folio.output;

import folio.render.RenderedFile;
import folio.site.Site;
import java.util.ArrayList;
import java.util.List;

/**
 * The files every site gets besides its pages and the templates' sitemap.xml and feed.xml
 * ({@link folio.render.XmlFiles}): robots.txt, .nojekyll (so GitHub Pages serves files as they
 * are), the search index the search page loads, and the collections as open data ({@link OpenData}).
 */
public final class SiteFiles {
    private SiteFiles() {}

    public static List<RenderedFile> generate(Site site) {
        List<RenderedFile> files = new ArrayList<>();
        files.add(RenderedFile.text(".nojekyll", ""));
        files.add(RenderedFile.text("robots.txt", "User-agent: *\nAllow: /\nSitemap: " + site.config().baseUrl() + "sitemap.xml\n"));
        files.add(RenderedFile.text("search-index.json", SearchIndex.build(site)));
        files.addAll(OpenData.generate(site));
        return files;
    }
}
