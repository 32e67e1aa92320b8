package folio.diag;

/**
 * One problem found in the user's input, located by a project-relative path and a 1-based line
 * and column (0 when unknown). Printed as {@code path:line:col: error: message}.
 */
public record Diagnostic(Severity severity, String path, int line, int column, String message) {

    /**
     * A diagnostic is one line: a control character in its path (a file named with a line
     * break) or message (a quoted value) is written as an escape, \n, \t, \r or \\u001B,
     * so no name or value can split a report, forge the next one or act on a terminal. So is a
     * character of {@link InvisibleCharacters}' table, the one the name checks read: in a path, every
     * character a name may not hold (a soft hyphen, a no-break space, a tag character written
     * \\u{E0041}, as one beyond U+FFFF is), so a report shows the name as it is; in a message, all
     * but the spaces (a no-break space in a quoted text shows as the space it is): a bidirectional
     * override or isolate (U+202E in a file name prints the rest of the line backwards, so the
     * report would read other than it says), a zero-width or joiner character, a byte-order mark,
     * and the line and paragraph separators U+2028/2029 that some terminals and editors break a line at.
     * A message longer than about 1,500 characters is {@link #shortened}.
     */
    public Diagnostic {
        path = oneLine(path, true);
        message = oneLine(shortened(message), false);
    }

    /** Characters of a message kept from its start and from its end when it is longer than both and a note. */
    static final int HEAD = 1000;
    static final int TAIL = 500;

    /**
     * {@code message} with its middle left out when it is longer than {@link #HEAD} +
     * {@link #TAIL} characters and a note: a quoted value of 100,000 characters (a heading id, a
     * term's name) made a report of 100 KB, while what is wrong is said at the start and what to
     * do at the end. The cut falls between code points.
     */
    static String shortened(String message) {
        if (message == null || message.length() <= HEAD + TAIL + 60) {
            return message;
        }
        int head = Character.isLowSurrogate(message.charAt(HEAD)) ? HEAD - 1 : HEAD;
        int tail = message.length() - TAIL;
        tail = Character.isLowSurrogate(message.charAt(tail)) ? tail + 1 : tail;
        return message.substring(0, head) + " [... " + String.format(java.util.Locale.ROOT, "%,d", tail - head)
                + " characters left out ...] " + message.substring(tail);
    }

    /** {@code text} with what {@link #escaped} finds written as escapes; {@code name}: whether it is a path. */
    static String oneLine(String text, boolean name) {
        if (text == null || !hasEscaped(text, name)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int c = text.codePointAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> out.append(!escaped(c, name) ? new String(Character.toChars(c))
                        : c > 0xFFFF ? String.format(java.util.Locale.ROOT, "\\u{%X}", c)
                        : String.format(java.util.Locale.ROOT, "\\u%04X", c));
            }
        }
        return out.toString();
    }

    private static boolean hasEscaped(String text, boolean name) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x7F && escaped(Character.isHighSurrogate(c) ? text.codePointAt(i) : c, name)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code c} is written as an escape in a path ({@code name}) or in a message. */
    private static boolean escaped(int c, boolean name) {
        if (c < 0x20 || c >= 0x7F && c <= 0x9F) {
            return true;
        }
        return c >= 0x80 && InvisibleCharacters.unfitForName(c) && (name || Character.getType(c) != Character.SPACE_SEPARATOR);
    }

    public static Diagnostic error(String path, int line, int column, String message) {
        return new Diagnostic(Severity.ERROR, path, line, column, message);
    }

    public static Diagnostic warning(String path, int line, int column, String message) {
        return new Diagnostic(Severity.WARNING, path, line, column, message);
    }

    /**
     * Where the problem is, as printed: {@code path:line} or {@code path:line:column}. A problem with
     * a whole file or folder (its name, its size, a link, a file left behind) has no line of its own
     * and is placed at line 1, so every report has the one shape {@code path:line[:column]: severity:
     * message} that editors' problem matchers and {@code grep -n}-style tools read (it was {@code path:
     * error: ...}, which a matcher needing a line skipped). Only what is not a file keeps its name
     * alone: an option ({@code --output}) or the project as a whole.
     */
    public String where() {
        if (path == null || path.isEmpty()) {
            return "<project>";
        }
        if (path.startsWith("-")) {
            return line > 0 ? path + ":" + line : path;
        }
        return path + ":" + Math.max(line, 1) + (line > 0 && column > 0 ? ":" + column : "");
    }

    @Override
    public String toString() {
        return where() + ": " + severity.label() + ": " + message;
    }
}
