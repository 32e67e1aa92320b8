package folio.content;

import java.util.BitSet;

/**
 * The nesting that makes CommonMark-java's parser slow before the tree exists to be measured
 * ({@link MarkdownLimits#firstTooDeep}), found during {@link MarkdownLimits#scan}'s pass:
 * <ul>
 * <li>list items opened on one line ({@code - - - x}): at each level the parser reads the rest
 * of the line to see whether it is a thematic break, so 20,000 of them took seconds;</li>
 * <li>images inside images ({@code ![![x](a)](b)}): 20,000 took 16 s to parse.</li>
 * </ul>
 * Both are refused at the point the tree check would refuse them (a list and its item count
 * two levels, a quote one, an image one inside its paragraph), so nothing it allows is refused.
 */
final class MarkdownNesting {
    /** Brackets still open, and which of them opened an image. */
    private final BitSet images = new BitSet();
    private int depth;
    private int openImages;
    /** Where the text first nests too deep, or -1. */
    private int tooDeepAt = -1;
    /** The squared indentation of list items so far ({@link #indentWork}), and where it passed its limit, or -1. */
    private long indentWork;
    private int indentOverAt = -1;

    int tooDeepAt() {
        return tooDeepAt;
    }

    /** A '[' at {@code at}, which opens an image when a '!' is right before it. */
    void open(char[] chars, int at) {
        if (escaped(chars, at)) {
            return;
        }
        boolean image = at > 0 && chars[at - 1] == '!' && !escaped(chars, at - 1);
        images.set(depth, image);
        depth++;
        if (image && ++openImages >= MarkdownLimits.MAX_DEPTH && tooDeepAt < 0) {
            tooDeepAt = at - 1; // the paragraph is one level, each image one more
        }
    }

    /** A ']' at {@code at}. */
    void close(char[] chars, int at) {
        if (depth > 0 && !escaped(chars, at)) {
            depth--;
            if (images.get(depth)) {
                openImages--;
            }
        }
    }

    int indentOverAt() {
        return indentOverAt;
    }

    /** The line starting at {@code start}: how many quotes and list items open on it before its text. */
    void line(char[] chars, int start) {
        int n = chars.length;
        int levels = 0;
        int i = start;
        indentWork(chars, start);
        while (tooDeepAt < 0) {
            while (i < n && (chars[i] == ' ' || chars[i] == '\t')) {
                i++;
            }
            int next = markerEnd(chars, i);
            if (next < 0) {
                return;
            }
            levels += chars[i] == '>' ? 1 : 2;
            if (levels > MarkdownLimits.MAX_DEPTH) {
                // "- - - -" to the end of the line is one thematic break, not lists.
                if (!thematicBreak(chars, i)) {
                    tooDeepAt = i;
                }
                return;
            }
            i = next;
        }
    }

    /**
     * Adds the work a list item's line costs the parser for its indentation: CommonMark-java 0.28 reads a line's
     * indentation again for each list item the line is inside ({@code findNextNonSpace} from where the last one
     * ended), so a list nested by indentation alone ({@code - x}, then {@code   - x}, {@code     - x} ...) took time
     * in the cube of its depth: 2,000 levels, a 4 MB file, took 14.6 s to parse before the depth check refused
     * it. A list item indented {@code w} columns can be inside at most about {@code w / 2} others, so {@code w}
     * squared bounds its line's work; summed over the text's list items it is at most
     * {@link MarkdownLimits#MAX_INDENT_WORK}, which real text (indented a few columns) never nears: a list nested
     * 400 deep passes it, and one nested 49 deep (the most the depth check allows) costs under a million.
     */
    private void indentWork(char[] chars, int start) {
        int n = chars.length;
        int width = 0;
        int i = start;
        for (; i < n && (chars[i] == ' ' || chars[i] == '\t'); i++) {
            width = chars[i] == '\t' ? width + 4 - width % 4 : width + 1;
        }
        if (width < 4 || indentOverAt >= 0 || markerEnd(chars, i) < 0 || thematicBreak(chars, i)) {
            return;
        }
        indentWork += (long) width * width;
        if (indentWork > MarkdownLimits.MAX_INDENT_WORK) {
            indentOverAt = i;
        }
    }

    /** Just past the quote or list marker at {@code i} ({@code >}, {@code - }, {@code 12. }), or -1. */
    private static int markerEnd(char[] chars, int i) {
        int n = chars.length;
        if (i >= n) {
            return -1;
        }
        char c = chars[i];
        if (c == '>') {
            return i + 1;
        }
        int j = i;
        if (c == '-' || c == '*' || c == '+') {
            j = i + 1;
        } else {
            while (j < n && j - i < 9 && chars[j] >= '0' && chars[j] <= '9') {
                j++;
            }
            if (j == i || j >= n || chars[j] != '.' && chars[j] != ')') {
                return -1;
            }
            j++;
        }
        return j < n && (chars[j] == ' ' || chars[j] == '\t') ? j : -1;
    }

    /** Whether the rest of the line from {@code i} is one character of {@code - * _} three times or more, and spaces. */
    private static boolean thematicBreak(char[] chars, int i) {
        char mark = chars[i];
        int count = 0;
        for (int j = i; j < chars.length && chars[j] != '\n'; j++) {
            if (chars[j] == mark) {
                count++;
            } else if (chars[j] != ' ' && chars[j] != '\t' && chars[j] != '\r') {
                return false;
            }
        }
        return mark != '+' && mark != '>' && !Character.isDigit(mark) && count >= 3;
    }

    /** Whether the character at {@code at} follows an odd number of backslashes. */
    private static boolean escaped(char[] chars, int at) {
        int backslashes = 0;
        for (int i = at - 1; i >= 0 && chars[i] == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }
}
