package folio.render;

import folio.site.Markup;

/**
 * HTML fragment to plain text in one pass: tags, glossary popovers and their buttons
 * dropped; the five entities the renderer writes decoded; spaces collapsed. Block
 * tags separate words. Used for meta descriptions and the search index, so it must be cheap.
 */
public final class PlainText {
    private PlainText() {}

    /**
     * Whole texts already made plain. The same summaries reach provision cards, meta descriptions,
     * the search index and the open data; a text is the same object wherever it appears, and is
     * forgotten with the site that holds it.
     */
    private static final java.util.Map<Markup, String> WHOLE = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /**
     * The start of a text without citations, as plain text, cut as {@link #of(String, int)} cuts:
     * only the blocks that make its first {@code enough} characters are rendered.
     */
    public static String of(Markup markup, int enough) {
        if (markup == null) {
            return "";
        }
        String whole = WHOLE.get(markup);
        if (whole != null) {
            // Where of(html, enough) stops: at the character past the limit, with the space before it.
            return whole.length() <= enough ? whole : whole.substring(0, whole.charAt(enough) == ' ' ? enough + 2 : enough + 1);
        }
        return of(MarkupHtml.forPlainText(markup, html -> of(html, enough).length() > enough), enough);
    }

    /** A text without citations, as plain text (for meta descriptions, provision cards, open data). */
    public static String of(Markup markup) {
        if (markup == null) {
            return "";
        }
        String whole = WHOLE.get(markup);
        if (whole == null) {
            whole = of(MarkupHtml.forPlainText(markup));
            WHOLE.put(markup, whole);
        }
        return whole;
    }

    public static String of(String html) {
        return of(html, Integer.MAX_VALUE);
    }

    /**
     * The same text, but stops once it holds more than {@code enough} characters: a caller that
     * keeps only the start (the search index keeps 300) need not convert a whole page.
     */
    public static String of(String html, int enough) {
        StringBuilder out = new StringBuilder(Math.min(html.length(), enough < Integer.MAX_VALUE ? enough + 1 : html.length()));
        boolean space = false;
        int i = 0;
        int n = html.length();
        while (i < n && out.length() <= enough) {
            char c = html.charAt(i);
            if (c == '<') {
                if (html.startsWith("<span class=\"term-pop\"", i)) {
                    i = after(html, "</span>", i);
                } else if (html.startsWith("<sup class=\"footnote-ref\"", i)) {
                    // A footnote's number and its way back are links, not words of the text.
                    i = after(html, "</sup>", i);
                } else if (html.startsWith("<a ", i) && html.indexOf("data-footnote-backref", i) >= 0
                        && html.indexOf("data-footnote-backref", i) < html.indexOf('>', i)) {
                    i = after(html, "</a>", i);
                } else if (html.startsWith("<button", i)) {
                    i = after(html, "</button>", i);
                } else {
                    int end = html.indexOf('>', i);
                    space |= isBlockTag(html, i + 1);
                    i = end < 0 ? n : end + 1;
                }
                continue;
            }
            i++;
            if (c == '&') {
                for (String entity : ENTITIES) {
                    if (html.startsWith(entity, i - 1)) {
                        i += entity.length() - 1;
                        c = decode(entity);
                        break;
                    }
                }
            }
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            // No space before closing punctuation: a citation dropped before it leaves none ("are ." reads "are.").
            if (space && out.length() > 0 && ".,;:!?)".indexOf(c) < 0) {
                out.append(' ');
            }
            space = false;
            out.append(c);
        }
        return out.toString();
    }

    private static final java.util.List<String> ENTITIES = java.util.List.of("&lt;", "&gt;", "&quot;", "&#39;", "&amp;");

    private static char decode(String entity) {
        return switch (entity) {
            case "&lt;" -> '<';
            case "&gt;" -> '>';
            case "&quot;" -> '"';
            case "&#39;" -> '\'';
            default -> '&';
        };
    }

    private static int after(String html, String closing, int from) {
        int end = html.indexOf(closing, from);
        return end < 0 ? html.length() : end + closing.length();
    }

    private static boolean isBlockTag(String html, int nameStart) {
        int start = nameStart < html.length() && html.charAt(nameStart) == '/' ? nameStart + 1 : nameStart;
        for (String tag : new String[] {"p", "li", "br", "div", "td", "th", "tr", "dd", "dt", "h1", "h2", "h3", "h4",
                "h5", "h6", "ul", "ol", "table", "blockquote", "pre"}) {
            if (html.startsWith(tag, start) && start + tag.length() < html.length()) {
                char next = html.charAt(start + tag.length());
                if (next == '>' || next == ' ' || next == '/') {
                    return true;
                }
            }
        }
        return false;
    }
}
