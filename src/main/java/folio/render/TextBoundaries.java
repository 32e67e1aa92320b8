package folio.render;

import java.util.Set;

/** Where words and quotations end in a page, for the typographer's pass: the elements and characters that part them. */
final class TextBoundaries {
    private TextBoundaries() {}

    /** Elements whose content is shown (or run) as written. */
    static final Set<String> RAW = Set.of("code", "pre", "kbd", "samp", "script", "style", "textarea");
    /** Elements whose start and end end a block of text: a space, and no quotation stays open across them. */
    static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5",
            "h6", "hr", "td", "th", "tr", "table", "caption", "thead", "tbody", "blockquote", "section", "article", "header",
            "footer", "nav", "main", "aside", "figure", "figcaption", "details", "summary", "form", "fieldset", "legend", "title",
            "body", "head", "html", "address", "menu", "noscript", "template", "dialog", "pre");
    /** Elements inside a line of text that separate words, as a space would, inside a quotation as well (a term's button). */
    static final Set<String> WORD_BREAKS = Set.of("br", "option", "select", "button", "label", "input", "img", "svg",
            "text", "g", "desc", "output", "meter", "progress", "picture", "source", "video", "audio", "iframe", "object");
    /** Characters before which a quote closes rather than opens: "-')" ends a quotation. */
    static final String CLOSING_PUNCTUATION = ")]}.,;:!?";
    /** Elements that are never closed. */
    static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
            "source", "track", "wbr");

    static boolean space(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F';
    }

    /** A quote after this character opens: a space, an opening bracket or mark, a dash or a slash. */
    static boolean opensAfter(char c) {
        return space(c) || "([{<\u2014\u2013-/\u00AB\u201E\u201C\u2018\u201A\u2039".indexOf(c) >= 0;
    }
}
