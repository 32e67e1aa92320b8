package folio.diag;

/**
 * One problem found in the user's input, located by a project-relative path and a 1-based line
 * and column (0 when unknown). Printed as {@code path:line:col: error: message}.
 */
public record Diagnostic(Severity severity, String path, int line, int column, String message) {

    public static Diagnostic error(String path, int line, int column, String message) {
        return new Diagnostic(Severity.ERROR, path, line, column, message);
    }

    public static Diagnostic warning(String path, int line, int column, String message) {
        return new Diagnostic(Severity.WARNING, path, line, column, message);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(path == null || path.isEmpty() ? "<project>" : path);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        return out.append(": ").append(severity.label()).append(": ").append(message).toString();
    }
}
