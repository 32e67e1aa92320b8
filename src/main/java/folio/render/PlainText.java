package folio.render;

import folio.site.Markup;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Text as plain words, for meta descriptions, the search index and the open data, so it must be
 * cheap. A {@link Markup} is read straight from its Markdown tree ({@link TreeText}): references
 * are their labels, citations, footnote numbers and images nothing. An HTML fragment (a value a
 * template made) is read in one pass: tags, popovers (elements with the {@code popover}
 * attribute) and buttons dropped, the
 * five entities the renderer writes decoded. Either way spaces are collapsed and blocks separate
 * words ({@link PlainWords}), so both give the same text for the same Markdown.
 */
public final class PlainText {
    /**
     * The most of a text anyone reads once its tree is released ({@link #release}): the search
     * index shows the start of a page, at most this many characters.
     */
    public static final int KEPT = 300;

    /**
     * Whole texts already made plain. The same summaries reach provision cards, meta descriptions,
     * the search index and the open data; a text is the same object wherever it appears, and is
     * forgotten with the site that holds it.
     */
    private static final Map<Markup, Shown> WHOLE = Collections.synchronizedMap(new WeakHashMap<>());
    /** The start ({@link #KEPT} characters) of each text whose tree was released. */
    private static final Map<Markup, Shown> STARTS = Collections.synchronizedMap(new WeakHashMap<>());

    private PlainText() {}

    /**
     * A plain text with the places of the quotes an editor wrote to be shown straight ({@code \"} or {@code \'} in
     * Markdown: folio.content.LiteralQuote), which the typographer leaves as they are ({@link Typographer#text}).
     * {@code straight}: indexes into {@code text}, ascending; empty for nearly every text.
     */
    public record Shown(String text, List<Integer> straight) {
        static Shown of(String text) {
            return new Shown(text, List.of());
        }

        /** The first {@code end} characters, with the straight quotes among them. */
        public Shown cut(int end) {
            if (end >= text.length()) {
                return this;
            }
            return new Shown(text.substring(0, end), straight.isEmpty() ? straight : straight.stream().filter(i -> i < end).toList());
        }
    }

    /** The start of a text without citations, as plain text, cut as {@link #of(String, int)} cuts. */
    public static String of(Markup markup, int enough) {
        return shown(markup, enough).text();
    }

    /** The same, with the quotes to be shown straight. */
    public static Shown shown(Markup markup, int enough) {
        if (markup == null) {
            return Shown.of("");
        }
        Shown known = WHOLE.get(markup);
        if (known == null && enough <= KEPT) {
            known = STARTS.get(markup);
        }
        if (known != null) {
            // Where of(html, enough) stops: at the character past the limit, with the space before it.
            String text = known.text();
            return text.length() <= enough ? known : known.cut(text.charAt(enough) == ' ' ? enough + 2 : enough + 1);
        }
        return TreeText.of(markup, enough);
    }

    /** A text without citations, as plain text (for meta descriptions, provision cards, open data). */
    public static String of(Markup markup) {
        return shown(markup).text();
    }

    /** The same, with the quotes to be shown straight (the template filter {@code plain}: {@link PlainValue}). */
    static Shown shown(Markup markup) {
        if (markup == null) {
            return Shown.of("");
        }
        Shown whole = WHOLE.get(markup);
        if (whole == null) {
            whole = TreeText.of(markup, Integer.MAX_VALUE);
            WHOLE.put(markup, whole);
        }
        return whole;
    }

    /**
     * Keeps the start of a page's text and lets its tree go: the page that shows it is written,
     * and a large site must not hold every page's tree to the end of the build.
     */
    static void release(Markup markup) {
        if (!STARTS.containsKey(markup)) {
            STARTS.put(markup, TreeText.of(markup, KEPT));
        }
        markup.release();
    }

    /**
     * The start {@link #release} kept of a text, or null; null too for one with a quote to be shown straight, which
     * the next build then reads from the text's tree again (such texts are rare, and the memory holds plain strings).
     */
    static String startOf(Markup markup) {
        Shown start = STARTS.get(markup);
        return start == null || !start.straight().isEmpty() ? null : start.text();
    }

    /** The start of a text, known from the last build (see {@link KeptPages}): releasing it then needs no tree. */
    static void knownStart(Markup markup, String start) {
        STARTS.putIfAbsent(markup, Shown.of(start));
    }

    public static String of(String html) {
        return of(html, Integer.MAX_VALUE);
    }

    /**
     * The same text, but stops once it holds more than {@code enough} characters: a caller that
     * keeps only the start (the search index keeps 300) need not convert a whole page.
     */
    public static String of(String html, int enough) {
        return shown(html, enough).text();
    }

    /**
     * The same, with the quotes to be shown straight: those written {@code &#x22;} or {@code &#x27;}, and any inside
     * code, pre, kbd or samp, which the typographer leaves as they are on the page too.
     */
    static Shown shown(String html, int enough) {
        PlainWords out = new PlainWords(enough, html.length());
        int i = 0;
        int n = html.length();
        // How many code, pre, kbd or samp elements are open here.
        int code = 0;
        while (i < n && !out.full()) {
            char c = html.charAt(i);
            if (c == '<') {
                int popoverEnd = HtmlAttributes.popoverEnd(html, i);
                if (popoverEnd >= 0) {
                    // A popover (a glossary definition, whatever the theme calls it) is not part of the text.
                    i = popoverEnd;
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
                    if (isBlockTag(html, i + 1)) {
                        out.boundary();
                    }
                    if (isTag(html, i + 1, CODE_TAGS)) {
                        code = Math.max(0, code + (html.charAt(i + 1) == '/' ? -1 : 1));
                    }
                    i = end < 0 ? n : end + 1;
                }
                continue;
            }
            i++;
            if (c == '&' && (html.startsWith("#x22;", i) || html.startsWith("#x27;", i))) {
                out.addStraight(html.charAt(i + 3) == '2' ? '"' : '\'');
                i += 5;
                continue;
            }
            if (c == '&') {
                for (String entity : ENTITIES) {
                    if (html.startsWith(entity, i - 1)) {
                        i += entity.length() - 1;
                        c = decode(entity);
                        break;
                    }
                }
            }
            if (code > 0 && (c == '"' || c == '\'')) {
                out.addStraight(c);
            } else {
                out.add(c);
            }
        }
        return out.shown();
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
        return isTag(html, nameStart, BLOCK_TAGS);
    }

    /** Whether the tag whose name (after {@code <} or {@code </}) starts at {@code nameStart} is one of {@code tags}. */
    private static boolean isTag(String html, int nameStart, String[] tags) {
        int start = nameStart < html.length() && html.charAt(nameStart) == '/' ? nameStart + 1 : nameStart;
        for (String tag : tags) {
            if (html.startsWith(tag, start) && start + tag.length() < html.length()) {
                char next = html.charAt(start + tag.length());
                if (next == '>' || next == ' ' || next == '/') {
                    return true;
                }
            }
        }
        return false;
    }

    /** The elements whose text the typographer leaves as written (TextBoundaries.RAW, less those plain text drops). */
    private static final String[] CODE_TAGS = {"code", "pre", "kbd", "samp"};

    private static final String[] BLOCK_TAGS = {"p", "li", "br", "div", "td", "th", "tr", "dd", "dt", "h1", "h2", "h3", "h4",
            "h5", "h6", "ul", "ol", "table", "blockquote", "pre"};
}
