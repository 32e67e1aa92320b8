package folio.output;

import folio.render.RenderedFile;
import folio.site.Site;
import java.util.ArrayList;
import java.util.List;

/**
 * The files every site gets besides its pages and the templates' sitemap.xml and feed.xml
 * ({@link folio.render.XmlFiles}): robots.txt, .nojekyll (so GitHub Pages serves files as they
 * are), the search index the search page loads, and the collections as open data ({@link OpenData}).
 * The search index is made only when the theme has a search page ({@code templates/search.peb}):
 * nothing else loads it, and on a large site making it is a good part of the build.
 */
public final class SiteFiles {
    private SiteFiles() {}

    /**
     * {@code entries}: the search entries the last build made ({@link SearchEntries#kept}), or none;
     * {@code searchIndex}: whether the theme has a search page to load the index; {@code openData}:
     * the collections as open data ({@link OpenData#generate}).
     */
    public static List<RenderedFile> generate(Site site, OtherNames otherNames, SearchEntries entries, boolean searchIndex,
                                              List<RenderedFile> openData) {
        List<RenderedFile> files = new ArrayList<>();
        files.add(RenderedFile.text(".nojekyll", ""));
        StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n");
        site.config().languages().forEach(language -> robots.append("Sitemap: ").append(language.baseUrl()).append("sitemap.xml\n"));
        files.add(RenderedFile.text("robots.txt", robots.toString()));
        if (searchIndex) {
            files.add(RenderedFile.text("search-index.json", SearchIndex.build(site, otherNames, entries)));
        }
        files.addAll(openData);
        return files;
    }

    /** The files a language other than the default gets under its folder: its own search index, if any. */
    public static List<RenderedFile> edition(Site site, OtherNames otherNames, SearchEntries entries, boolean searchIndex) {
        return searchIndex ? List.of(RenderedFile.text("search-index.json", SearchIndex.build(site, otherNames, entries))) : List.of();
    }

    /**
     * Whether a file of the default language's site exists once for every language (open data,
     * robots.txt), rather than once per language (pages, feed, sitemap, search index).
     */
    public static boolean sharedByLanguages(String path) {
        return !path.equals("search-index.json") && !path.equals("feed.xml") && !path.equals("sitemap.xml")
                && !path.endsWith(".html");
    }
}
