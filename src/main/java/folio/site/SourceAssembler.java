package folio.site;

import folio.content.ContentParser.Entry;
import folio.content.Raw;
import folio.content.YamlNode;
import folio.diag.Diagnostics;
import java.util.Map;
import java.util.Optional;

/** Validates one source entry and builds its {@link Source}: who reported it, and where we read it. */
final class SourceAssembler {
    private final AssemblyContext context;
    private final Checks checks;
    private final Diagnostics diagnostics;

    SourceAssembler(AssemblyContext context) {
        this.context = context;
        this.checks = context.checks;
        this.diagnostics = context.diagnostics;
    }

    /** Builds every source into the context's table. */
    void buildAll(Map<String, Entry<Raw.Source>> entries) {
        if (context.config.edition().isDefault()) {
            // Outlets are named in the default language's files only: one report of a spelling, not one per edition.
            OutletNames.checkOneSpelling(entries, diagnostics);
        }
        entries.forEach((id, e) -> build(id, e).ifPresent(source -> {
            context.sources.put(id, source);
            if (context.config.edition().isDefault()) {
                afterCoverage(source, e);
            }
        }));
    }

    /**
     * site.yaml's coverage_until is the date of the newest material cited, and every page says so ("covers events to
     * 25 June 2026"): a source dated after it makes that line untrue, so it is an error at the source's date.
     */
    private void afterCoverage(Source source, Entry<Raw.Source> e) {
        java.time.LocalDate coverage = context.config.coverageUntil();
        if (source.date() != null && coverage != null && source.date().start().isAfter(coverage)) {
            diagnostics.error(e.keyAt("date"), "source '" + source.id() + "' is dated " + source.date().iso()
                    + ", after coverage_until: " + coverage + " in site.yaml, which every page gives as the date of the "
                    + "newest material cited: move coverage_until to the newest source's date (and say so in the updates "
                    + "log), or correct this date");
        }
    }

    /** Who reported it, reading the old {@code original:} spelling too (there the outlet is the copy's site). */
    static String outletOf(Raw.Source raw) {
        return raw.outlet();
    }

    private Optional<Source> build(String id, Entry<Raw.Source> e) {
        Raw.Source raw = e.raw();
        boolean ok = checks.requiredText(e, "outlet", raw.outlet(), "source") & checks.requiredText(e, "title", raw.title(), "source")
                & checks.required(e, "url", raw.url(), "source", "write the address of the source's page after it, like "
                        + "url: https://example.org/story");
        String flagId = checks.oneOf(e, "flag", raw.flag(), SourceFlag.ids(), "source");
        PartialDate date = checks.date(e, "date", raw.date(), false, false, "source");
        ok &= webAddress(e, "url", raw.url()) & webAddress(e, "original_url", raw.originalUrl());
        String readAt = strip(raw.readAt());
        SourceFlag flag = flagId == null ? null : SourceFlag.of(flagId).orElseThrow();
        if (flag == SourceFlag.COPY && readAt == null) {
            diagnostics.error(e.at(), "source flagged copy has no read_at: add read_at: with the site whose page you "
                    + "read (outlet: is the outlet whose report it copies)");
            ok = false;
        } else if (flag == SourceFlag.COPY && raw.outlet() != null && readAt.equalsIgnoreCase(raw.outlet().strip())) {
            diagnostics.error(e.keyAt("read_at"), "source flagged copy is read at its own outlet '" + readAt
                    + "': outlet: is the outlet whose report it copies, read_at: the other site that republished it");
            ok = false;
        }
        String language = strip(raw.language());
        if (language != null && !LanguageTag.isTag(language)) {
            diagnostics.error(e.keyAt("language"), "source language '" + language + "' is not a language tag like "
                    + LanguageTag.EXAMPLES + " (it goes into the link's lang and hreflang attributes)");
            ok = false;
        }
        String defaultLanguage = context.config.languages().get(0).code();
        ok &= languageTag(e, "outlet_language", raw.outletLanguage(), "outlet's name")
                & languageTag(e, "author_language", raw.authorLanguage(), "byline");
        String outletLanguage = unlessDefault(raw.outletLanguage(), defaultLanguage);
        String authorLanguage = unlessDefault(raw.authorLanguage(), defaultLanguage);
        boolean inDefault = language == null || language.equalsIgnoreCase(defaultLanguage);
        boolean descriptive = Boolean.TRUE.equals(raw.descriptive());
        if (!inDefault && strip(raw.titleEn()) == null && !descriptive) {
            diagnostics.error(e.keyAt("language"), "source in language '" + language + "' has no title_en: add "
                    + "title_en: with a rendering of its headline in the site's default language (" + defaultLanguage + ") (or descriptive: true when the title is "
                    + "our description of a page that shows none)");
            ok = false;
        }
        if (descriptive && strip(raw.titleEn()) != null) {
            diagnostics.error(e.keyAt("title_en"), "source with descriptive: true has title_en: a descriptive title is "
                    + "already our description, not a headline to render: remove title_en (write the description as title:)");
            ok = false;
        }
        if (!ok || flag == null) {
            return Optional.empty();
        }
        String title = raw.title().strip();
        String rendering = inDefault ? null : strip(raw.titleEn());
        if (!context.config.edition().isDefault()) {
            // Another language's site: the headline as published, and our rendering where the translation gives one.
            // A source in the edition's own language has no rendering: its translation holds only our note.
            boolean ownLanguage = language != null && language.equalsIgnoreCase(context.config.edition().code());
            boolean rendered = !ownLanguage && e.translation() != null && e.translation().node().get("title").isPresent();
            rendering = rendered ? title : null;
            title = rendered ? e.yaml().node().get("title").map(YamlNode::text).map(String::strip).orElse(title) : title;
        }
        String descriptionLanguage = null;
        if (descriptive) {
            // Our description, not a headline: shown in the site's language where translated, else in the default language's.
            boolean translated = rendering != null && !context.config.edition().isDefault();
            title = translated ? rendering : title;
            descriptionLanguage = translated ? context.config.edition().code() : defaultLanguage;
            rendering = null;
        }
        if (!descriptive) {
            String edition = context.config.edition().code();
            quotedInside(e, "title", (language == null ? defaultLanguage : language).equalsIgnoreCase(edition) ? title : null);
            // In the default language's site our rendering is title_en; in another's, the translation's title.
            quotedInside(e, context.config.edition().isDefault() ? "title_en" : "title", rendering);
        }
        return Optional.of(new Source(id, strip(outletOf(raw)), title, strip(raw.titleEn()), rendering, strip(raw.author()),
                date, address(raw.url()), readAt, address(raw.originalUrl()), flag, language, outletLanguage, authorLanguage, raw.note(),
                descriptionLanguage, context.itemUrl("sources", id, id), context.origin(e), defaultLanguage));
    }

    /**
     * Reports a headline, shown in this edition's language, that holds the quotation mark the theme
     * opens headlines with: readers would see ««Дешеві провокації»: …» or “… “will need work””.
     */
    private void quotedInside(Entry<Raw.Source> e, String key, String headline) {
        Optional<String> quote = context.config.wording().headlineQuote();
        if (headline != null && quote.isPresent() && headline.contains(quote.get())) {
            String mark = quote.get();
            diagnostics.error(e.keyAt(key), "source " + key + " '" + headline + "' holds the quotation mark " + mark
                    + " that the theme opens a headline with (source.open-quote in templates/i18n/"
                    + context.config.edition().code() + ".yaml), so a quotation inside it would read in the same marks "
                    + "as the headline around it: write it in the marks for a quotation inside a quotation "
                    + "(\u201e…\u201c in Ukrainian, \u2018…\u2019 in English)");
        }
    }

    /** Whether {@code url} (the value of {@code key}) is absent or an http(s) address a reader can follow; reports it if not. */
    private boolean webAddress(Entry<Raw.Source> e, String key, String url) {
        if (url == null) {
            return true;
        }
        String scheme = folio.content.LinkUrls.scheme(url);
        String problem = !scheme.equals("http") && !scheme.equals("https") ? ", like https://example.org/page"
                : !url.strip().matches("[^\\s\"<>]+") ? ": it has a space, a quotation mark or an angle bracket"
                : folio.content.LinkUrls.brokenReason(url) == null ? null : ": " + folio.content.LinkUrls.brokenReason(url);
        if (problem != null) {
            String backslash = folio.content.LinkUrls.backslashReason(url);
            diagnostics.error(e.keyAt(key), "source " + key + " '" + url + "'" + (backslash != null ? ": " + backslash
                    : " must be an http(s) address" + problem));
            return false;
        }
        return true;
    }

    /** Whether the language of a name ({@code key}: the outlet's, the byline's) is absent or a language tag; reports it if not. */
    private boolean languageTag(Entry<Raw.Source> e, String key, String value, String what) {
        String code = strip(value);
        if (code != null && !LanguageTag.isTag(code)) {
            diagnostics.error(e.keyAt(key), "source " + key + " '" + code + "' is not a language tag like "
                    + LanguageTag.EXAMPLES + " (it goes into the lang attribute of the " + what + ")");
            return false;
        }
        return true;
    }

    /** A name's language, null when absent or the default language: one way to write it in the model and the open data. */
    private static String unlessDefault(String value, String defaultLanguage) {
        String code = strip(value);
        return code == null || code.equalsIgnoreCase(defaultLanguage) ? null : code;
    }

    /**
     * An address as an href holds it: the characters no URL holds ({@code | ^ { } `}, and a backslash in a query), which
     * webAddress lets by, percent-encoded, as in a Markdown link (LinkUrls.written): written as they were, one such
     * address in a copy of the real site made 43 hrefs that are not valid HTML.
     */
    private static String address(String url) {
        String stripped = strip(url);
        return stripped == null ? null : folio.content.LinkUrls.written(stripped);
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
