package folio.render;

/**
 * What the typographer's pass reads in a page's tags, found by forward searches that each cross the page once: the
 * next attribute value that may hold a quote, the next {@code lang}, a tag's {@code type}.
 */
final class TagAttributes {
    private final String in;

    TagAttributes(String in) {
        this.in = in;
    }

    /** Where the value of the tag's type attribute starts, or {@code end}. */
    int typeAt(int start, int end) {
        for (int k = start; k + 7 < end; k++) {
            if (in.charAt(k) == ' ' && in.startsWith("type=\"", k + 1)) {
                return k + 7;
            }
        }
        return end;
    }

    /** Where the next {@code &quot;}, {@code &#39;} and {@code '} are (-1: none is left), each found by one forward search. */
    private int nextQuot = -2;
    private int nextApos = -2;
    private int nextRaw = -2;

    /** Whether the tag from {@code start} to {@code end} holds a quote, as its attribute values write one. */
    boolean mayHoldQuotes(int start, int end) {
        if (nextQuot != -1 && nextQuot < start) {
            nextQuot = in.indexOf("&quot;", start);
        }
        if (nextApos != -1 && nextApos < start) {
            nextApos = in.indexOf("&#39;", start);
        }
        if (nextRaw != -1 && nextRaw < start) {
            nextRaw = in.indexOf('\'', start);
        }
        return nextQuot >= 0 && nextQuot < end || nextApos >= 0 && nextApos < end || nextRaw >= 0 && nextRaw < end;
    }

    /** Where the next {@code  lang="} at or after the current tag is (-1: none is left), found by one forward search. */
    private int nextLang = -2;

    /** The value of the tag's lang attribute, or null. */
    String lang(int start, int end) {
        if (nextLang != -1 && nextLang < start) {
            nextLang = in.indexOf(" lang=\"", start);
        }
        if (nextLang < 0 || nextLang >= end) {
            return null;
        }
        int close = in.indexOf('"', nextLang + 7);
        return close < 0 || close > end ? null : in.substring(nextLang + 7, close);
    }
}
