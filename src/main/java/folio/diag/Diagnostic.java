package folio.diag;

/**
 * One problem found in the user's input, located by a project-relative path and a 1-based line
 * and column (0 when unknown). Printed as {@code path:line:col: error: message}.
 */
public record Diagnostic(Severity severity, String path, int line, int column, String message) {

    /**
     * A diagnostic is one line: a control character in its path (a file named with a line
     * break) or message (a quoted value) is written as an escape, \n, \t, \r or \\u001B,
     * so no name or value can split a report, forge the next one or act on a terminal. So is an
     * invisible format character: a bidirectional override or isolate (U+202E in a file name
     * prints the rest of the line backwards, so the report would read other than it says), a zero-width
     * or joiner character, a byte-order mark, and the line and paragraph separators U+2028/2029
     * that some terminals and editors break a line at.
     */
    public Diagnostic {
        path = oneLine(path);
        message = oneLine(message);
    }

    static String oneLine(String text) {
        if (text == null || !hasControl(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> out.append(isControl(c) ? String.format(java.util.Locale.ROOT, "\\u%04X", (int) c) : String.valueOf(c));
            }
        }
        return out.toString();
    }

    private static boolean hasControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x200B && c <= 0x200F) || (c >= 0x2028 && c <= 0x202E)
                || (c >= 0x2060 && c <= 0x2069) || c == 0xFEFF;
    }

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
