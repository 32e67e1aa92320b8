package folio.render;

import folio.content.LiteralQuotes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
 * {@code \"} or {@code \'} in Markdown ({@link LiteralQuotes}) stays straight.
 */
public final class Typographer {
    private Typographer() {}

    /**
     * One language's marks: {@code open}/{@code close} for a quotation, {@code innerOpen}/{@code innerClose}
     * for one inside it (and, in English-like languages, for one typed with single quotes), the apostrophe.
     * {@code singleByLevel}: a single quote typed marks a quotation by its level, as a double does (Ukrainian
     * has no single-quote form).
     */
    record Marks(char open, char close, char innerOpen, char innerClose, char apostrophe, boolean singleByLevel) {}

    static final Marks ENGLISH = new Marks('\u201C', '\u201D', '\u2018', '\u2019', '\u2019', false);
    /** UKRAINIAN.md: «…», nested „…“, and ʼ (U+02BC) as the one apostrophe. */
    static final Marks UKRAINIAN = new Marks('\u00AB', '\u00BB', '\u201E', '\u201C', '\u02BC', true);

    /** The marks of a language (a BCP 47 tag); English's for one not listed. */
    static Marks marks(String language) {
        String code = language == null ? "" : language.length() > 2 && language.charAt(2) == '-' ? language.substring(0, 2) : language;
        return switch (code) {
            case "uk" -> UKRAINIAN;
            case "ru", "be" -> new Marks('\u00AB', '\u00BB', '\u201E', '\u201C', '\u2019', true);
            case "de", "cs", "sk", "lt", "lv", "et", "bg" -> new Marks('\u201E', '\u201C', '\u201A', '\u2018', '\u2019', false);
            case "pl", "ro", "hu", "hr", "sr" -> new Marks('\u201E', '\u201D', '\u00AB', '\u00BB', '\u2019', false);
            case "fr", "it", "es", "pt", "ar", "el", "tr" -> new Marks('\u00AB', '\u00BB', '\u201C', '\u201D', '\u2019', false);
            default -> ENGLISH;
        };
    }

    /** Plain text in one language (no tags, no entities), as a reader sees it: a search result's title and words. */
    public static String text(String text, String language) {
        return text(text, marks(language));
    }

    private static String text(String text, Marks marks) {
        return new Pass(text, marks, false).run();
    }

    /** The attributes whose values a reader meets as words. */
    private static final Set<String> PROSE_ATTRIBUTES = Set.of("title", "alt", "aria-label", "aria-description", "placeholder");

    /** The keys of structured data (JSON-LD) whose values are prose. */
    private static final Set<String> PROSE_KEYS = Set.of("name", "headline", "description", "alternateName", "text", "caption",
            "abstract", "alternativeHeadline");

    /** A page's HTML with its text's quotes made typographic; {@code language} is the page's, until a lang attribute says otherwise. */
    public static String html(String html, String language) {
        return mayChange(html) ? pass(html, language) : html;
    }

    /** The pass itself, on any page (the test of {@link #mayChange} compares with it). */
    static String pass(String html, String language) {
        String done = new Pass(html, marks(language), true).run();
        // A literal quote in an attribute (an image's alt text written with \" in Markdown).
        if (done.indexOf(LiteralQuotes.DOUBLE) >= 0 || done.indexOf(LiteralQuotes.SINGLE) >= 0) {
            done = done.replace(String.valueOf(LiteralQuotes.DOUBLE), LiteralQuotes.entity(LiteralQuotes.DOUBLE))
                    .replace(String.valueOf(LiteralQuotes.SINGLE), LiteralQuotes.entity(LiteralQuotes.SINGLE));
        }
        return done;
    }

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
        for (String name : RAW) {
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

    /** Elements whose content is shown (or run) as written. */
    private static final Set<String> RAW = Set.of("code", "pre", "kbd", "samp", "script", "style", "textarea");
    /** Elements whose start and end end a block of text: a space, and no quotation stays open across them. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5",
            "h6", "hr", "td", "th", "tr", "table", "caption", "thead", "tbody", "blockquote", "section", "article", "header",
            "footer", "nav", "main", "aside", "figure", "figcaption", "details", "summary", "form", "fieldset", "legend", "title",
            "body", "head", "html", "address", "menu", "noscript", "template", "dialog", "pre");
    /** Elements inside a line of text that separate words, as a space would, inside a quotation as well (a term's button). */
    private static final Set<String> WORD_BREAKS = Set.of("br", "option", "select", "button", "label", "input", "img", "svg",
            "text", "g", "desc", "output", "meter", "progress", "picture", "source", "video", "audio", "iframe", "object");
    /** Characters before which a quote closes rather than opens: "-')" ends a quotation. */
    private static final String CLOSING_PUNCTUATION = ")]}.,;:!?";
    /** Elements that are never closed. */
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
            "source", "track", "wbr");

    /** A quotation opened and not yet closed: the mark that will close it, and whether a double quote opened it. */
    private record Open(char close, boolean dbl) {}

    private static final class Pass {
        private final String in;
        private final boolean html;
        private final int n;
        private StringBuilder out;
        /** How much of {@code in} is copied to {@code out}. */
        private int copied;
        /** The last character a reader sees before the current one; a space at a block's start. */
        private char prev = ' ';
        /** Quotations open in the current block, innermost last. */
        private final List<Open> open = new ArrayList<>();
        /** The open elements' names and languages (the language each sets, or inherits), innermost last. */
        private final List<String> names = new ArrayList<>();
        private final List<Marks> languages = new ArrayList<>();
        private Marks marks;

        Pass(String in, Marks marks, boolean html) {
            this.in = in;
            this.n = in.length();
            this.marks = marks;
            this.html = html;
        }

        String run() {
            int i = 0;
            while (i < n) {
                char c = in.charAt(i);
                if (html && c == '<') {
                    i = tag(i);
                    continue;
                }
                if (html && c == '&') {
                    int end = semicolon(i);
                    char decoded = end < 0 ? 0 : entity(i, end);
                    if (decoded == '"' || decoded == '\'') {
                        i = quote(decoded, i, end + 1);
                    } else {
                        prev = decoded == 0 ? '&' : LiteralQuotes.shown(decoded);
                        i = decoded == 0 ? i + 1 : end + 1;
                    }
                    continue;
                }
                if (c == '"' || c == '\'') {
                    i = quote(c, i, i + 1);
                } else if (c == LiteralQuotes.DOUBLE || c == LiteralQuotes.SINGLE) {
                    replace(i, i + 1, html ? LiteralQuotes.entity(c) : String.valueOf(LiteralQuotes.shown(c)));
                    prev = LiteralQuotes.shown(c);
                    i++;
                } else if (c == '\u2019' && apostrophe() != '\u2019' && Character.isLetter(prev) && Character.isLetter(next(i + 1))) {
                    // One apostrophe form throughout (UKRAINIAN.md): a ’ typed inside a word is this language's.
                    replace(i, i + 1, String.valueOf(marks.apostrophe()));
                    prev = marks.apostrophe();
                    i++;
                } else {
                    if (c > '\u007F') {
                        typed(c);
                    }
                    prev = c == '\u00A0' ? ' ' : c;
                    // A run of plain ASCII text changes nothing: only its last character matters.
                    int j = i + 1;
                    while (j < n) {
                        char d = in.charAt(j);
                        if (d == '<' || d == '&' || d == '"' || d == '\'' || d > '\u007F') {
                            break;
                        }
                        j++;
                    }
                    if (j > i + 1) {
                        prev = in.charAt(j - 1);
                    }
                    i = j;
                }
            }
            if (out == null) {
                return in;
            }
            out.append(in, copied, n);
            return out.toString();
        }

        /** A typographic mark typed as such: it opens or closes a quotation, so a straight quote inside it nests. */
        private void typed(char c) {
            if (c == marks.open()) {
                open.add(new Open(marks.close(), true));
            } else if (c == marks.innerOpen() && marks.innerOpen() != marks.close()) {
                open.add(new Open(marks.innerClose(), true));
            } else if ((c == marks.close() || c == marks.innerClose()) && c != marks.apostrophe()) {
                for (int k = open.size() - 1; k >= 0; k--) {
                    if (open.get(k).close() == c) {
                        open.subList(k, open.size()).clear();
                        break;
                    }
                }
            }
        }

        /** The straight quote {@code q} written from {@code start} to {@code end}; returns where to go on. */
        private int quote(char q, int start, int end) {
            char after = next(end);
            boolean dbl = q == '"';
            char mark;
            if (!dbl && Character.isLetterOrDigit(prev) && Character.isLetter(after)) {
                mark = apostrophe(); // don't, Ukraine's, 1990's, м'ята
            } else if (Character.isDigit(prev) && openIndex(dbl) < 0) {
                mark = dbl ? '\u2033' : '\u2032'; // 5'11", 12"
            } else if (!dbl && opensAfter(prev) && Character.isDigit(after)) {
                mark = '\u2019'; // '90s
            } else if (opensAfter(prev) && !space(after) && CLOSING_PUNCTUATION.indexOf(after) < 0
                    || openIndex(dbl) < 0 && Character.isLetterOrDigit(after) && (dbl || !Character.isLetterOrDigit(prev))) {
                // Opens after a space or an opening mark; also where nothing of its kind is open and words follow
                // (a column's label in a span just before the cell's text: "draft</span>"Reliable").
                boolean inner = !open.isEmpty() || (!dbl && !marks.singleByLevel());
                mark = inner ? marks.innerOpen() : marks.open();
                open.add(new Open(inner ? marks.innerClose() : marks.close(), dbl));
            } else {
                int k = openIndex(dbl);
                if (k >= 0) {
                    mark = open.get(k).close();
                    open.subList(k, open.size()).clear();
                } else {
                    // Nothing of its kind is open: a double quote closes, a single one is an apostrophe (the states' rights).
                    mark = dbl ? marks.close() : apostrophe();
                }
            }
            replace(start, end, String.valueOf(mark));
            prev = mark;
            return end;
        }

        /**
         * The apostrophe after the character before it: the language's own after a Cyrillic letter (ʼ in Ukrainian),
         * the English ’ otherwise, so an English headline quoted in Ukrainian text keeps "Ukraine’s".
         */
        private char apostrophe() {
            return Character.UnicodeScript.of(prev) == Character.UnicodeScript.CYRILLIC ? marks.apostrophe() : '\u2019';
        }

        /** The innermost open quotation a quote of this kind closes, or -1. */
        private int openIndex(boolean dbl) {
            for (int k = open.size() - 1; k >= 0; k--) {
                if (open.get(k).dbl() == dbl) {
                    return k;
                }
            }
            return -1;
        }

        private void replace(int start, int end, String with) {
            if (out == null) {
                out = new StringBuilder(n + 64);
            }
            out.append(in, copied, start).append(with);
            copied = end;
        }

        /** The next character a reader sees from {@code i}: across inline tags, entities decoded, a space at a block's edge or the end. */
        private char next(int i) {
            while (i < n) {
                char c = in.charAt(i);
                if (!html) {
                    return c;
                }
                if (c == '<') {
                    int end = in.indexOf('>', i);
                    if (end < 0 || in.startsWith("<!--", i) || BLOCKS.contains(name(i)) || WORD_BREAKS.contains(name(i))) {
                        return ' ';
                    }
                    i = end + 1;
                    continue;
                }
                if (c == '&') {
                    int end = semicolon(i);
                    char decoded = end < 0 ? 0 : entity(i, end);
                    return decoded == 0 ? '&' : LiteralQuotes.shown(decoded);
                }
                return c == '\u00A0' ? ' ' : c;
            }
            return ' ';
        }

        /** A tag from {@code i} (at its {@code <}): keeps the languages in step and skips raw content; returns where the text goes on. */
        private int tag(int i) {
            if (in.startsWith("<!--", i)) {
                int end = in.indexOf("-->", i + 4);
                return end < 0 ? n : end + 3;
            }
            int end = in.indexOf('>', i);
            if (end < 0) {
                return n;
            }
            String name = name(i);
            boolean closing = i + 1 < n && in.charAt(i + 1) == '/';
            if (BLOCKS.contains(name)) {
                prev = ' ';
                open.clear();
            } else if (WORD_BREAKS.contains(name)) {
                prev = ' ';
            }
            if (closing) {
                int k = names.lastIndexOf(name);
                if (k >= 0) {
                    names.subList(k, names.size()).clear();
                    languages.subList(k, languages.size()).clear();
                    marks = languages.isEmpty() ? base() : languages.get(languages.size() - 1);
                }
                return end + 1;
            }
            if (!name.isEmpty() && mayHoldQuotes(i, end)) {
                String own = lang(i, end);
                attributes(name, i + 1 + name.length(), end, own == null ? marks : Typographer.marks(own));
            }
            if (name.isEmpty() || in.charAt(i + 1) == '!' || in.charAt(end - 1) == '/' || VOID.contains(name)) {
                return end + 1;
            }
            if (RAW.contains(name)) {
                int close = in.indexOf("</" + name, end);
                close = close < 0 ? n : close;
                if (name.equals("script") && in.startsWith("application/ld+json", typeAt(i, end))) {
                    jsonLd(end + 1, close);
                }
                if (close > end + 1 && !BLOCKS.contains(name) && !name.equals("script") && !name.equals("style")) {
                    prev = in.charAt(close - 1); // `code`" closes
                }
                return close;
            }
            String lang = lang(i, end);
            Marks inherited = languages.isEmpty() ? base() : languages.get(languages.size() - 1);
            names.add(name);
            Marks here = lang == null ? inherited : Typographer.marks(lang);
            languages.add(here);
            marks = here;
            return end + 1;
        }

        private Marks base;

        /** The page's own language, as it was when the pass began. */
        private Marks base() {
            if (base == null) {
                base = marks;
            }
            return base;
        }

        /** The element name of the tag at {@code i}: letters and digits after {@code <} or {@code </}. */
        private String name(int i) {
            int from = i + 1 < n && in.charAt(i + 1) == '/' ? i + 2 : i + 1;
            int to = from;
            while (to < n && (Character.isLetterOrDigit(in.charAt(to)) || in.charAt(to) == '-')) {
                to++;
            }
            return in.substring(from, to);
        }

        /** Where the next {@code &quot;}, {@code &#39;} and {@code '} are (-1: none is left), each found by one forward search. */
        private int nextQuot = -2;
        private int nextApos = -2;
        private int nextRaw = -2;

        /** Whether the tag from {@code start} to {@code end} holds a quote, as its attribute values write one. */
        private boolean mayHoldQuotes(int start, int end) {
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

        /**
         * The attribute values of a tag from {@code from} (after its name) to {@code end} ({@code >}) that a reader
         * meets as words (a tooltip, alt text, a label a screen reader reads, a page's description in search results and
         * link previews) get the marks too; every other value (an address, an id, a class) is left as written.
         */
        private void attributes(String element, int from, int end, Marks language) {
            int k = from;
            while (k < end) {
                char c = in.charAt(k);
                if (c == ' ' || c == '\n' || c == '\t' || c == '/') {
                    k++;
                    continue;
                }
                int nameStart = k;
                while (k < end && in.charAt(k) != '=' && in.charAt(k) != ' ' && in.charAt(k) != '/') {
                    k++;
                }
                if (k + 1 >= end || in.charAt(k) != '=' || in.charAt(k + 1) != '"') {
                    k = Math.max(k, nameStart + 1);
                    continue;
                }
                int valueStart = k + 2;
                int valueEnd = in.indexOf('"', valueStart);
                if (valueEnd < 0 || valueEnd > end) {
                    return;
                }
                String attribute = in.substring(nameStart, k);
                if (PROSE_ATTRIBUTES.contains(attribute) || attribute.equals("content") && element.equals("meta") && describes(from, end)) {
                    String value = in.substring(valueStart, valueEnd);
                    String done = new Pass(value, language, true).run();
                    if (!done.equals(value)) {
                        replace(valueStart, valueEnd, done);
                    }
                }
                k = valueEnd + 1;
            }
        }

        /** Whether a meta tag gives the page's title or description (for search engines and link previews). */
        private boolean describes(int from, int end) {
            String tag = in.substring(from, end);
            return tag.contains("name=\"description\"") || tag.contains(":title\"") || tag.contains(":description\"");
        }

        /** Where the value of the tag's type attribute starts, or {@code end}. */
        private int typeAt(int start, int end) {
            for (int k = start; k + 7 < end; k++) {
                if (in.charAt(k) == ' ' && in.startsWith("type=\"", k + 1)) {
                    return k + 7;
                }
            }
            return end;
        }

        /**
         * Structured data (JSON-LD) from {@code from} to {@code to}: the values of its prose keys (a name, a
         * headline, a description) are what search engines show of the page, so they get the page's marks too;
         * addresses, ids, types and dates are left as they are.
         */
        private void jsonLd(int from, int to) {
            String key = null;
            for (int i = from; i < to; i++) {
                if (in.charAt(i) != '"') {
                    continue;
                }
                int end = i + 1;
                while (end < to && in.charAt(end) != '"') {
                    end += in.charAt(end) == '\\' ? 2 : 1;
                }
                if (end >= to) {
                    return;
                }
                int after = end + 1;
                while (after < to && in.charAt(after) == ' ') {
                    after++;
                }
                if (after < to && in.charAt(after) == ':') {
                    key = in.substring(i + 1, end);
                } else if (key != null && PROSE_KEYS.contains(key)) {
                    String value = unquote(i + 1, end);
                    if (value.indexOf('"') >= 0 || value.indexOf('\'') >= 0) {
                        replace(i, end + 1, Json.quote(Typographer.text(value, marks)));
                    }
                }
                i = end;
            }
        }

        /** A JSON string's characters from {@code from} to {@code to} (between its quotes), its escapes undone. */
        private String unquote(int from, int to) {
            StringBuilder value = new StringBuilder(to - from);
            for (int k = from; k < to; k++) {
                char c = in.charAt(k);
                if (c != '\\' || k + 1 >= to) {
                    value.append(c);
                    continue;
                }
                char e = in.charAt(++k);
                switch (e) {
                    case 'n' -> value.append('\n');
                    case 'r' -> value.append('\r');
                    case 't' -> value.append('\t');
                    case 'b' -> value.append('\b');
                    case 'f' -> value.append('\f');
                    case 'u' -> {
                        int code = 0;
                        for (int d = 1; d <= 4 && code >= 0; d++) {
                            int digit = k + d < to ? Character.digit(in.charAt(k + d), 16) : -1;
                            code = digit < 0 ? -1 : code * 16 + digit;
                        }
                        if (code >= 0) {
                            value.append((char) code);
                            k += 4;
                        } else {
                            value.append('u');
                        }
                    }
                    default -> value.append(e);
                }
            }
            return value.toString();
        }

        /** Where the next {@code  lang="} at or after the current tag is (-1: none is left), found by one forward search. */
        private int nextLang = -2;

        /** The value of the tag's lang attribute, or null. */
        private String lang(int start, int end) {
            if (nextLang != -1 && nextLang < start) {
                nextLang = in.indexOf(" lang=\"", start);
            }
            if (nextLang < 0 || nextLang >= end) {
                return null;
            }
            int close = in.indexOf('"', nextLang + 7);
            return close < 0 || close > end ? null : in.substring(nextLang + 7, close);
        }

        /** The {@code ;} that ends an entity starting at {@code i}, or -1: looked for in the few characters an entity may have. */
        private int semicolon(int i) {
            for (int k = i + 1; k < n && k <= i + 8; k++) {
                if (in.charAt(k) == ';') {
                    return k;
                }
            }
            return -1;
        }

        /** The entity from {@code start} ({@code &}) to {@code end} ({@code ;}) as a character, or 0 for one not known here. */
        private char entity(int start, int end) {
            String name = in.substring(start + 1, end);
            return switch (name) {
                case "quot", "#34" -> '"';
                case "#39", "apos" -> '\'';
                // How a literal quote is written (LiteralQuotes): shown as it is.
                case "#x22" -> LiteralQuotes.DOUBLE;
                case "#x27" -> LiteralQuotes.SINGLE;
                case "amp" -> '&';
                case "lt" -> '<';
                case "gt" -> '>';
                case "nbsp", "#160", "#xa0" -> ' ';
                default -> numeric(name);
            };
        }
    }

    /** A numeric character reference's character ({@code #8212}, {@code #x2014}), or 0 for anything else or beyond the BMP. */
    private static char numeric(String name) {
        if (name.length() < 2 || name.charAt(0) != '#') {
            return 0;
        }
        boolean hex = name.charAt(1) == 'x' || name.charAt(1) == 'X';
        try {
            int code = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
            return code > 0 && code <= 0xFFFF ? (char) code : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean space(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F';
    }

    /** A quote after this character opens: a space, an opening bracket or mark, a dash or a slash. */
    private static boolean opensAfter(char c) {
        return space(c) || "([{<\u2014\u2013-/\u00AB\u201E\u201C\u2018\u201A\u2039".indexOf(c) >= 0;
    }
}
