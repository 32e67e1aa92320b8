package folio.project;

/**
 * One content file read from disk. {@code path} is project-relative (what diagnostics show),
 * {@code relative} is relative to the content directory; both use forward slashes. Text has
 * its byte-order mark removed and line endings normalised to {@code \n}.
 */
public record SourceFile(String path, String relative, String text) {

    public SourceName name() {
        return new SourceName(path, relative);
    }

    public String extension() {
        int dot = relative.lastIndexOf('.');
        return dot < 0 ? "" : relative.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
