package folio.site;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The validated {@code site.yaml}. {@code baseUrl} is absolute and ends with "/";
 * {@code basePath} is its path ("/" or "/repo/"). {@code repository} may be null.
 * Three distinct dates: {@code coverageUntil} (the newest material the site draws on),
 * {@code published} (first publication) and {@code lastChecked} (the latest re-check of the
 * content against its sources); the last two may be null.
 * {@code languages}: every language of the site, the default first (one when site.yaml has no
 * {@code languages:}); {@code edition}: the one this site is built in. A language's site has its
 * title, description and language, and its folder's address as {@code baseUrl} and {@code basePath}.
 */
public record SiteConfig(String title, String description, String baseUrl, String basePath, String language,
                         LocalDate coverageUntil, LocalDate published, LocalDate lastChecked,
                         String repository, String editBranch, Map<String, Object> params,
                         List<Language> languages, Language edition) {

    /** The configuration of the site in {@code other}, one of {@link #languages()}. */
    public SiteConfig in(Language other) {
        String rootPath = basePath == null ? null : basePath.substring(0, basePath.length() - edition.prefix().length());
        return new SiteConfig(other.title(), other.description(), other.baseUrl(),
                rootPath == null ? null : rootPath + other.prefix(), other.code(), coverageUntil, published, lastChecked,
                repository, editBranch, params, languages, other);
    }

    /** This configuration, its language with the theme's words for it. */
    public SiteConfig with(ModelWords wording) {
        return new SiteConfig(title, description, baseUrl, basePath, language, coverageUntil, published, lastChecked,
                repository, editBranch, params, languages, edition.with(wording));
    }

    /** Whether the site is built in more than one language. */
    public boolean multilingual() {
        return languages.size() > 1;
    }

    /** The words the site model writes in this language ("Point 21"). */
    public ModelWords wording() {
        return edition.wording();
    }

    /** How this language writes dates. */
    public DateStyle dates() {
        return edition.dates();
    }

    /** "25 June 2026": the date the coverage runs to, for readers. */
    public String coverageUntilText() {
        return text(coverageUntil);
    }

    /** "23 November 2026", or null when site.yaml gives no {@code published}. */
    public String publishedText() {
        return text(published);
    }

    /** "3 December 2026", or null when site.yaml gives no {@code last_checked}. */
    public String lastCheckedText() {
        return text(lastChecked);
    }

    private String text(LocalDate day) {
        return day == null ? null : new PartialDate(day, day, PartialDate.Precision.DAY, false).display(dates());
    }
}
