package folio.project;

/** Line endings become {@code \n} and a leading byte-order mark goes (forbidden characters are refused, not dropped: see {@link ForbiddenCharacters}). */
public final class TextNormaliser {
    private TextNormaliser() {}

    /** Most files need nothing done: no carriage return or byte-order mark. */
    private static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\uFEFF') {
                return false;
            }
        }
        return true;
    }

    public static String normalise(String text) {
        if (isClean(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\uFEFF' && i == 0) {
                continue;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
