package folio.render;

import java.nio.charset.StandardCharsets;

/**
 * The quick check before the typographer's pass: whether a page holds anything the pass may change. It reads the
 * page's UTF-8 bytes, which the page is written as anyway: under the build's C1 compiler a loop over a byte array that
 * passes most bytes on one table look-up takes well under half the time of a loop of {@code String.charAt} (10,000
 * pages, 44 M characters, in one JVM: about 100 against 240 ms; bench/PROFILE.md, thirty-second round). Every byte it
 * stops at is ASCII or the lead byte of a mark the pass reads, so it sees exactly what a loop over the characters would.
 */
final class QuoteCheck {
    private QuoteCheck() {}

    /** UTF-8 of ’, which the pass also changes (to a language's own apostrophe). */
    private static final byte[] APOSTROPHE = bytes(String.valueOf('\u2019'));
    private static final byte[] COMMENT_OPEN = bytes("<!--");
    private static final byte[] COMMENT_CLOSE = bytes("-->");

    /**
     * The bytes the loop stops at: tag edges, quotes, entities' ampersands, and the lead bytes of the marks above; in a
     * tag, the same but the double quotes around its attributes' values, which the pass leaves, and a {@code <}, which
     * for the pass is part of the tag (it ends at the first {@code >}).
     */
    private static final boolean[] STOP = stops("<>'\"&");
    private static final boolean[] STOP_IN_TAG = stops(">'&");

    private static boolean[] stops(String ascii) {
        boolean[] stop = new boolean[256];
        for (char c : ascii.toCharArray()) {
            stop[c] = true;
        }
        stop[APOSTROPHE[0] & 0xFF] = true;
        return stop;
    }

    /**
     * {@link TextBoundaries#RAW} as an array: most tags of a page start with a letter one of them starts with (p, s, t, c),
     * and iterating the set for each took more than half of the check (bench/PROFILE.md, thirty-ninth round).
     */
    private static final String[] RAW = TextBoundaries.RAW.toArray(String[]::new);

    /** The bytes after a {@code <} that may begin a comment or a raw element's name: any other tag is just a tag. */
    private static final boolean[] MAY_SKIP = new boolean[256];

    static {
        MAY_SKIP['!'] = true;
        for (String name : TextBoundaries.RAW) {
            MAY_SKIP[name.charAt(0)] = true;
        }
    }

    /** {@link #mayChange(byte[])} of a text not yet written as bytes. */
    static boolean mayChange(String html) {
        return mayChange(bytes(html));
    }

    /**
     * False only when the pass would leave the page whose UTF-8 is {@code html} as it is: no straight quote where a
     * reader sees text, written or as an entity, none in an attribute, no escape or apostrophe in a script (structured
     * data), and no ’. It skips comments and the content of raw elements as the pass does.
     * One loop, several times cheaper than the pass, which most pages of a large site (text without quotes) then skip.
     * True may be a false alarm: the pass decides.
     */
    static boolean mayChange(byte[] html) {
        boolean inTag = false;
        int n = html.length;
        for (int i = 0; i < n; i++) {
            // The tight loop is most of the time: under C1 it stays small only without the switch in it.
            boolean[] stop = inTag ? STOP_IN_TAG : STOP;
            while (!stop[html[i] & 0xFF]) {
                if (++i == n) {
                    return false;
                }
            }
            switch (html[i] & 0xFF) {
                case '<' -> {
                    int skipTo = i + 1 < n && MAY_SKIP[html[i + 1] & 0xFF] ? rawContentEnd(html, i) : -1;
                    if (skipTo == -2) {
                        return true;
                    }
                    if (skipTo >= 0) {
                        i = skipTo - 1;
                    } else {
                        inTag = true;
                    }
                }
                case '>' -> inTag = false;
                case '\'' -> {
                    return true;
                }
                case '"' -> {
                    if (!inTag) {
                        return true;
                    }
                }
                case '&' -> {
                    if (quoteEntityAt(html, i)) {
                        return true;
                    }
                }
                default -> {
                    if (startsWith(html, APOSTROPHE, i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * For {@link #mayChange}, at a {@code <}: where the pass goes on after a comment or a raw element's content (its
     * closing tag), -1 for any other tag, or -2 when the raw element's own tag or a script may hold a quote.
     */
    private static int rawContentEnd(byte[] html, int i) {
        int n = html.length;
        if (startsWith(html, COMMENT_OPEN, i)) {
            int end = indexOf(html, COMMENT_CLOSE, i + 4);
            end = end < 0 ? n : end + 3;
            return end;
        }
        String raw = null;
        for (String name : RAW) {
            int after = i + 1 + name.length();
            if (startsWith(html, name, i + 1) && after < n && !Character.isLetterOrDigit(charAt(html, after)) && html[after] != '-') {
                raw = name;
                break;
            }
        }
        int end = raw == null ? -1 : indexOf(html, (byte) '>', i, n);
        if (end < 0 || html[end - 1] == '/') {
            return -1;
        }
        int close = indexOf(html, bytes("</" + raw), end);
        close = close < 0 ? n : close;
        boolean quoteInTag = indexOf(html, (byte) '\'', i, end) >= 0 || indexOf(html, (byte) '&', i, end) >= 0;
        boolean quoteInScript = raw.equals("script")
                && (indexOf(html, (byte) '\\', end, close) >= 0 || indexOf(html, (byte) '\'', end, close) >= 0);
        return quoteInTag || quoteInScript ? -2 : close;
    }

    /**
     * Whether the entity at {@code i} is a quote the pass changes: &quot; &apos;, or a numeric one in any form the pass
     * decodes (&#34;, &#034;, &#X22;) but the two it leaves straight; a numeric one is read by the pass's own code.
     */
    private static boolean quoteEntityAt(byte[] html, int i) {
        int next = i + 1 < html.length ? html[i + 1] : ' ';
        if (next != '#') {
            return next == 'q' && startsWith(html, "&quot;", i) || next == 'a' && startsWith(html, "&apos;", i);
        }
        // Nine characters are at most 36 bytes.
        String entity = new String(html, i, Math.min(36, html.length - i), StandardCharsets.UTF_8);
        int end = CharacterReferences.end(entity, 0);
        char decoded = end < 0 ? 0 : CharacterReferences.decode(entity, 0, end);
        return (decoded == '"' || decoded == '\'') && !CharacterReferences.straight(entity, 0, end);
    }

    /** The character whose UTF-8 starts at {@code i} (a high surrogate for one beyond the BMP; only its kind is read). */
    private static char charAt(byte[] html, int i) {
        int lead = html[i] & 0xFF;
        if (lead < 0x80) {
            return (char) lead;
        }
        int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        return new String(html, i, Math.min(length, html.length - i), StandardCharsets.UTF_8).charAt(0);
    }

    private static boolean startsWith(byte[] html, String ascii, int at) {
        if (at + ascii.length() > html.length) {
            return false;
        }
        for (int k = 0; k < ascii.length(); k++) {
            if (html[at + k] != ascii.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] html, byte[] prefix, int at) {
        if (at + prefix.length > html.length) {
            return false;
        }
        for (int k = 0; k < prefix.length; k++) {
            if (html[at + k] != prefix[k]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] html, byte b, int from, int to) {
        for (int k = from; k < to; k++) {
            if (html[k] == b) {
                return k;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] html, byte[] part, int from) {
        for (int k = indexOf(html, part[0], from, html.length); k >= 0; k = indexOf(html, part[0], k + 1, html.length)) {
            if (startsWith(html, part, k)) {
                return k;
            }
        }
        return -1;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
