package folio.project;

/**
 * Where a content file is, without its text: what records kept past parsing need (for
 * diagnostics and links), so a large site does not hold every file's text twice.
 */
public record SourceName(String path, String relative) {}
