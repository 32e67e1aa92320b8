package folio.render;

import java.nio.charset.StandardCharsets;

/**
 * Typographic quotation marks and apostrophes, as Hugo's (Goldmark's typographer) and Jekyll's
 * (kramdown's smart quotes) give: editors type straight quotes, readers see the marks of the
 * text's language. It runs on each page's finished HTML, so every visible string is covered
 * once, whatever wrote it (Markdown, a plain YAML field, an interface string, a template), in one
 * pass over the text between tags. Tags are written as they are, and so are their attributes but
 * those a reader meets as words (title, alt, aria-label, a meta description), and the content of
 * code, pre, kbd, samp, script, style and textarea. The language is the nearest {@code lang} attribute's, so an English headline on a
 * Ukrainian page gets English marks.
 *
 * <p>Whether a quote opens or closes is decided, as SmartyPants does, by the characters on
 * either side of it, looked for across inline tags (a quote before {@code <em>} opens, one after
 * {@code </code>} or {@code </a>} closes); a block's start or end counts as a space. A quote
 * inside a word is an apostrophe. After a digit, where no quotation of that kind is open, it is
 * a prime: 5'11" reads 5′11″. A quotation inside another takes the inner marks. A quote written
 * {@code \"} or {@code \'} in Markdown (folio.content.LiteralQuote) stays straight: the render stage writes it
 * as {@code &#x22;} or {@code &#x27;}, the one form of a quote the pass leaves as written.
 *
 * <p>Why on the finished page and not where each text is written: a quotation may open in a template's
 * own text and close in a value it prints ({@code "{{ s.title }}"}), and only the whole page shows both.
 * The parts: {@link QuoteCheck} (most pages need no pass), {@link QuotePass} (the marks, with
 * {@link QuoteMarks} per language, {@link TextBoundaries}, {@link TagAttributes}, {@link ProseAttributes},
 * {@link JsonLdProse} and {@link CharacterReferences}).
 */
public final class Typographer {
    private Typographer() {}

    /** Plain text in one language (no tags, no entities), as a reader sees it: a search result's title and words. */
    public static String text(String text, String language) {
        return text(text, QuoteMarks.of(language));
    }

    static String text(String text, QuoteMarks marks) {
        return new QuotePass(text, marks, false).run();
    }

    /**
     * {@link #text(String, String)} for a text shown inside a quotation (a headline between the theme's marks, as on the
     * sources page): a quotation in it takes the marks of a quotation inside a quotation ("a ‘good’ basis", «„ДНР“»).
     */
    public static String quoted(String text, String language) {
        QuoteMarks marks = QuoteMarks.of(language);
        String typed = new QuotePass(marks.open() + text + marks.close(), marks, false).run();
        return typed.substring(1, typed.length() - 1);
    }

    /** The same for a text whose quotes at the given places are to be shown straight ({@link PlainText.Shown}). */
    public static String text(PlainText.Shown text, String language) {
        return new QuotePass(text.text(), QuoteMarks.of(language), false, text.straight()).run();
    }

    /** A page's HTML with its text's quotes made typographic; {@code language} is the page's, until a lang attribute says otherwise. */
    public static String html(String html, String language) {
        return QuoteCheck.mayChange(html) ? pass(html, language) : html;
    }

    /** A finished page as {@link #html} makes it, with its UTF-8 bytes, as the site holds it. */
    public record Typeset(String html, byte[] bytes) {}

    /**
     * {@link #html}, for a page about to be written: the quick check reads the bytes the page is written as, so a page
     * the pass would leave as it is (most pages of a large site) is encoded once and scanned at a third of the cost.
     */
    public static Typeset page(String html, String language) {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        if (!QuoteCheck.mayChange(bytes)) {
            return new Typeset(html, bytes);
        }
        String marked = pass(html, language);
        return marked.equals(html) ? new Typeset(html, bytes) : new Typeset(marked, marked.getBytes(StandardCharsets.UTF_8));
    }

    /** The pass itself, on any page (the test of {@link QuoteCheck#mayChange} compares with it). */
    static String pass(String html, String language) {
        return new QuotePass(html, QuoteMarks.of(language), true).run();
    }
}
