package folio.project;

import folio.content.Markers;

/** Line endings become {@code \n}; the control characters the renderer reserves for markers are dropped. */
public final class TextNormaliser {
    private TextNormaliser() {}

    /** Most files need nothing done: no carriage return, byte-order mark or marker character. */
    private static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\uFEFF' || Markers.isReserved(c)) {
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
            } else if (!Markers.isReserved(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
