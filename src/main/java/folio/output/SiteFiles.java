package folio.output;

import folio.render.RenderedFile;
import folio.render.StandaloneHtml;
import folio.site.Page;
import folio.site.Site;
import folio.site.SitePaths;
import folio.site.Update;
import java.util.ArrayList;
import java.util.List;

/**
 * The files every site gets besides its pages: sitemap.xml (absolute URLs), robots.txt,
 * .nojekyll (so GitHub Pages serves files as they are), the Atom feed of the updates log and
 * the search index the search page loads, and the collections as open data ({@link OpenData}).
 */
public final class SiteFiles {
    private SiteFiles() {}

    public static List<RenderedFile> generate(Site site, List<String> pages) {
        List<RenderedFile> files = new ArrayList<>();
        files.add(RenderedFile.text(".nojekyll", ""));
        files.add(RenderedFile.text("robots.txt", "User-agent: *\nAllow: /\nSitemap: " + site.config().baseUrl() + "sitemap.xml\n"));
        files.add(RenderedFile.text("sitemap.xml", sitemap(site, pages)));
        files.add(RenderedFile.text("feed.xml", feed(site)));
        files.add(RenderedFile.text("search-index.json", SearchIndex.build(site)));
        files.addAll(OpenData.generate(site));
        return files;
    }

    /** The pretty URL of every HTML page but the 404 page. */
    static String sitemap(Site site, List<String> pages) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String page : pages) {
            if (!page.endsWith(".html") || page.equals("404.html")) {
                continue;
            }
            String url = page.endsWith("index.html") ? page.substring(0, page.length() - "index.html".length()) : page;
            out.append("  <url><loc>").append(xml(site.config().baseUrl() + url)).append("</loc></url>\n");
        }
        return out.append("</urlset>\n").toString();
    }

    static String feed(Site site) {
        String base = site.config().baseUrl();
        Page about = site.listing("updates");
        String link = about == null ? base : base + about.url();
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(xml(site.config().language())).append("\">\n")
                .append("  <title>").append(xml(site.config().title())).append(": updates and corrections</title>\n")
                .append("  <subtitle>").append(xml(site.config().description())).append("</subtitle>\n")
                .append("  <id>").append(xml(base)).append("</id>\n")
                .append("  <link rel=\"self\" href=\"").append(xml(base)).append("feed.xml\"/>\n")
                .append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(xml(link)).append("\"/>\n")
                .append("  <updated>").append(site.lastUpdated().end()).append("T00:00:00Z</updated>\n")
                .append("  <author><name>").append(xml(site.config().title())).append("</name></author>\n");
        for (Update update : site.updates()) {
            String entryLink = about == null ? base : base + SitePaths.file(about.url()).replace("index.html", "") + "#" + update.anchor();
            String kind = update.kind().equals("correction") ? "Correction" : "Update";
            out.append("  <entry>\n")
                    .append("    <title>").append(kind).append(", ").append(update.date().display()).append("</title>\n")
                    .append("    <id>").append(xml(base)).append("#").append(update.anchor()).append("</id>\n")
                    .append("    <link href=\"").append(xml(entryLink)).append("\"/>\n")
                    .append("    <updated>").append(update.date().start()).append("T00:00:00Z</updated>\n")
                    .append("    <content type=\"html\">").append(xml(StandaloneHtml.of(update.textHtml(), base))).append("</content>\n")
                    .append("  </entry>\n");
        }
        return out.append("</feed>\n").toString();
    }

    static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
