package folio.render;

import java.util.ArrayList;
import java.util.List;

/**
 * One pass of the typographer ({@link Typographer}) over a page's HTML or a plain text: it keeps the open
 * quotations, the language of each open element and the last character a reader saw, and writes each straight
 * quote as the mark its place calls for ({@link QuoteRules}).
 */
final class QuotePass {
    /** Where the pass's helpers write a change: {@code in} from {@code start} to {@code end} becomes {@code with}. */
    @FunctionalInterface
    interface Edits {
        void replace(int start, int end, String with);
    }

    private final String in;
    private final boolean html;
    private final int n;
    private StringBuilder out;
    /** How much of {@code in} is copied to {@code out}. */
    private int copied;
    /** The last character a reader sees before the current one; a space at a block's start. */
    private char prev = ' ';
    /** Quotations open in the current block, innermost last ({@link QuoteRules}). */
    private final List<QuoteRules.Open> open = new ArrayList<>();
    /** The open elements' names and languages (the language each sets, or inherits), innermost last. */
    private final List<String> names = new ArrayList<>();
    private final List<QuoteMarks> languages = new ArrayList<>();
    private QuoteMarks marks;
    private final TagAttributes attributes;

    /** In a plain text, the indexes of the quotes written to be shown straight (PlainText.Shown), ascending. */
    private final List<Integer> straight;
    /** The first of {@link #straight} not yet passed. */
    private int nextStraight;

    QuotePass(String in, QuoteMarks marks, boolean html) {
        this(in, marks, html, List.of());
    }

    QuotePass(String in, QuoteMarks marks, boolean html, List<Integer> straight) {
        this.in = in;
        this.straight = straight;
        this.attributes = new TagAttributes(in);
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
                int end = CharacterReferences.end(in, i);
                char decoded = end < 0 ? 0 : CharacterReferences.decode(in, i, end);
                if ((decoded == '"' || decoded == '\'') && !CharacterReferences.straight(in, i, end)) {
                    i = quote(decoded, i, end + 1);
                } else {
                    prev = decoded == 0 ? '&' : decoded;
                    i = decoded == 0 ? i + 1 : end + 1;
                }
                continue;
            }
            if ((c == '"' || c == '\'') && isStraight(i)) {
                prev = c;
                i++;
            } else if (c == '"' || c == '\'') {
                i = quote(c, i, i + 1);
            } else if (c == '\u2019' && QuoteRules.apostrophe(prev, marks) != '\u2019' && Character.isLetter(prev) && Character.isLetter(next(i + 1))) {
                // One apostrophe form throughout (UKRAINIAN.md): a ’ typed inside a word is this language's.
                replace(i, i + 1, String.valueOf(marks.apostrophe()));
                prev = marks.apostrophe();
                i++;
            } else {
                if (c > '\u007F') {
                    QuoteRules.typed(c, marks, open);
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

    /** Whether the quote at {@code i} of a plain text is one to be shown straight. */
    private boolean isStraight(int i) {
        while (nextStraight < straight.size() && straight.get(nextStraight) < i) {
            nextStraight++;
        }
        return nextStraight < straight.size() && straight.get(nextStraight) == i;
    }

    /** The straight quote {@code q} written from {@code start} to {@code end}; returns where to go on. */
    private int quote(char q, int start, int end) {
        char mark = QuoteRules.mark(q, prev, next(end), marks, open);
        replace(start, end, String.valueOf(mark));
        prev = mark;
        return end;
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
                if (end < 0 || in.startsWith("<!--", i) || TextBoundaries.BLOCKS.contains(name(i)) || TextBoundaries.WORD_BREAKS.contains(name(i))) {
                    return ' ';
                }
                i = end + 1;
                continue;
            }
            if (c == '&') {
                int end = CharacterReferences.end(in, i);
                char decoded = end < 0 ? 0 : CharacterReferences.decode(in, i, end);
                return decoded == 0 ? '&' : decoded;
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
        if (TextBoundaries.BLOCKS.contains(name)) {
            prev = ' ';
            open.clear();
        } else if (TextBoundaries.WORD_BREAKS.contains(name)) {
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
        if (!name.isEmpty() && attributes.mayHoldQuotes(i, end)) {
            String own = attributes.lang(i, end);
            ProseAttributes.rewrite(in, name, i + 1 + name.length(), end, own == null ? marks : QuoteMarks.of(own), this::replace);
        }
        if (name.isEmpty() || in.charAt(i + 1) == '!' || in.charAt(end - 1) == '/' || TextBoundaries.VOID.contains(name)) {
            return end + 1;
        }
        if (TextBoundaries.RAW.contains(name)) {
            int close = in.indexOf("</" + name, end);
            close = close < 0 ? n : close;
            if (name.equals("script") && in.startsWith("application/ld+json", attributes.typeAt(i, end))) {
                JsonLdProse.rewrite(in, end + 1, close, marks, this::replace);
            }
            if (close > end + 1 && !TextBoundaries.BLOCKS.contains(name) && !name.equals("script") && !name.equals("style")) {
                prev = in.charAt(close - 1); // `code`" closes
            }
            return close;
        }
        String lang = attributes.lang(i, end);
        QuoteMarks inherited = languages.isEmpty() ? base() : languages.get(languages.size() - 1);
        names.add(name);
        QuoteMarks here = lang == null ? inherited : QuoteMarks.of(lang);
        languages.add(here);
        marks = here;
        return end + 1;
    }

    private QuoteMarks base;

    /** The page's own language, as it was when the pass began. */
    private QuoteMarks base() {
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
}
