package folio.output;

import folio.render.Json;
import folio.render.NoBreaks;
import folio.render.PlainText;
import folio.render.Typographer;
import folio.site.Actor;
import folio.site.DateStyle;
import folio.site.GlossaryTerm;
import folio.site.ModelWords;
import folio.site.Page;
import folio.site.Provision;
import folio.site.Reaction;
import folio.site.Site;
import folio.site.SitePaths;
import folio.site.Source;
import folio.site.TimelineEvent;
import folio.work.Parallel;
import java.util.ArrayList;
import java.util.List;

/**
 * The client-side search index: one JSON array of {title, url, kind, text, keys, textKeys}, with
 * URLs relative to the site root (the search page prefixes them). Text is plain, tags removed.
 * {@code keys} is the title folded for matching ({@link SearchFold}) with the words an entry is
 * found by but does not show (a term's aliases, a person's role, a source's original title and
 * author, and a person's or term's names in the other editions: {@link OtherNames}); {@code
 * textKeys} is the text folded.
 */
final class SearchIndex {
    /** An entry of the index, with the text it shows the start of (at most {@code limit} characters). */
    private record Entry(String title, String url, String kind, folio.site.Markup text, int limit, String also, String titleLanguage,
                         SearchEntries.Headline headline) {
        Entry(String title, String url, String kind, folio.site.Markup text, int limit) {
            this(title, url, kind, text, limit, "");
        }

        Entry(String title, String url, String kind, folio.site.Markup text, int limit, String also) {
            this(title, url, kind, text, limit, also, null, null);
        }
    }

    private SearchIndex() {}

    static String build(Site site, OtherNames otherNames, SearchEntries entries) {
        ModelWords words = site.config().wording();
        DateStyle dates = site.config().dates();
        List<Entry> items = new ArrayList<>();
        for (Page page : site.pages()) {
            if (!page.output().equals("404.html")) {
                items.add(new Entry(page.title(), SitePaths.file(page.url()), words.searchKind("page"), page.contentHtml(), 300));
            }
        }
        for (Provision p : site.provisions()) {
            items.add(new Entry(p.label() + ": " + p.title(), SitePaths.file(p.url()), words.searchKind("provision"), p.summaryHtml(), 300));
        }
        for (Reaction r : site.reactions()) {
            if (r.url() != null) {
                items.add(new Entry(r.actor().name() + ", " + r.date().display(dates), SitePaths.file(r.url()), words.searchKind("reaction"),
                        r.summaryHtml(), 300, otherNames.actor(r.actor().id())));
            }
        }
        for (TimelineEvent e : site.events()) {
            if (e.url() != null) {
                items.add(new Entry(e.title(), SitePaths.file(e.url()), words.searchKind("event").replace("{date}", e.date().display(dates)), e.textHtml(), 200));
            }
        }
        for (GlossaryTerm t : site.terms()) {
            if (t.url() != null) {
                items.add(new Entry(t.term(), SitePaths.file(t.url()), words.searchKind("term"), t.definitionHtml(), 300,
                        String.join(" ", t.aliases()) + " " + otherNames.term(t.id())));
            }
        }
        for (Actor a : site.actors()) {
            if (a.url() != null) {
                items.add(new Entry(a.name(), SitePaths.file(a.url()), words.searchKind("actor"), a.descriptionHtml(), 200,
                        a.role() + " " + otherNames.actor(a.id())));
            }
        }
        // A source's title as the sources page shows it: the outlet, then the headline (or our rendering of it) in the
        // theme's marks, or our description of a page without one, unmarked, each read in its own language.
        List<String> marks = words.headlineMarks().orElse(List.of("", ""));
        for (Source s : site.sources()) {
            if (s.pageUrl() != null) {
                String title = s.rendering() != null ? s.rendering() : s.title();
                String also = (s.rendering() != null ? s.title() : "") + (s.author() != null ? " " + s.author() : "");
                String language = s.rendering() != null ? null : s.descriptive() ? s.descriptionLanguage() : s.languageCode();
                SearchEntries.Headline headline = new SearchEntries.Headline(s.outlet(), s.outletLanguageCode(),
                        s.descriptive() ? "" : marks.get(0), s.descriptive() ? "" : marks.get(1));
                items.add(new Entry(title, SitePaths.file(s.pageUrl()), words.searchKind("source"), null, 0, also.strip(), language, headline));
            }
        }
        // Rendering, folding and quoting each entry is all the work: done in parallel, written in order.
        String language = site.config().language();
        List<String> objects = Parallel.map(items, item -> object(item, entries, language));
        int length = 4;
        for (String object : objects) {
            length += object.length() + 3;
        }
        StringBuilder out = new StringBuilder(length).append("[\n");
        for (int i = 0; i < objects.size(); i++) {
            out.append(objects.get(i)).append(i + 1 < objects.size() ? "},\n" : "}\n");
        }
        return out.append("]\n").toString();
    }

    /** One entry as a JSON object, without its closing brace: made, or found again in {@code entries}. */
    private static String object(Entry item, SearchEntries entries, String language) {
        String also = item.also() == null || item.also().isBlank() ? "" : " " + item.also();
        String titleLanguage = item.titleLanguage() == null ? language : item.titleLanguage();
        PlainText.Shown text = plain(item.text(), item.limit());
        return entries.object(new SearchEntries.Key(item.title(), item.url(), item.kind(), text.text(), text.straight(), also,
                        titleLanguage, language, item.headline()), SearchIndex::json);
    }

    /** The entry with its shown text, and what it is matched by: its title and other names, and its text, folded. */
    private static String json(SearchEntries.Key entry) {
        // Shown with the marks a reader sees on the page (Typographer), and folded from what is shown: the
        // search script finds a match's place in the shown text by folding it the same way.
        SearchEntries.Headline headline = entry.headline();
        String title = headline == null || headline.open().isEmpty() ? Typographer.text(entry.title(), entry.titleLanguage())
                : headline.open() + Typographer.quoted(entry.title(), entry.titleLanguage()) + headline.close();
        if (headline != null) {
            title = Typographer.text(headline.outlet(), headline.outletLanguage()) + ", " + title;
        }
        String text = Typographer.text(new PlainText.Shown(entry.text(), entry.straight()), entry.language());
        // The page's glue (NoBreaks: "25 June", «90 млрд», "point 21", a dash with the word before it), so a narrow
        // result list does not part them either. The folding reads a no-break space as a space and drops the word
        // joiner, so a query typed with ordinary spaces finds them as before.
        title = NoBreaks.text(title);
        text = NoBreaks.text(text);
        return "{\"title\":" + Json.quote(title) + ",\"url\":" + Json.quote(entry.url())
                + ",\"kind\":" + Json.quote(NoBreaks.text(entry.kind())) + ",\"text\":" + Json.quote(text)
                + ",\"keys\":" + Json.quote(SearchFold.fold(title + entry.also()))
                + ",\"textKeys\":" + Json.quote(SearchFold.fold(text));
    }

    private static PlainText.Shown plain(folio.site.Markup markup, int limit) {
        if (markup == null) {
            return new PlainText.Shown("", java.util.List.of());
        }
        // One character past the limit tells whether the text had to be cut.
        PlainText.Shown shown = PlainText.shown(markup, limit);
        String text = shown.text();
        if (text.length() <= limit) {
            return shown;
        }
        int cut = text.lastIndexOf(' ', limit);
        PlainText.Shown start = shown.cut(cut > 0 ? cut : limit);
        return new PlainText.Shown(start.text() + "\u2026", start.straight());
    }
}
