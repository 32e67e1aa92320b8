package folio.project;

import java.util.Locale;

/**
 * The one rule for code points no content, template or value may hold, however they are
 * written (raw in a file, as a Markdown entity, as a YAML escape): the C0 controls other than
 * tab and line feed, DEL, the C1 controls, lone surrogates and Unicode noncharacters (HTML
 * forbids them in a page and terminals act on some: ESC), and the bidirectional embeddings,
 * overrides and isolates (U+202A to U+202E, U+2066 to U+2069). Those show the text after them in
 * another order than it is stored, also past the end of the text that holds them (a title shown
 * in a link of a sentence reverses the rest of the sentence), and no editor sees them: the
 * characters rustc and GitHub flag ("Trojan Source"). The marks U+200E and U+200F, which set a
 * direction without reordering anything, stay allowed.
 */
public final class ForbiddenCharacters {
    private ForbiddenCharacters() {}

    public static boolean isForbidden(int codePoint) {
        if (codePoint < 0x20) {
            return codePoint != '\t' && codePoint != '\n';
        }
        if (codePoint >= 0x7F && codePoint <= 0x9F) {
            return true;
        }
        if (codePoint >= 0xD800 && codePoint <= 0xDFFF || isBidiControl(codePoint)) {
            return true;
        }
        return codePoint >= 0xFDD0 && codePoint <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
    }

    /** U+202A to U+202E (embeddings, overrides, their end) and U+2066 to U+2069 (isolates, their end). */
    public static boolean isBidiControl(int codePoint) {
        return codePoint >= 0x202A && codePoint <= 0x202E || codePoint >= 0x2066 && codePoint <= 0x2069;
    }

    /** The index of the first forbidden code point in {@code text}, or -1 (the common case, in one pass). */
    public static int indexIn(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                continue;
            }
            int codePoint = Character.codePointAt(text, i);
            if (isForbidden(codePoint)) {
                return i;
            }
            if (Character.isSupplementaryCodePoint(codePoint)) {
                i++;
            }
        }
        return -1;
    }

    /** "control character U+001B (escape)" and the like, for a message. */
    public static String describe(int codePoint) {
        String code = String.format(Locale.ROOT, "U+%04X", codePoint);
        if (codePoint >= 0xD800 && codePoint <= 0xDFFF) {
            return "lone surrogate " + code;
        }
        if (codePoint >= 0xFDD0 && codePoint < 0xFDF0 || (codePoint & 0xFFFE) == 0xFFFE) {
            return "noncharacter " + code;
        }
        if (isBidiControl(codePoint)) {
            return "bidirectional control " + code + " (" + Character.getName(codePoint).toLowerCase(Locale.ROOT) + ")";
        }
        String name = Character.getName(codePoint);
        if (name != null && name.indexOf(" (") > 0) {
            name = name.substring(0, name.indexOf(" ("));
        }
        return "control character " + code + (name == null ? "" : " (" + name.toLowerCase(Locale.ROOT) + ")");
    }

    /** The message for one written as it is: what it is and what to do. */
    public static String message(int codePoint) {
        return describe(codePoint) + (isBidiControl(codePoint) ? BIDI : " is not allowed (no web page may hold it): delete it");
    }

    private static final String BIDI = " is not allowed: unseen, it changes the order in which the text around it is shown,"
            + " on the page even past this text (a title in a sentence can turn the rest of the sentence round): delete"
            + " it (for a word in another script a left-to-right or right-to-left mark, U+200E or U+200F, is enough)";

    /** The message for one written another way ({@code how}: "'&#27;' stands for", "this value's escape gives"). */
    public static String message(String how, int codePoint) {
        return how + " " + describe(codePoint) + (isBidiControl(codePoint) ? ", which" + BIDI
                : ", which no web page may hold: delete it");
    }

    /** 1-based line and column of {@code index} in {@code text}. */
    public static int[] lineAndColumn(CharSequence text, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, index - lineStart + 1};
    }
}
