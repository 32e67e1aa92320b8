package folio.content;

import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Markdown parsing with CommonMark-java: parsers built once and shared (they are thread-safe);
 * {@code [[...]]} / {@code [@...]} become reference and citation nodes, and each check of the text
 * runs in turn (each its own class). A text that nests deep is {@link DeepNesting}'s. The render
 * stage turns the trees into HTML, per page (see folio.render.MarkupHtml).
 */
public final class Markdown {
    // Without the heading-anchor extension: headings get their ids from HeadingAnchors (with the
    // extension's IdGenerator), once per text; its renderer made a new IdGenerator at every render
    // call and matched each heading against its Unicode pattern again.
    private static final List<Extension> WITHOUT_AUTOLINKS = List.of(TablesExtension.create(),
            FootnotesExtension.create());
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(),
            FootnotesExtension.create(), AutolinkExtension.create());
    private static final List<Extension> WITHOUT_FOOTNOTES = EXTENSIONS.stream()
            .filter(extension -> !(extension instanceof FootnotesExtension)).toList();
    // Source spans cost about a fifth of parsing and are needed only to report a mistake, so texts
    // are parsed without them, and parsed again with them when a position is asked for.
    private static final Parser PARSER = parser(EXTENSIONS, IncludeSourceSpans.NONE);
    private static final Parser SPANNED_PARSER = parser(EXTENSIONS, IncludeSourceSpans.BLOCKS_AND_INLINES);
    private static final Parser PARSER_WITHOUT_AUTOLINKS = parser(WITHOUT_AUTOLINKS, IncludeSourceSpans.NONE);
    private static final Parser SPANNED_PARSER_WITHOUT_AUTOLINKS = parser(WITHOUT_AUTOLINKS, IncludeSourceSpans.BLOCKS_AND_INLINES);

    /**
     * A parsed Markdown text with what it refers to, for assembly to resolve. {@code footnotes}:
     * whether the tree holds a footnote or a footnote reference. {@code refused}: the text broke a
     * limit and was reported, so its tree is empty: what it holds (its headings) is unknown, not absent.
     * {@code packed}: the tree as packed before anything in it was resolved (an earlier build's kept
     * parse, or this build's packed to be kept), or null when it was not packed.
     */
    public record Parsed(Node document, List<ReferenceNode> references, List<CitationNode> citations,
                         List<Link> links, List<Image> images, NodePositions positions, boolean footnotes, boolean refused,
                         Packed packed) {
        /** This parse with its tree's packed form. */
        Parsed withPacked(Packed packed) {
            return new Parsed(document, references, citations, links, images, positions, footnotes, refused, packed);
        }

        /**
         * Where the address of the {@code index}th of {@link #links()} is written in its file (its
         * reference definition, or the link itself), worked out on request;
         * it holds the text's positions, not the tree, so a later check does not keep the tree alive.
         */
        public java.util.function.Supplier<SourcePosition> linkPosition(int index) {
            NodePositions at = positions;
            return () -> at.ofLinkAddress(index);
        }

        /**
         * Whether the {@code index}th of {@link #links()} is a footnote written with a space in its label
         * ({@code [^my note]} with {@code [^my note]: One.}), which CommonMark reads as a link and a link
         * definition: reported as a footnote by the parse, so its address ("One.") is no mistake of its own.
         */
        public boolean isSpacedFootnote(int index) {
            Link link = links.get(index);
            // The link's text is the label: only a text that starts with ^ asks for the spanned parse.
            return link.getFirstChild() instanceof Text text && text.getLiteral().startsWith("^")
                    && positions.definitionOfLink(index).map(d -> Footnotes.isSpacedLabel(d.getLabel())).orElse(false);
        }

        /** Where the text is written in its file, character by character. */
        public TextPlace place() {
            return positions.place();
        }

        /** The same for the {@code index}th of {@link #images()}. */
        public java.util.function.Supplier<SourcePosition> imagePosition(int index) {
            NodePositions at = positions;
            return () -> at.ofImageAddress(index);
        }
    }

    /**
     * A parse's tree packed ({@link CompactTree}) with its references, links and images in document
     * order ({@link CompactTree.Expanded#marked}): the nodes of {@link Parsed#document} that packed form's
     * places stand for. {@code knownTextDigest}: the checksum of the text it was parsed from when it is
     * at hand (a kept parse is found by it), else null: {@link CompactTree#sourceDigest} makes it when asked.
     */
    public record Packed(CompactTree tree, List<Node> marked, Long knownTextDigest) {
        /** {@code document}, parsed from {@code text}, packed; null when it cannot be. */
        public static Packed of(Node document, String text) {
            CompactTree tree = CompactTree.of(document, text);
            return tree == null ? null : new Packed(tree, CompactTree.marked(document), null);
        }
    }

    private Markdown() {}

    private static Parser parser(List<Extension> extensions, IncludeSourceSpans spans) {
        return Parser.builder().extensions(extensions).customInlineContentParserFactory(new LiteralQuote.Factory())
                .includeSourceSpans(spans).build();
    }

    /** The one parser for a text, so both parses of it (with and without spans) give the same tree. */
    static Parser parserFor(String text, boolean spanned) {
        if (mayHaveAutolinks(text)) {
            return spanned ? SPANNED_PARSER : PARSER;
        }
        return spanned ? SPANNED_PARSER_WITHOUT_AUTOLINKS : PARSER_WITHOUT_AUTOLINKS;
    }

    /** Parses {@code text}, whose first line is line {@code start.line()} of its file, and its next lines the next ones. */
    public static Parsed parse(String text, SourcePosition start, Diagnostics diagnostics) {
        return parse(text, TextPlace.lines(start), diagnostics);
    }

    /** Parses {@code text}, written in its file at {@code start} (a YAML value's {@link YamlScalarPositions}, say). */
    public static Parsed parse(String text, TextPlace start, Diagnostics diagnostics) {
        MarkdownLimits.Scan scan = MarkdownLimits.scan(text);
        if (scan.numericEntity()) {
            ForbiddenEntities.report(text, start, diagnostics);
        }
        if (!scan.withinLimits((message, index) -> diagnostics.error(NodePositions.positionIn(text, index, start), message))) {
            return empty(text, start);
        }
        if (scan.tooDeepAt() >= 0) {
            diagnostics.error(DeepNesting.firstTooDeep(text, scan.tooDeepAt(), start), MarkdownLimits.TOO_DEEP);
            return empty(text, start);
        }
        if (scan.indentOverAt() >= 0) {
            // Lists nested by indentation: the lines before are parsed (within the limit) for the place the depth
            // check would name; a text nested no deeper than allowed there is refused for its indentation.
            SourcePosition deep = DeepNesting.tooDeepBefore(text, scan.indentOverAt(), start);
            diagnostics.error(deep != null ? deep : NodePositions.positionIn(text, scan.indentOverAt(), start),
                    deep != null ? MarkdownLimits.TOO_DEEP : MarkdownLimits.TOO_INDENTED);
            return empty(text, start);
        }
        Node document = DeepNesting.parse(scan.autolinkTriggers() ? PARSER : PARSER_WITHOUT_AUTOLINKS, text);
        int tooDeep = MarkdownLimits.firstTooDeep(document);
        if (tooDeep >= 0) {
            // Refused before any recursive visitor or the renderer sees the tree.
            diagnostics.error(DeepNesting.nodeAt(text, tooDeep, start), MarkdownLimits.TOO_DEEP);
            return empty(text, start);
        }
        NodePositions.Collected nodes = NodePositions.Collected.of(document);
        NodePositions positions = new NodePositions(text, start);
        List<ReferenceNode> references = new ArrayList<>();
        List<CitationNode> citations = new ArrayList<>();
        if (scan.has(MarkdownLimits.Mark.FOOTNOTE)) {
            Footnotes.reportUndefined(nodes.texts(), positions, diagnostics);
            Footnotes.reportSpacedDefinitions(nodes, positions, diagnostics);
        }
        ReferenceDefinitions.reportRepeated(nodes.definitions(), positions, diagnostics);
        if (scan.has(MarkdownLimits.Mark.LABEL_AFTER_TEXT)) {
            UndefinedLinkLabels.report(nodes.texts(), positions, diagnostics);
        }
        if (scan.has(MarkdownLimits.Mark.INLINE_LINK)) {
            LinkLookalikes.report(nodes.texts(), positions, diagnostics);
        }
        if (scan.has(MarkdownLimits.Mark.PIPE) && TableCells.mayHaveTable(text)) {
            TableCells.report(text, document, start, diagnostics);
        }
        if (scan.has(MarkdownLimits.Mark.COMMENT)) {
            HiddenHtml.report(text, start, diagnostics);
        }
        if (scan.has(MarkdownLimits.Mark.TWO_HASHES)) {
            TextLookalikes.reportHeadingsWithoutSpace(nodes.texts(), positions, diagnostics);
        }
        // Looks at the first character of each text node only: cheaper than a search of the whole text first.
        TextLookalikes.reportInvisibleBlockStarts(nodes.texts(), positions, diagnostics);
        if (scan.headingId()) {
            HeadingId.extract(nodes.texts(), positions, diagnostics);
        }
        EmptyText.reportHeadings(nodes.headings(), positions, diagnostics);
        HeadingAnchors.reportWordless(nodes.headings(), positions, diagnostics);
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
        // On the final tree: a heading's anchor is made from the words its render shows.
        HeadingAnchors.reportClashes(nodes.headings(), positions, diagnostics);
        Parsed parsed = new Parsed(document, references, citations, nodes.links(), nodes.images(), positions, nodes.footnotes(), false,
                null);
        LinksInLinks.report(parsed, diagnostics);
        return parsed;
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

    /** A parse that was refused: nothing to render or resolve. */
    private static Parsed empty(String text, TextPlace start) {
        return new Parsed(new org.commonmark.node.Document(), List.of(), List.of(), List.of(), List.of(),
                new NodePositions(text, start), false, true, null);
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
