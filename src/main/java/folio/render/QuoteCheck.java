package folio.render;

import folio.content.LiteralQuotes;

/** The quick check before the typographer's pass: whether a page holds anything the pass may change. */
final class QuoteCheck {
    private QuoteCheck() {}

    /**
     * False only when the pass would leave {@code html} as it is: no straight quote where a reader sees text, written
     * or as an entity, none in an attribute, no escape or apostrophe in a script (structured data), no ’ and no
     * literal-quote character. It skips comments and the content of raw elements as the pass does. One loop over the
     * characters, several times cheaper than the pass, which most pages of a large site (text without quotes) then
     * skip. True may be a false alarm: the pass decides.
     */
    static boolean mayChange(String html) {
        boolean inTag = false;
        int n = html.length();
        for (int i = 0; i < n; i++) {
            char c = html.charAt(i);
            if (c > '>') {
                if (c == '\u2019' || c == LiteralQuotes.DOUBLE || c == LiteralQuotes.SINGLE) {
                    return true;
                }
            } else if (c == '<') {
                int skipTo = rawContentEnd(html, i);
                if (skipTo == -2) {
                    return true;
                }
                if (skipTo >= 0) {
                    i = skipTo - 1;
                } else {
                    inTag = true;
                }
            } else if (c == '>') {
                inTag = false;
            } else if (c == '\'' || c == '"' && !inTag
                    || c == '&' && quoteEntityAt(html, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * For {@link #mayChange}, at a {@code <}: where the pass goes on after a comment or a raw element's content (its
     * closing tag), -1 for any other tag, or -2 when the raw element's own tag or a script may hold a quote.
     */
    private static int rawContentEnd(String html, int i) {
        int n = html.length();
        if (html.startsWith("<!--", i)) {
            int end = html.indexOf("-->", i + 4);
            return end < 0 ? n : end + 3;
        }
        char first = i + 1 < n ? html.charAt(i + 1) : ' ';
        if (first != 'c' && first != 'p' && first != 'k' && first != 's' && first != 't') {
            return -1; // no raw element's name starts so: most tags
        }
        String raw = null;
        for (String name : TextBoundaries.RAW) {
            int after = i + 1 + name.length();
            if (html.startsWith(name, i + 1) && after < n && !Character.isLetterOrDigit(html.charAt(after)) && html.charAt(after) != '-') {
                raw = name;
            }
        }
        int end = raw == null ? -1 : html.indexOf('>', i);
        if (end < 0 || html.charAt(end - 1) == '/') {
            return -1;
        }
        int close = html.indexOf("</" + raw, end);
        close = close < 0 ? n : close;
        boolean quoteInTag = indexIn(html, '\'', i, end) || indexIn(html, '&', i, end);
        boolean quoteInScript = raw.equals("script") && (indexIn(html, '\\', end, close) || indexIn(html, '\'', end, close));
        return quoteInTag || quoteInScript ? -2 : close;
    }

    /** Whether the entity at {@code i} is one of the quotes the pass reads: &quot; &#34; &#39; &apos;. */
    private static boolean quoteEntityAt(String html, int i) {
        char next = i + 1 < html.length() ? html.charAt(i + 1) : ' ';
        return next == 'q' && html.startsWith("&quot;", i) || next == 'a' && html.startsWith("&apos;", i)
                || next == '#' && (html.startsWith("&#34;", i) || html.startsWith("&#39;", i));
    }

    private static boolean indexIn(String text, char c, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == c) {
                return true;
            }
        }
        return false;
    }
}
