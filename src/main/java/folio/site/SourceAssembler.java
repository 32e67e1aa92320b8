package folio.site;

import folio.content.ContentParser.Entry;
import folio.content.Raw;
import folio.diag.Diagnostics;
import java.util.List;
import java.util.Optional;

/** Validates one source entry and builds its {@link Source}: who reported it, and where we read it. */
final class SourceAssembler {
    private final Checks checks;
    private final Diagnostics diagnostics;

    SourceAssembler(Checks checks, Diagnostics diagnostics) {
        this.checks = checks;
        this.diagnostics = diagnostics;
    }

    /** Who reported it, reading the old {@code original:} spelling too (there the outlet is the copy's site). */
    static String outletOf(Raw.Source raw) {
        return raw.original() != null ? raw.original() : raw.outlet();
    }

    Optional<Source> build(String id, Entry<Raw.Source> e, String pageUrl, List<Link> citedIn, Origin origin) {
        Raw.Source raw = e.raw();
        boolean ok = checks.required(e, "outlet", raw.outlet(), "source") & checks.required(e, "title", raw.title(), "source")
                & checks.required(e, "url", raw.url(), "source");
        String flagId = checks.oneOf(e, "flag", raw.flag(), SourceFlag.ids(), "source");
        PartialDate date = checks.date(e, "date", raw.date(), false, false, "source");
        if (raw.url() != null && !raw.url().matches("https?://[^\\s\"<>]+")) {
            diagnostics.error(e.keyAt("url"), "source url '" + raw.url() + "' must be an http(s) address");
            ok = false;
        }
        if (raw.originalUrl() != null && !raw.originalUrl().matches("https?://[^\\s\"<>]+")) {
            diagnostics.error(e.keyAt("original_url"), "source original_url '" + raw.originalUrl()
                    + "' must be an http(s) address");
            ok = false;
        }
        String readAt = raw.readAt();
        if (raw.original() != null) {
            if (raw.readAt() != null) {
                diagnostics.error(e.keyAt("original"), "source has both original: and read_at: write outlet: (who "
                        + "reported it) and read_at: (the site read), and remove original:");
                ok = false;
            }
            readAt = raw.outlet();
        }
        if (!ok || flagId == null) {
            return Optional.empty();
        }
        return Optional.of(new Source(id, strip(outletOf(raw)), raw.title().strip(), strip(raw.titleEn()), strip(raw.author()),
                date, raw.url().strip(), strip(readAt), strip(raw.originalUrl()), SourceFlag.of(flagId).orElseThrow(),
                strip(raw.language()), raw.note(), pageUrl, citedIn, origin));
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
