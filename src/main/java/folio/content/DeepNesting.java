package folio.content;

import folio.diag.SourcePosition;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/**
 * What parsing does for a text that nests deep, apart from {@link Markdown}'s parsers and checks
 * because only a text near or over {@link MarkdownLimits#MAX_DEPTH} ever needs it: a parse that
 * overflows the thread's stack, and the place a too-deep text is reported at (found by parsing
 * again, with source spans, only when there is such a text).
 */
final class DeepNesting {
    /** Reserved, not committed: the stack of {@link #parse}'s thread for the deepest nesting allowed. */
    private static final long DEEP_STACK_BYTES = 1L << 30;

    private DeepNesting() {}

    /**
     * CommonMark-java merges the text of nested emphasis recursively while it parses, a few
     * frames per level: a text within the markup limit can still nest deeper than a thread's
     * stack allows. Such a text is parsed again on a thread whose stack fits the deepest nesting
     * the markup limit lets through, and is then refused by the depth check.
     */
    static Node parse(Parser parser, String text) {
        try {
            return parser.parse(text);
        } catch (StackOverflowError e) {
            Node[] result = new Node[1];
            RuntimeException[] failure = new RuntimeException[1];
            Thread thread = new Thread(null, () -> {
                try {
                    result[0] = parser.parse(text);
                } catch (RuntimeException problem) {
                    failure[0] = problem;
                }
            }, "folio-deep-markdown", DEEP_STACK_BYTES);
            thread.start();
            try {
                thread.join();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while parsing deeply nested Markdown", interrupted);
            }
            if (failure[0] != null) {
                throw failure[0];
            }
            if (result[0] == null) {
                throw e;
            }
            return result[0];
        }
    }

    /**
     * Where a text the scan found nested too deep at {@code found} first nests too deep: the
     * parser is slow to get through that line, so only the lines before it are parsed, for an
     * earlier place the tree check would name first.
     */
    static SourcePosition firstTooDeep(String text, int found, TextPlace start) {
        SourcePosition before = tooDeepBefore(text, found, start);
        return before != null ? before : NodePositions.positionIn(text, found, start);
    }

    /** Where the lines before the one holding {@code found} first nest too deep, or null when they do not. */
    static SourcePosition tooDeepBefore(String text, int found, TextPlace start) {
        String before = text.substring(0, text.lastIndexOf('\n', found) + 1);
        int index = MarkdownLimits.firstTooDeep(parse(Markdown.parserFor(before, false), before));
        return index >= 0 ? nodeAt(before, index, start) : null;
    }

    /** Where the {@code index}th node of {@code text}'s tree (in document order) starts. */
    static SourcePosition nodeAt(String text, int index, TextPlace start) {
        Node spanned = MarkdownLimits.nth(parse(Markdown.parserFor(text, true), text), index);
        return spanned == null ? start.start() : NodePositions.positionOf(spanned, start);
    }
}
