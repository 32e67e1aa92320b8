package folio.content;

import java.util.function.ObjIntConsumer;
import org.commonmark.node.Node;

/**
 * What one Markdown text (a page body or a YAML text field) may hold, so that parsing and
 * rendering it take time, memory and stack in proportion to its size. CommonMark-java's tree
 * costs up to a few hundred bytes per markup character while it is built, its renderer and
 * visitors recurse once per level of nesting, and its search for the end of {@code <...>}
 * runs to the end of the paragraph for every {@code <}: each limit below caps one of these.
 * The limits are documented in README.md ("Limits").
 */
public final class MarkdownLimits {
    /** Levels of nesting (lists, quotes, emphasis, links, each counted): real text stays under 20. */
    public static final int MAX_DEPTH = 100;
    /** Markup characters in one text: a long article holds a few thousand. */
    public static final int MAX_MARKUP = 100_000;
    /** The sum over paragraphs of (number of '<') x (paragraph length), about a tenth of a second of parsing. */
    static final long MAX_ANGLE_WORK = 200_000_000L;

    private MarkdownLimits() {}

    /** A character that can open a node or a block; a digit's '.' or ')' opens an ordered list. */
    private static boolean isMarkup(String text, int i) {
        char c = text.charAt(i);
        return switch (c) {
            case '\n', '[', ']', '<', '>', '*', '_', '`', '!', '&', '\\', '|', '#', '-', '+', '=', '~', ':', '@' -> true;
            case '.', ')' -> i > 0 && Character.isDigit(text.charAt(i - 1));
            default -> false;
        };
    }

    /**
     * Reports, through {@code problem} (message, index in text), the first limit the text breaks
     * before it is parsed; returns false then.
     */
    static boolean checkBeforeParse(String text, ObjIntConsumer<String> problem) {
        int markup = 0;
        long angleWork = 0;
        int paragraphStart = 0;
        int angles = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!isMarkup(text, i)) {
                continue;
            }
            char c = text.charAt(i);
            if (++markup > MAX_MARKUP) {
                problem.accept("more than " + String.format(java.util.Locale.ROOT, "%,d", MAX_MARKUP) + " markup characters "
                        + "(brackets, emphasis marks, list and quote marks, line breaks) in one text: split it into "
                        + "several pages", i);
                return false;
            }
            if (c == '<') {
                angles++;
            } else if (c == '\n' && (i + 1 >= text.length() || text.charAt(i + 1) == '\n')) {
                angleWork += (long) angles * (i - paragraphStart);
                angles = 0;
                paragraphStart = i;
            }
        }
        angleWork += (long) angles * (text.length() - paragraphStart);
        if (angleWork > MAX_ANGLE_WORK) {
            problem.accept("too many '<' in long paragraphs for the Markdown parser (each one makes it read to the "
                    + "end of its paragraph): write &lt; for a literal '<', or split the paragraphs", 0);
            return false;
        }
        return true;
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
