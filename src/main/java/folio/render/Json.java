package folio.render;

/** JSON string quoting that is also safe inside a {@code <script>} element. */
public final class Json {
    private Json() {}

    public static String quote(String text) {
        return quote(text, java.util.List.of());
    }

    /**
     * A text whose quotes at the given places are to be shown straight: written as JSON's six-character escape
     * (backslash, u, 0022 or 0027),
     * the form the typographer leaves as it is in a page's structured data (JsonLdProse).
     */
    static String quote(PlainText.Shown text) {
        return quote(text.text(), text.straight());
    }

    private static String quote(String text, java.util.List<Integer> straight) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        int next = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (next < straight.size() && straight.get(next) == i) {
                next++;
                if (c == '"' || c == '\'') {
                    out.append(c == '"' ? "\\u0022" : "\\u0027");
                    continue;
                }
            }
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
