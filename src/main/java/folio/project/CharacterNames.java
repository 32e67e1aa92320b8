package folio.project;

import java.util.Locale;

/**
 * One character of a name or value in words, for a message that says what a name has that it
 * may not ("it has a line break (U+000A)"): a character one cannot see is named with its code
 * point, never shown as itself (a tab, a line break or a no-break space all look like a space,
 * or like nothing).
 */
public final class CharacterNames {
    private CharacterNames() {}

    /**
     * "a space", "a tab (U+0009)", "a line break (U+000A)", "the control character U+001B (escape)",
     * "a no-break space (U+00A0)", "a zero width space (U+200B)", "a combining acute accent (U+0301), ...",
     * "the character 'é'".
     */
    public static String describe(int codePoint) {
        String code = String.format(Locale.ROOT, "U+%04X", codePoint);
        switch (codePoint) {
            case ' ':
                return "a space";
            case '\t':
                return "a tab (" + code + ")";
            case '\n':
                return "a line break (" + code + ")";
            case '\r':
                return "a carriage return (" + code + ")";
            case 0xFFFD: // what Java makes of a byte that is not UTF-8 in a file's name
                return "a byte that is not UTF-8 (read as U+FFFD, the replacement character)";
            default:
                break;
        }
        if (isControl(codePoint)) {
            return "the " + ForbiddenCharacters.describe(codePoint);
        }
        int type = Character.getType(codePoint);
        if (type == Character.FORMAT || type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE) {
            String name = codePoint == 0xFEFF ? "byte-order mark" : Character.getName(codePoint);
            if (name == null) {
                return "the invisible character " + code;
            }
            name = name.toLowerCase(Locale.ROOT);
            return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name + " (" + code + ")";
        }
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK) {
            // é saved as e and U+0301 (as macOS may name a file): shown alone, the accent sits on the quote mark.
            String name = Character.getName(codePoint);
            return "a " + (name == null ? "combining mark" : name.toLowerCase(Locale.ROOT)) + " (" + code
                    + "), an accent stored as a character of its own after its letter";
        }
        return "the character '" + new String(Character.toChars(codePoint)) + "'";
    }

    /** A C0 or C1 control character or DEL: no file name, and no line of a message, should hold one. */
    public static boolean isControl(int codePoint) {
        return codePoint < 0x20 || (codePoint >= 0x7F && codePoint <= 0x9F);
    }

    /** The index of the first control character in {@code text}, or -1. */
    public static int controlIndex(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
