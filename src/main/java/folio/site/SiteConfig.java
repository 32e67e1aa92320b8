package folio.site;

import java.time.LocalDate;
import java.util.Map;

/**
 * The validated {@code site.yaml}. {@code baseUrl} is absolute and ends with "/";
 * {@code basePath} is its path ("/" or "/repo/"). {@code repository} may be null.
 * Three distinct dates: {@code coverageUntil} (the newest material the site draws on),
 * {@code published} (first publication) and {@code lastChecked} (the latest re-check of the
 * content against its sources); the last two may be null.
 */
public record SiteConfig(String title, String description, String baseUrl, String basePath, String language,
                         LocalDate coverageUntil, LocalDate published, LocalDate lastChecked,
                         String repository, String editBranch, Map<String, Object> params) {

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

    private static String text(LocalDate day) {
        return day == null ? null : new PartialDate(day, day, PartialDate.Precision.DAY, false).display();
    }
}
