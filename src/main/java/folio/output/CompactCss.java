package folio.output;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The one place a style sheet is made smaller for the site: every {@code .css} file a build copies
 * ({@code templates/static/style.css} and the layouts' sheets) is written without its comments and
 * without white space that changes nothing, so the sources stay commented and readable while each
 * page's weight (which counts every sheet it links) does not carry them. Conservative by design:
 * <ul>
 * <li>a comment goes, leaving a space where it stood between two words;</li>
 * <li>a run of white space becomes one space, and none is kept beside {@code { } ; ,}, inside
 *     {@code ( )}'s edges or after a {@code :} (a declaration's {@code top: 0} and a query's
 *     {@code (min-width: 40em)} mean the same without it, and a selector has none there: this was
 *     720 characters of every page's weight); everywhere else (before a {@code (} or a {@code :},
 *     around {@code +}, {@code >}) one space stays, since there it can matter ({@code and (},
 *     {@code a :hover}, {@code calc(1px + 2px)}); after an escaped {@code \:} it stays too;</li>
 * <li>the last {@code ;} of a block goes;</li>
 * <li>strings ({@code "…"}, {@code '…'}), an unquoted {@code url(…)} and escapes ({@code \:}) are
 *     copied exactly.</li>
 * </ul>
 * A sheet that is not UTF-8 is copied as it is.
 */
public final class CompactCss {
    private CompactCss() {}

    /** Whether a copied file at this output path is a style sheet that {@link #of(byte[])} compacts. */
    public static boolean applies(String path) {
        return path.endsWith(".css");
    }

    /** The sheet's file compacted, ending with a line break, or as it is when it is not UTF-8. */
    public static byte[] of(byte[] css) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(css)).toString();
            String compact = of(text);
            // A text file ends with a line break, as the source did.
            return (compact.isEmpty() ? compact : compact + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            return css;
        }
    }

    /** The sheet without comments and needless white space; the rules mean what they meant. */
    public static String of(String css) {
        StringBuilder out = new StringBuilder(css.length());
        boolean space = false;
        int i = 0;
        int n = css.length();
        while (i < n) {
            char c = css.charAt(i);
            if (c == '/' && i + 1 < n && css.charAt(i + 1) == '*') {
                int end = css.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2; // an unclosed comment runs to the end, as CSS reads it
                space = true;
                continue;
            }
            if (Character.isWhitespace(c)) {
                space = true;
                i++;
                continue;
            }
            if (space && out.length() > 0 && TIGHT_AFTER.indexOf(last(out)) < 0 && TIGHT_BEFORE.indexOf(c) < 0
                    && !afterColon(out)) {
                out.append(' ');
            }
            space = false;
            if (c == '"' || c == '\'') {
                i = copyString(css, i, out);
            } else if (c == '\\') {
                out.append(c);
                if (i + 1 < n) {
                    out.append(css.charAt(i + 1));
                }
                i += 2;
            } else if (c == '(' && endsWithUrl(out)) {
                out.append(c);
                i = copyUrl(css, i + 1, out);
            } else {
                if (c == '}' && out.length() > 1 && last(out) == ';' && out.charAt(out.length() - 2) != '\\') {
                    out.setLength(out.length() - 1);
                }
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** No space is needed after these, nor before {@link #TIGHT_BEFORE}. */
    private static final String TIGHT_AFTER = "{};,(";
    private static final String TIGHT_BEFORE = "{};,)";

    /** Whether the text so far ends with a {@code :} of CSS's own (not an escaped one, {@code \:}). */
    private static boolean afterColon(StringBuilder out) {
        int len = out.length();
        return out.charAt(len - 1) == ':' && (len == 1 || out.charAt(len - 2) != '\\');
    }

    private static char last(StringBuilder out) {
        return out.charAt(out.length() - 1);
    }

    /** Copies the string that starts at {@code start} (its quote) with its escapes; returns the index after it. */
    private static int copyString(String css, int start, StringBuilder out) {
        char quote = css.charAt(start);
        out.append(quote);
        int i = start + 1;
        while (i < css.length()) {
            char c = css.charAt(i);
            out.append(c);
            i++;
            if (c == '\\' && i < css.length()) {
                out.append(css.charAt(i));
                i++;
            } else if (c == quote || c == '\n') {
                break; // closed, or (at a line's end) a bad string, which CSS ends there too
            }
        }
        return i;
    }

    private static boolean endsWithUrl(StringBuilder out) {
        int len = out.length();
        return len >= 3 && out.substring(len - 3).equalsIgnoreCase("url")
                && (len == 3 || !Character.isLetterOrDigit(out.charAt(len - 4)) && out.charAt(len - 4) != '-');
    }

    /** Copies an unquoted url's body up to and with its {@code )}; a quoted one is copied as a string. */
    private static int copyUrl(String css, int from, StringBuilder out) {
        int i = from;
        while (i < css.length() && Character.isWhitespace(css.charAt(i))) {
            i++;
        }
        if (i < css.length() && (css.charAt(i) == '"' || css.charAt(i) == '\'')) {
            return i; // the main loop copies the string and what follows it
        }
        int end = css.indexOf(')', i);
        end = end < 0 ? css.length() : end + 1;
        out.append(css, i, end);
        return end;
    }
}
