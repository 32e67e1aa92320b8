package folio.render;

import java.util.List;

/**
 * Which mark a straight quote becomes where it stands, for the typographer's pass ({@link QuotePass}): an opening or
 * closing quotation mark of the language, an apostrophe, a prime. The pass reads the page and keeps the quotations
 * open in the current block ({@code open}, innermost last); these rules read and change that list. Static, over the
 * pass's own list: the pass calls them for each quote (and {@link #typed} for each character above ASCII), and a
 * call here costs what a call of the pass's own method did.
 */
final class QuoteRules {
    private QuoteRules() {}

    /** A quotation opened and not yet closed: the mark that will close it, and whether a double quote opened it. */
    record Open(char close, boolean dbl) {}

    /** A typographic mark typed as such: it opens or closes a quotation, so a straight quote inside it nests. */
    static void typed(char c, QuoteMarks marks, List<Open> open) {
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

    /**
     * The mark for the straight quote {@code q} between {@code prev}, the last character a reader saw, and
     * {@code after}, the next one; a quotation it opens or closes is added to or taken from {@code open}.
     */
    static char mark(char q, char prev, char after, QuoteMarks marks, List<Open> open) {
        boolean dbl = q == '"';
        char mark;
        if (!dbl && Character.isLetterOrDigit(prev) && Character.isLetter(after)) {
            mark = apostrophe(prev, marks); // don't, Ukraine's, 1990's, м'ята
        } else if (Character.isDigit(prev) && openIndex(dbl, open) < 0) {
            mark = dbl ? '\u2033' : '\u2032'; // 5'11", 12"
        } else if (!dbl && TextBoundaries.opensAfter(prev) && Character.isDigit(after)) {
            mark = '\u2019'; // '90s
        } else if (TextBoundaries.opensAfter(prev) && !TextBoundaries.space(after) && TextBoundaries.CLOSING_PUNCTUATION.indexOf(after) < 0
                || openIndex(dbl, open) < 0 && Character.isLetterOrDigit(after) && (dbl || !Character.isLetterOrDigit(prev))) {
            // Opens after a space or an opening mark; also where nothing of its kind is open and words follow
            // (a column's label in a span just before the cell's text: "draft</span>"Reliable").
            boolean inner = !open.isEmpty() || (!dbl && !marks.singleByLevel());
            mark = inner ? marks.innerOpen() : marks.open();
            open.add(new Open(inner ? marks.innerClose() : marks.close(), dbl));
        } else {
            int k = openIndex(dbl, open);
            if (k >= 0) {
                mark = open.get(k).close();
                open.subList(k, open.size()).clear();
            } else {
                // Nothing of its kind is open: a double quote closes, a single one is an apostrophe (the states' rights).
                mark = dbl ? marks.close() : apostrophe(prev, marks);
            }
        }
        return mark;
    }

    /**
     * The apostrophe after the character before it: the language's own after a Cyrillic letter (ʼ in Ukrainian),
     * the English ’ otherwise, so an English headline quoted in Ukrainian text keeps "Ukraine’s".
     */
    static char apostrophe(char prev, QuoteMarks marks) {
        return Character.UnicodeScript.of(prev) == Character.UnicodeScript.CYRILLIC ? marks.apostrophe() : '\u2019';
    }

    /** The innermost open quotation a quote of this kind closes, or -1. */
    private static int openIndex(boolean dbl, List<Open> open) {
        for (int k = open.size() - 1; k >= 0; k--) {
            if (open.get(k).dbl() == dbl) {
                return k;
            }
        }
        return -1;
    }
}
