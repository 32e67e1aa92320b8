package folio.site;

import java.util.List;
import java.util.Locale;

/**
 * A cited source, leading with who reported it. {@code outlet} is the reporting outlet (agency,
 * newspaper, broadcaster); {@code url} the page we read, and {@code readAt} the site it is on when
 * that is not the outlet's own (a republished copy, an aggregator, a translation). {@code title}
 * is the headline as published, in the page's language ({@code language}, null when it is the site's
 * default language, {@code defaultLanguage}); {@code titleEn} our rendering in the default language
 * (English on a site whose default is English) when the page is in another; {@code rendering} our rendering
 * in the site's language (in the default language {@code titleEn}; in another, its translation's
 * title), null when the headline needs none. {@code titleEn}, {@code rendering}, {@code author},
 * {@code date}, {@code readAt}, {@code originalUrl}, {@code language} and {@code note} may be null.
 * {@code descriptionLanguage}: set when {@code title} is our description of a page that shows no
 * headline (see {@link #descriptive()}), the language it is written in; null for a headline. {@code outletLanguage}: the
 * language to read the outlet's name in ("fr" for Le Monde), null when it is the default language: the name is written
 * in the default language's file, and a page in another language marks it (see {@link #outletLanguageCode()}).
 * {@code authorLanguage}: the same for the byline ("ru" for a byline the page prints in Cyrillic), null for the default language.
 * {@code pageUrl} is its entry on the sources page;
 * where it is cited: {@code site.citationsOf(source)}.
 */
public record Source(String id, String outlet, String title, String titleEn, String rendering, String author, PartialDate date,
                     String url, String readAt, String originalUrl, SourceFlag flag, String language, String outletLanguage, String authorLanguage, String note,
                     String descriptionLanguage, String pageUrl, Origin origin, String defaultLanguage) {
    // An entry is itself (package-info): not compared field by field, so no method is linked at run time.
    @Override public boolean equals(Object other) { return this == other; }
    @Override public int hashCode() { return System.identityHashCode(this); }

    /** Whether {@code title} is our description of the page rather than its headline. */
    public boolean descriptive() {
        return descriptionLanguage != null;
    }

    /** GitHub's editor on this entry's file; null without {@code repository:} in site.yaml. */
    public String editUrl() {
        return origin.editUrl();
    }

    /** This entry's file on GitHub, at its line; null without {@code repository:} in site.yaml. */
    public String sourceUrl() {
        return origin.sourceUrl();
    }
    /** Its anchor on the pages that show it: its id, as in the open data ({@link FormerIds} keeps older anchors). */
    public String anchor() {
        return id;
    }

    /** The sources page this source is listed on (its entry's URL without the anchor), or null. */
    public String listingUrl() {
        return pageUrl == null ? null : pageUrl.substring(0, pageUrl.indexOf('#') < 0 ? pageUrl.length() : pageUrl.indexOf('#'));
    }

    /** The code of the page's language: {@code language}, or the site's default language when none is given. */
    public String languageCode() {
        return language == null ? defaultLanguage : language;
    }

    /**
     * The code of the language the outlet's name is read in: {@code outletLanguage}, or the site's default language
     * (the language of the file the name is written in). Templates mark the name with it where it is not the page's
     * language, so a screen reader speaks "The Wall Street Journal" with an English voice on a Ukrainian page.
     */
    public String outletLanguageCode() {
        return outletLanguage == null ? defaultLanguage : outletLanguage;
    }

    /** The code of the language the byline is read in: {@code authorLanguage}, or the site's default language. */
    public String authorLanguageCode() {
        return authorLanguage == null ? defaultLanguage : authorLanguage;
    }

    /**
     * The name of the page's language in the default language ("Latvian" on an English site), or
     * null when the page is in the default language. Templates get it in the language of the page
     * that shows the source instead (see render.MarkupFields).
     */
    public String languageName() {
        if (language == null || language.equalsIgnoreCase(defaultLanguage)) {
            return null;
        }
        String name = Locale.forLanguageTag(language).getDisplayLanguage(Locale.forLanguageTag(defaultLanguage));
        return name.isEmpty() ? language : name;
    }
}
