package folio.site;

import folio.diag.SourcePosition;

/**
 * Where an entry is written: {@code path}, relative to the project (which is the repository's
 * root), and the {@code line} it starts on (its {@code - id:} line; 1 for a provision's file).
 * With {@code repository:} in site.yaml, {@code editUrl} opens the file in GitHub's editor and
 * {@code sourceUrl} shows it with that line highlighted; both are null without one.
 */
public record Origin(String path, int line, String editUrl, String sourceUrl) {
    // By identity (package-info): nothing compares these by value; generated methods link at run time.
    @Override public boolean equals(Object other) { return this == other; }
    @Override public int hashCode() { return System.identityHashCode(this); }

    static Origin of(SourcePosition at, SiteConfig config) {
        if (config.repository() == null) {
            return new Origin(at.path(), at.line(), null, null);
        }
        String file = UrlPath.encode(config.editBranch() + "/" + at.path());
        return new Origin(at.path(), at.line(), config.repository() + "/edit/" + file,
                config.repository() + "/blob/" + file + "#L" + at.line());
    }
}
