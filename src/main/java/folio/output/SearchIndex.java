package folio.output;

import folio.render.Json;
import folio.render.PlainText;
import folio.site.GlossaryTerm;
import folio.site.Page;
import folio.site.Provision;
import folio.site.Reaction;
import folio.site.Site;
import folio.site.SitePaths;
import folio.site.TimelineEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * The client-side search index: one JSON array of {title, url, kind, text}, with URLs relative
 * to the site root (the search page prefixes them). Text is plain, tags removed.
 */
final class SearchIndex {
    private record Item(String title, String url, String kind, String text) {}

    private SearchIndex() {}

    static String build(Site site) {
        List<Item> items = new ArrayList<>();
        for (Page page : site.pages()) {
            if (!page.output().equals("404.html")) {
                items.add(new Item(page.title(), SitePaths.file(page.url()), "Page", plain(page.contentHtml(), 300)));
            }
        }
        for (Provision p : site.provisions()) {
            items.add(new Item(p.label() + ": " + p.title(), SitePaths.file(p.url()), "Provision", plain(p.summaryHtml(), 300)));
        }
        for (Reaction r : site.reactions()) {
            if (r.url() != null) {
                items.add(new Item(r.actor().name() + ", " + r.date().display(), SitePaths.file(r.url()), "Reaction",
                        plain(r.summaryHtml(), 300)));
            }
        }
        for (TimelineEvent e : site.events()) {
            if (e.url() != null) {
                items.add(new Item(e.title(), SitePaths.file(e.url()), "Timeline, " + e.date().display(), plain(e.textHtml(), 200)));
            }
        }
        for (GlossaryTerm t : site.terms()) {
            if (t.url() != null) {
                items.add(new Item(t.term(), SitePaths.file(t.url()), "Glossary", plain(t.definitionHtml(), 300)));
            }
        }
        StringBuilder out = new StringBuilder("[\n");
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            out.append("{\"title\":").append(Json.quote(item.title())).append(",\"url\":").append(Json.quote(item.url()))
                    .append(",\"kind\":").append(Json.quote(item.kind())).append(",\"text\":").append(Json.quote(item.text()))
                    .append(i + 1 < items.size() ? "},\n" : "}\n");
        }
        return out.append("]\n").toString();
    }

    private static String plain(folio.site.Markup markup, int limit) {
        // One character past the limit tells whether the text had to be cut.
        String text = PlainText.of(markup, limit);
        if (text.length() <= limit) {
            return text;
        }
        int cut = text.lastIndexOf(' ', limit);
        return text.substring(0, cut > 0 ? cut : limit) + "\u2026";
    }
}
