package folio.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of a plain text as {@link PlainText} writes them, from whichever source it reads (a
 * Markdown tree: {@link TreeText}; an HTML fragment): white space collapsed to one space between
 * words, none at either end, no space before closing punctuation, and the places of the quotes to
 * be shown straight. It stops taking characters once past its limit.
 */
final class PlainWords {
    private final StringBuilder out;
    private final int enough;
    private boolean space;
    /** The indexes of the quotes to be shown straight; null while there are none. */
    private List<Integer> straight;

    PlainWords(int enough, int sizeHint) {
        this.enough = enough;
        this.out = new StringBuilder(Math.min(sizeHint, enough < Integer.MAX_VALUE ? enough + 1 : sizeHint));
    }

    /** True once past the limit: the caller stops. */
    boolean full() {
        return out.length() > enough;
    }

    /** Where a block starts or ends: the next word is a new word. */
    void boundary() {
        space = true;
    }

    void add(CharSequence text) {
        for (int i = 0, n = text.length(); i < n && !full(); i++) {
            add(text.charAt(i));
        }
    }

    /** Code as written: its quotes are shown straight, as the typographer leaves them in code on the page. */
    void addCode(CharSequence text) {
        for (int i = 0, n = text.length(); i < n && !full(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                addStraight(c);
            } else {
                add(c);
            }
        }
    }

    /** A quote to be shown straight. */
    void addStraight(char quote) {
        add(quote);
        if (straight == null) {
            straight = new ArrayList<>(4);
        }
        straight.add(out.length() - 1);
    }

    void add(char c) {
        if (Character.isWhitespace(c)) {
            space = true;
            return;
        }
        // No space before closing punctuation: a citation dropped before it leaves none ("are ." reads "are.").
        if (space && out.length() > 0 && ".,;:!?)".indexOf(c) < 0) {
            out.append(' ');
        }
        space = false;
        out.append(c);
    }

    @Override
    public String toString() {
        return out.toString();
    }

    PlainText.Shown shown() {
        return new PlainText.Shown(out.toString(), straight == null ? List.of() : List.copyOf(straight));
    }
}
