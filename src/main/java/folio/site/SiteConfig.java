package folio.site;

import java.time.LocalDate;
import java.util.Map;

/**
 * The validated {@code site.yaml}. {@code baseUrl} is absolute and ends with "/";
 * {@code basePath} is its path ("/" or "/repo/"). {@code repository} may be null.
 */
public record SiteConfig(String title, String description, String baseUrl, String basePath, String language,
                         LocalDate coverageUntil, String repository, String editBranch, Map<String, Object> params) {

    /** "31 July 2026": the date the coverage runs to, for readers. */
    public String coverageUntilText() {
        return new PartialDate(coverageUntil, coverageUntil, PartialDate.Precision.DAY, false).display();
    }
}
