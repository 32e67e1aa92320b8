package folio.content;

import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import folio.project.ForbiddenCharacters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Markdown parsing with CommonMark-java: parsers built once and shared (they are thread-safe);
 * {@code [[...]]} / {@code [@...]} become reference and citation nodes. The render stage turns
 * the trees into HTML, per page (see folio.render.MarkupHtml).
 */
public final class Markdown {
    private static final List<Extension> WITHOUT_AUTOLINKS = List.of(TablesExtension.create(),
            FootnotesExtension.create(), HeadingAnchorExtension.create());
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(),
            FootnotesExtension.create(), HeadingAnchorExtension.create(), AutolinkExtension.create());
    private static final List<Extension> WITHOUT_FOOTNOTES = EXTENSIONS.stream()
            .filter(extension -> !(extension instanceof FootnotesExtension)).toList();
    // Source spans cost about a fifth of parsing and are needed only to report a mistake, so texts
    // are parsed without them, and parsed again with them when a position is asked for.
    private static final Parser PARSER = parser(EXTENSIONS, IncludeSourceSpans.NONE);
    private static final Parser SPANNED_PARSER = parser(EXTENSIONS, IncludeSourceSpans.BLOCKS_AND_INLINES);
    private static final Parser PARSER_WITHOUT_AUTOLINKS = parser(WITHOUT_AUTOLINKS, IncludeSourceSpans.NONE);
    private static final Parser SPANNED_PARSER_WITHOUT_AUTOLINKS = parser(WITHOUT_AUTOLINKS, IncludeSourceSpans.BLOCKS_AND_INLINES);
    /** Reserved, not committed: the stack of {@link #parseWithStack}'s thread for the deepest nesting allowed. */
    private static final long DEEP_STACK_BYTES = 1L << 30;
    private static final java.util.regex.Pattern NUMERIC_ENTITY = java.util.regex.Pattern.compile("&#([0-9]{1,7}|[xX][0-9a-fA-F]{1,6});");

    /**
     * A parsed Markdown text with what it refers to, for assembly to resolve. {@code footnotes}:
     * whether the tree holds a footnote or a footnote reference. {@code refused}: the text broke a
     * limit and was reported, so its tree is empty: what it holds (its headings) is unknown, not absent.
     */
    public record Parsed(Node document, List<ReferenceNode> references, List<CitationNode> citations,
                         List<Link> links, List<Image> images, NodePositions positions, boolean footnotes, boolean refused) {
        /**
         * Where the address of the {@code index}th of {@link #links()} is written in its file (its
         * reference definition, or the link itself), worked out on request;
         * it holds the text's positions, not the tree, so a later check does not keep the tree alive.
         */
        public java.util.function.Supplier<SourcePosition> linkPosition(int index) {
            NodePositions at = positions;
            return () -> at.ofLinkAddress(index);
        }

        /** The same for the {@code index}th of {@link #images()}. */
        public java.util.function.Supplier<SourcePosition> imagePosition(int index) {
            NodePositions at = positions;
            return () -> at.ofImageAddress(index);
        }
    }

    private Markdown() {}

    private static Parser parser(List<Extension> extensions, IncludeSourceSpans spans) {
        return Parser.builder().extensions(extensions).includeSourceSpans(spans).build();
    }

    /** The one parser for a text, so both parses of it (with and without spans) give the same tree. */
    static Parser parserFor(String text, boolean spanned) {
        if (mayHaveAutolinks(text)) {
            return spanned ? SPANNED_PARSER : PARSER;
        }
        return spanned ? SPANNED_PARSER_WITHOUT_AUTOLINKS : PARSER_WITHOUT_AUTOLINKS;
    }

    /** Parses {@code text}, whose first line is line {@code start.line()} of its file. */
    public static Parsed parse(String text, SourcePosition start, Diagnostics diagnostics) {
        MarkdownLimits.Scan scan = MarkdownLimits.scan(text);
        if (scan.numericEntity()) {
            reportForbiddenEntities(text, start, diagnostics);
        }
        if (!scan.withinLimits((message, index) -> diagnostics.error(NodePositions.positionIn(text, index, start), message))) {
            return empty(text, start);
        }
        if (scan.tooDeepAt() >= 0) {
            diagnostics.error(firstTooDeep(text, scan.tooDeepAt(), start), MarkdownLimits.TOO_DEEP);
            return empty(text, start);
        }
        Node document = parseWithStack(scan.autolinkTriggers() ? PARSER : PARSER_WITHOUT_AUTOLINKS, text);
        int tooDeep = MarkdownLimits.firstTooDeep(document);
        if (tooDeep >= 0) {
            // Refused before any recursive visitor or the renderer sees the tree.
            diagnostics.error(nodeAt(text, tooDeep, start), MarkdownLimits.TOO_DEEP);
            return empty(text, start);
        }
        NodePositions.Collected nodes = NodePositions.Collected.of(document);
        NodePositions positions = new NodePositions(text, start);
        List<ReferenceNode> references = new ArrayList<>();
        List<CitationNode> citations = new ArrayList<>();
        if (text.contains("[^")) {
            Footnotes.reportUndefined(nodes.texts(), positions, diagnostics);
        }
        if (text.contains("][")) {
            UndefinedLinkLabels.report(nodes.texts(), positions, diagnostics);
        }
        if (text.contains("](")) {
            LinkLookalikes.report(nodes.texts(), positions, diagnostics);
        }
        if (TableCells.mayHaveTable(text)) {
            TableCells.report(text, document, start, diagnostics);
        }
        if (text.contains("<!--")) {
            TextLookalikes.reportComments(text, start, diagnostics);
        }
        if (text.contains("##")) {
            TextLookalikes.reportHeadingsWithoutSpace(nodes.texts(), positions, diagnostics);
        }
        // Looks at the first character of each text node only: cheaper than a search of the whole text first.
        TextLookalikes.reportInvisibleBlockStarts(nodes.texts(), positions, diagnostics);
        if (scan.headingId()) {
            HeadingId.extract(nodes.texts(), positions, diagnostics);
        }
        EmptyText.reportHeadings(nodes.headings(), positions, diagnostics);
        EmptyText.reportLinks(nodes.links(), positions, diagnostics);
        if (nodes.footnotes()) {
            Footnotes.reportDefinitions(nodes, positions, diagnostics);
        }
        for (int index = 0; index < nodes.texts().size(); index++) {
            Text node = nodes.texts().get(index);
            if (node.getParent() == null) {
                continue; // a heading's text that was only its {#id}
            }
            ReferenceSplitter.split(node, positions, index, references, citations, diagnostics);
        }
        Parsed parsed = new Parsed(document, references, citations, nodes.links(), nodes.images(), positions, nodes.footnotes(), false);
        LinksInLinks.report(parsed, diagnostics);
        return parsed;
    }

    /**
     * Where a text the scan found nested too deep at {@code found} first nests too deep: the
     * parser is slow to get through that line, so only the lines before it are parsed, for an
     * earlier place the tree check would name first.
     */
    private static SourcePosition firstTooDeep(String text, int found, SourcePosition start) {
        String before = text.substring(0, text.lastIndexOf('\n', found) + 1);
        int index = MarkdownLimits.firstTooDeep(parseWithStack(parserFor(before, false), before));
        return index >= 0 ? nodeAt(before, index, start) : NodePositions.positionIn(text, found, start);
    }

    /** Where the {@code index}th node of {@code text}'s tree (in document order) starts. */
    private static SourcePosition nodeAt(String text, int index, SourcePosition start) {
        Node spanned = MarkdownLimits.nth(parseWithStack(parserFor(text, true), text), index);
        return spanned == null ? start : NodePositions.positionOf(spanned, start);
    }

    /**
     * A numeric character reference that CommonMark would decode to a code point no page may
     * hold ({@code &#27;}) breaks the same rule as the raw character the loader refuses.
     */
    private static void reportForbiddenEntities(String text, SourcePosition start, Diagnostics diagnostics) {
        java.util.regex.Matcher matcher = NUMERIC_ENTITY.matcher(text);
        while (matcher.find()) {
            String digits = matcher.group(1);
            int codePoint;
            try {
                codePoint = digits.charAt(0) == 'x' || digits.charAt(0) == 'X'
                        ? Integer.parseInt(digits.substring(1), 16) : Integer.parseInt(digits);
            } catch (NumberFormatException e) {
                continue;
            }
            // CommonMark turns 0 and surrogates into U+FFFD; everything else forbidden would pass.
            if (codePoint != 0 && !(codePoint >= 0xD800 && codePoint <= 0xDFFF) && codePoint <= 0x10FFFF
                    && ForbiddenCharacters.isForbidden(codePoint)) {
                diagnostics.error(NodePositions.positionIn(text, matcher.start(), start),
                        ForbiddenCharacters.message("'" + matcher.group() + "' stands for", codePoint));
            }
        }
    }

    /**
     * Autolinking looks at every character of every text node (a tenth of parsing a page), but
     * it only starts at ":" followed by "//", at "@" and at "www": a text with none of them is
     * parsed without it, to the same tree.
     */
    static boolean mayHaveAutolinks(String text) {
        // '&' and '\\' too: an entity or an escape can spell a trigger the source does not show.
        return text.contains("://") || text.indexOf('@') >= 0 || text.contains("www")
                || text.indexOf('&') >= 0 || text.indexOf('\\') >= 0;
    }

    /**
     * CommonMark-java merges the text of nested emphasis recursively while it parses, a few
     * frames per level: a text within the markup limit can still nest deeper than a thread's
     * stack allows. Such a text is parsed again on a thread whose stack fits the deepest nesting
     * the markup limit lets through, and is then refused by the depth check.
     */
    private static Node parseWithStack(Parser parser, String text) {
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

    /** A parse that was refused: nothing to render or resolve. */
    private static Parsed empty(String text, SourcePosition start) {
        return new Parsed(new org.commonmark.node.Document(), List.of(), List.of(), List.of(), List.of(),
                new NodePositions(text, start), false, true);
    }

    /** Whether a node is one of the footnotes extension's (a footnote, its reference or its definition). */
    public static boolean isFootnote(Node node) {
        return node.getClass().getPackageName().startsWith("org.commonmark.ext.footnotes");
    }

    /** The extensions both the parser and the render stage's HTML renderer use. */
    public static List<Extension> extensions() {
        return EXTENSIONS;
    }

    /**
     * The same without footnotes, for the HTML of a text that has none: the footnote renderer
     * walks the whole tree before every render to number footnotes (a fifth of rendering a page).
     */
    public static List<Extension> extensionsWithoutFootnotes() {
        return WITHOUT_FOOTNOTES;
    }
}
