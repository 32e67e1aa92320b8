package folio.diag;

import java.util.Locale;

/**
 * The one table of characters a reader cannot see, shared by the content checks and by
 * {@link Diagnostic}, which prints them as escapes. An editor cannot see them either, and they
 * change what YAML and front matter read: a byte-order mark left mid-file by joining two files, a
 * zero-width space or a no-break space pasted from a web page. At the start of a line they turn
 * indentation into text, before a key they make a key no one can tell from the right one, before
 * a closing --- they leave the front matter open, and in a name, an id or a key they make one that
 * reads as another. Inside a text they are the editor's, and left alone. Here, in the package
 * every other one depends on, so that the name checks and the diagnostics that print the names
 * read one table.
 */
public final class InvisibleCharacters {
    private InvisibleCharacters() {}

    /** A format character (Unicode Cf: U+200B, U+FEFF, U+00AD ...) or a space other than U+0020 and tab. */
    public static boolean isInvisible(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.FORMAT || type == Character.SPACE_SEPARATOR && codePoint != ' ';
    }

    /**
     * Whether a name, an id or a key may not hold {@code codePoint}: an invisible character, or a
     * line or paragraph separator (U+2028, U+2029), which shows as nothing in most places and breaks
     * the line in others. (In a text they stay the editor's: YAML reads them as line breaks.)
     */
    public static boolean unfitForName(int codePoint) {
        int type = Character.getType(codePoint);
        return isInvisible(codePoint) || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    /**
     * The index of the first character in {@code text} that a name, an id or a key may not hold
     * ({@link #unfitForName}), or -1. Code points, not chars: the tag characters (U+E0001, U+E0020
     * to U+E007F) are format characters beyond U+FFFF.
     */
    public static int indexIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && unfitForName(Character.isHighSurrogate(c) ? text.codePointAt(i) : c)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code text} without the characters {@link #indexIn} finds: the name an editor meant ({@code terms.yaml} for terms + U+00A0 + .yaml). */
    public static String without(String text) {
        return text.codePoints().filter(c -> !unfitForName(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** "zero width space (U+200B)", "byte-order mark (U+FEFF)". */
    public static String describe(int codePoint) {
        String name = codePoint == 0xFEFF ? "byte-order mark" : Character.getName(codePoint);
        return (name == null ? "invisible character" : name.toLowerCase(Locale.ROOT))
                + String.format(Locale.ROOT, " (U+%04X)", codePoint);
    }
}
