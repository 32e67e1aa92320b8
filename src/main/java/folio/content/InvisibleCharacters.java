package folio.content;

import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Characters an editor cannot see that change what YAML and front matter read: a byte-order
 * mark left mid-file by joining two files, a zero-width space or a no-break space pasted from a
 * web page. At the start of a line they turn indentation into text ("'﻿  sources' stands level
 * with the list's items"), before a key they make a key no one can tell from the right one, and
 * before a closing --- they leave the front matter open. Inside a value they are the editor's
 * text, and left alone.
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
    private static boolean unfitForName(int codePoint) {
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

    /** A line that opens a block text ({@code key: |}, {@code - >-}, {@code text: |2 # note}): its lines below are the editor's text. */
    private static final Pattern BLOCK_TEXT = Pattern.compile("(?:^\\s*|:\\s+|-\\s+)[|>][-+1-9]{0,2}\\s*(?:#.*)?$");

    /**
     * Reports the last invisible character among the spaces and dashes that start a line of
     * {@code yamlText} (whose first line is {@code origin}), up to line {@code lastLine} (from 0),
     * where the parser stopped; true when there was one. Only for a text YAML could not read: in
     * one it read, such a character is the editor's typography (a no-break space before a dash at
     * the start of a line of a {@code >} text, or of a quoted text continued on the next line).
     * The lines of a block text ({@code |}, {@code >}) are skipped here too: they are text.
     */
    static boolean reportAtLineStart(String yamlText, int lastLine, SourcePosition origin, Diagnostics diagnostics) {
        String[] lines = yamlText.split("\n", -1);
        int found = -1;
        int column = 0;
        int blockText = -1; // the indentation of the line that opened the block text we are in, or -1
        for (int n = 0; n < lines.length && n <= lastLine; n++) {
            String line = lines[n];
            int spaces = 0;
            while (spaces < line.length() && line.charAt(spaces) == ' ') {
                spaces++;
            }
            if (blockText >= 0 && (spaces > blockText || line.isBlank())) {
                continue;
            }
            blockText = BLOCK_TEXT.matcher(line).find() ? spaces : -1;
            for (int i = spaces; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c >= 0x80 && isInvisible(c)) {
                    found = n;
                    column = i;
                    break;
                }
                if (c != ' ' && c != '-') {
                    break;
                }
            }
        }
        if (found < 0) {
            return false;
        }
        diagnostics.error(origin.path(), origin.line() + found, column + 1, "invisible "
                + describe(lines[found].charAt(column)) + " at the start of this line: YAML does not read it as "
                + "indentation, so the line means something else than it shows; delete it (retype the start of the line)");
        return true;
    }
}
