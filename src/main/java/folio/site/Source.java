package folio.site;

import java.util.List;

/**
 * A cited source. {@code date}, {@code original}, {@code language} and {@code note} may be null.
 * {@code citedIn} lists where it is cited (back-links); {@code pageUrl} its entry on the sources page.
 */
public record Source(String id, String outlet, String title, PartialDate date, String url, SourceFlag flag,
                     String original, String language, String note, String pageUrl, List<Link> citedIn) {
    public String anchor() {
        return "source-" + id;
    }
}
