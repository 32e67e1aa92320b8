package folio.output;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A script a build copies ({@code templates/static/terms.js}) written without its comments and
 * without white space that changes nothing, as far as that is certain without a JavaScript parser,
 * so the sources stay commented while each page's weight does not carry them. Only a script made
 * of code, strings ({@code '…'}, {@code "…"}) and comments is compacted: a {@code /} that starts
 * no comment (a division or a regular expression, which only a parser tells apart), a template
 * literal (its {@code ${}} holds code inside text), an HTML-like comment ({@code <!--},
 * {@code -->}), a {@code #!} line or an unclosed string or comment leaves the whole script as it
 * is. Within those:
 * <ul>
 * <li>a comment goes; a block comment that held a line break leaves one (it ends a statement as a
 *     line break does), any other leaves a space;</li>
 * <li>a run of white space becomes one line break if it held one, so no statement that a line break
 *     ends is joined to the next ({@code return} before a value, {@code a = {}} before {@code b()}),
 *     except after {@code ; { ,} and before {@code }}, where none can end or keep a statement going
 *     otherwise; a run without one becomes one space, and none beside {@code ( ) [ ] { } , ;}
 *     (which join no other character into a token); none stays at the start or the end;</li>
 * <li>strings are copied exactly, escapes and all.</li>
 * </ul>
 * A script that is not UTF-8 is copied as it is.
 */
public final class CompactJs {
    private CompactJs() {}

    /** Whether a copied file at this output path is a script that {@link #of(byte[])} compacts. */
    public static boolean applies(String path) {
        return path.endsWith(".js");
    }

    /** The script's file compacted, ending with a line break, or as it is when {@link #of(String)} leaves it or it is not UTF-8. */
    public static byte[] of(byte[] js) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(js)).toString();
            String compact = of(text);
            return compact == text ? js : (compact.isEmpty() ? compact : compact + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            return js;
        }
    }

    /** The script without comments and needless white space, or {@code js} itself (the same object) when it is left as it is. */
    public static String of(String js) {
        if (js.startsWith("#!") || js.contains("<!--") || js.contains("-->")) {
            return js;
        }
        StringBuilder out = new StringBuilder(js.length());
        int space = NONE;
        int n = js.length();
        int i = 0;
        while (i < n) {
            char c = js.charAt(i);
            if (c == '`') {
                return js;
            }
            if (c == '/') {
                if (i + 1 < n && js.charAt(i + 1) == '/') {
                    i = lineEnd(js, i); // the line break after it is white space
                    continue;
                }
                if (i + 1 < n && js.charAt(i + 1) == '*') {
                    int end = js.indexOf("*/", i + 2);
                    if (end < 0) {
                        return js;
                    }
                    space = Math.max(space, lineEnd(js.substring(i, end), 0) < end - i ? BREAK : SPACE);
                    i = end + 2;
                    continue;
                }
                return js;
            }
            if (isLineTerminator(c) || isWhiteSpace(c)) {
                space = Math.max(space, isLineTerminator(c) ? BREAK : SPACE);
                i++;
                continue;
            }
            if (space != NONE && out.length() > 0) {
                char last = out.charAt(out.length() - 1);
                if (space == BREAK) {
                    // Needless after ; { , (nothing there can end a statement) and before }, where a statement
                    // ends with or without one.
                    if (";{,".indexOf(last) < 0 && c != '}') {
                        out.append('\n');
                    }
                } else if (TIGHT.indexOf(last) < 0 && TIGHT.indexOf(c) < 0) {
                    out.append(' ');
                }
            }
            space = NONE;
            if (c == '\'' || c == '"') {
                i = copyString(js, i, out);
                if (i < 0) {
                    return js;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static final int NONE = 0;
    private static final int SPACE = 1;
    private static final int BREAK = 2;

    /** Punctuators that are never part of a longer one, so no space is needed beside them. */
    private static final String TIGHT = "()[]{},;";

    /** The index of the first line terminator at or after {@code from}, or the text's length. */
    private static int lineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (isLineTerminator(text.charAt(i))) {
                return i;
            }
        }
        return text.length();
    }

    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    /** JavaScript's WhiteSpace: tab, vertical tab, form feed, the byte-order mark and every space separator. */
    private static boolean isWhiteSpace(char c) {
        return c == '\t' || c == '\u000B' || c == '\f' || c == '\uFEFF' || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    /** Copies the string that starts at {@code start} (its quote) with its escapes; the index after it, or -1 when it is not closed on its line. */
    private static int copyString(String js, int start, StringBuilder out) {
        char quote = js.charAt(start);
        int i = start + 1;
        while (i < js.length()) {
            char c = js.charAt(i);
            if (c == '\\') {
                i += 2; // an escape, a line continuation (\ and a line break) among them
            } else if (c == quote) {
                out.append(js, start, i + 1);
                return i + 1;
            } else if (c == '\n' || c == '\r') {
                return -1;
            } else {
                i++;
            }
        }
        return -1;
    }
}
