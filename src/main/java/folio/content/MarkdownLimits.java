package folio.content;

import java.util.function.ObjIntConsumer;
import org.commonmark.node.Node;

/**
 * What one Markdown text (a page body or a YAML text field) may hold, so that parsing and
 * rendering it take time, memory and stack in proportion to its size. CommonMark-java's tree
 * costs up to a few hundred bytes per markup character while it is built, its renderer and
 * visitors recurse once per level of nesting, its search for the end of {@code <...>}
 * runs to the end of the paragraph for every {@code <}, and its search for an emphasis opener
 * looks back over every {@code *} and {@code _} before a closer once an opener was refused by the
 * "multiple of 3" rule ({@code a**b c* d* e* ...}: 23 s for a page): each limit below caps one of these.
 * The limits are documented in README.md ("Limits").
 */
public final class MarkdownLimits {
    /** Levels of nesting (lists, quotes, emphasis, links, each counted): real text stays under 20. */
    public static final int MAX_DEPTH = 100;
    /** Markup characters in one text: a long article holds a few thousand. */
    public static final int MAX_MARKUP = 100_000;
    /** The sum over paragraphs of (number of '<') x (paragraph length), about a tenth of a second of parsing. */
    static final long MAX_ANGLE_WORK = 200_000_000L;
    /**
     * The sum, over blocks of lines parsed as one text (between blank lines; a table's rows each
     * apart, see {@link EmphasisWork}) holding a run of '*' or '_' between two
     * non-spaces (only such a run is refused by the "multiple of 3" rule), of the square of their
     * runs of '*' and '_': about a tenth of a second of parsing, 7,000 runs in one block.
     */
    static final long MAX_EMPHASIS_WORK = 50_000_000L;
    /** The squared indentation of list items summed over a text ({@link MarkdownNesting}). */
    static final long MAX_INDENT_WORK = 100_000_000L;
    /** The problem with a text past {@link #MAX_INDENT_WORK} that is not nested too deep before that point. */
    static final String TOO_INDENTED = "list items indented too far for the Markdown parser: it reads a line's indentation "
            + "again for each list the line is inside, so lists nested hundreds deep by indentation take minutes (the "
            + "indentation of each list item, squared, summed over the text passes 100,000,000 here): nest lists at most a "
            + "few levels deep, or split the text";
    /** The problem with a text nested deeper than {@link #MAX_DEPTH}. */
    static final String TOO_DEEP = "Markdown nested more than " + MAX_DEPTH + " levels deep (lists, quotes, emphasis or links "
            + "inside each other): flatten it";

    private MarkdownLimits() {}

    /**
     * What one pass over a text finds before it is parsed: where it first exceeds the markup
     * limit (or -1), the work its {@code <}s cause, and whether it may hold the rarer constructs
     * that need a look of their own: an autolink trigger (see {@link Markdown#mayHaveAutolinks}),
     * a numeric character reference ({@code &#}) or a heading id ({@code {#id}}), and where it nests
     * too deep in a way the parser is slow to find out ({@link MarkdownNesting}, or -1: the caller
     * reports it, without parsing that far). One pass instead of a search for each: {@code marks}
     * says which of the strings the checks after parsing look for occur ({@link Mark}).
     */
    record Scan(int markupOverAt, long angleWork, int emphasisOverAt, boolean autolinkTriggers, boolean numericEntity,
                boolean headingId, int tooDeepAt, int marks, int indentOverAt) {
        /** Whether {@code mark}'s string occurs in the text. */
        boolean has(Mark mark) {
            return (marks & mark.bit) != 0;
        }

        /**
         * Reports, through {@code problem} (message, index in text), the first limit the text
         * breaks; returns false then.
         */
        boolean withinLimits(ObjIntConsumer<String> problem) {
            if (markupOverAt >= 0) {
                problem.accept("more than " + String.format(java.util.Locale.ROOT, "%,d", MAX_MARKUP) + " markup characters "
                        + "(brackets, emphasis marks, list and quote marks, line breaks) in one text: split it into "
                        + "several pages", markupOverAt);
                return false;
            }
            if (angleWork > MAX_ANGLE_WORK) {
                problem.accept("too many '<' in long paragraphs for the Markdown parser (each one makes it read to the "
                        + "end of its paragraph): write &lt; for a literal '<', or split the paragraphs", 0);
                return false;
            }
            if (emphasisOverAt >= 0) {
                problem.accept("too many '*' and '_' between blank lines for the Markdown parser: after a '*' or '_' "
                        + "between two non-spaces, as here (a*b), each later one can make it look back over all those "
                        + "before; write \\* or \\_ for a literal one, or put blank lines between paragraphs",
                        emphasisOverAt);
                return false;
            }
            return true;
        }
    }

    /**
     * The strings the checks after parsing look for ({@link Markdown#parse}), in this order:
     * {@code [^}, {@code ][}, {@code ](}, {@code <!--} (or {@code <?}, {@code <![}), {@code ##} and {@code |}. A text that holds
     * none of a check's string is not checked for it.
     */
    enum Mark {
        FOOTNOTE, LABEL_AFTER_TEXT, INLINE_LINK, COMMENT, TWO_HASHES, PIPE;

        final int bit = 1 << ordinal();
    }

    /**
     * Markup characters are those that can open a node or a block ({@code \n [ ] < > * _ ` ! & \\ | # - + = ~ : @}),
     * and {@code .} or {@code )} after a digit, which opens an ordered list.
     */
    static Scan scan(String text) {
        int markup = 0;
        int overAt = -1;
        long angleWork = 0;
        int paragraphStart = 0;
        int angles = 0;
        EmphasisWork emphasis = new EmphasisWork();
        boolean autolinks = false;
        boolean entity = false;
        boolean headingId = false;
        int marks = 0;
        // One copy read as an array: under C1, String.charAt per character cost several times the copy.
        char[] chars = text.toCharArray();
        int n = chars.length;
        MarkdownNesting nesting = new MarkdownNesting();
        nesting.line(chars, 0);
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            // Letters, digits and spaces are most of a text and never matter here (except "www").
            if (c >= 'a' ? c <= 'z' && c != 'w' : c == ' ' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') {
                continue;
            }
            boolean isMarkup = true;
            switch (c) {
                case '<' -> {
                    angles++;
                    if (HiddenHtml.starts(chars, i)) {
                        marks |= Mark.COMMENT.bit;
                    }
                }
                case '\n' -> {
                    if (i + 1 >= n || chars[i + 1] == '\n') {
                        angleWork += (long) angles * (i - paragraphStart);
                        angles = 0;
                        paragraphStart = i;
                    }
                    emphasis.lineEnd(chars, i, i + 1 >= n || chars[i + 1] == '\n');
                    nesting.line(chars, i + 1);
                }
                case ':' -> autolinks |= i + 2 < n && chars[i + 1] == '/' && chars[i + 2] == '/';
                case '@', '\\' -> autolinks = true;
                case '&' -> {
                    autolinks = true;
                    entity |= i + 1 < n && chars[i + 1] == '#';
                }
                case '[' -> {
                    if (i + 1 < n && chars[i + 1] == '^') {
                        marks |= Mark.FOOTNOTE.bit;
                    }
                    nesting.open(chars, i);
                }
                case ']' -> {
                    if (i + 1 < n) {
                        marks |= chars[i + 1] == '[' ? Mark.LABEL_AFTER_TEXT.bit : chars[i + 1] == '(' ? Mark.INLINE_LINK.bit : 0;
                    }
                    nesting.close(chars, i);
                }
                case '#' -> marks |= i + 1 < n && chars[i + 1] == '#' ? Mark.TWO_HASHES.bit : 0;
                case '|' -> {
                    marks |= Mark.PIPE.bit;
                    emphasis.pipe();
                }
                case '*', '_' -> emphasis.emphasis(chars, i);
                case '-' -> emphasis.dash();
                case '>', '`', '!', '+', '=', '~' -> { }
                case '.', ')' -> isMarkup = i > 0 && Character.isDigit(chars[i - 1]);
                case 'w' -> {
                    autolinks |= i + 2 < n && chars[i + 1] == 'w' && chars[i + 2] == 'w';
                    isMarkup = false;
                }
                case '{' -> {
                    headingId |= i + 1 < n && chars[i + 1] == '#';
                    isMarkup = false;
                }
                default -> isMarkup = false;
            }
            if (isMarkup && ++markup > MAX_MARKUP && overAt < 0) {
                overAt = i;
            }
        }
        angleWork += (long) angles * (n - paragraphStart);
        return new Scan(overAt, angleWork, emphasis.overAt(), autolinks, entity, headingId, nesting.tooDeepAt(), marks,
                nesting.indentOverAt());
    }

    /**
     * The document-order index of the first node nested deeper than {@link #MAX_DEPTH}, or -1.
     * Walks the tree without recursion, so any depth is safe here.
     */
    static int firstTooDeep(Node document) {
        int[] found = {-1};
        walk(document, (node, depth) -> depth > MAX_DEPTH, (node, index) -> found[0] = index);
        return found[0];
    }

    /** The node at a document-order index (as {@link #firstTooDeep} counts), or null. */
    static Node nth(Node document, int wanted) {
        Node[] found = {null};
        int[] index = {0};
        walk(document, (node, depth) -> index[0]++ == wanted, (node, at) -> found[0] = node);
        return found[0];
    }

    private interface Stop {
        boolean at(Node node, int depth);
    }

    /** Pre-order walk with parent links instead of a stack; stops at the first node {@code stop} accepts. */
    private static void walk(Node document, Stop stop, ObjIntConsumer<Node> found) {
        Node node = document;
        int depth = 0;
        int index = 0;
        while (node != null) {
            if (stop.at(node, depth)) {
                found.accept(node, index);
                return;
            }
            index++;
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                depth++;
                continue;
            }
            while (node != null && node != document && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            node = node == null || node == document ? null : node.getNext();
        }
    }
}
