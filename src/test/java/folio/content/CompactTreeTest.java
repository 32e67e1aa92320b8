package folio.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.footnotes.InlineFootnote;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

class CompactTreeTest {
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(Markdown.extensions()).build();

    /**
     * Every node kind the packed form knows but {@link InlineFootnote} (see {@link #everyKind}),
     * each value of a kind different from its neighbours, so values read back in another order
     * than written differ.
     */
    static final String EVERY_KIND = """
            # Title {#own-id}

            Text with *emphasis*, __strong__, `code`, <b>inline html</b>, a [link](a.md "t"), an
            ![image](i.png "i"), https://example.org, a [[term:donbas|term]] and a citation [@reuters-1].\\
            after a hard break
            soft break, a straight \\"quote\\"

            > quoted

            - tight
            - list

            3) ordered

               loose
            4) items

             ````java {x}
             code
             `````

                indented code

            <div>block</div>

            ***

            [ref]: https://example.org "Title"

            | a | b | c |
            |:--|--:|:-:|
            | 1 | 2 | 3 |

            A footnote.[^1]

            [^1]: The note.
            """;

    /** The sample parsed, with the kinds the parser never makes (inline footnotes are off) added by hand. */
    private static Node everyKind() {
        Node document = parse(EVERY_KIND);
        InlineFootnote inline = new InlineFootnote();
        inline.appendChild(new Text("inline note"));
        Paragraph paragraph = new Paragraph();
        paragraph.appendChild(inline);
        document.appendChild(paragraph);
        return document;
    }

    @Test
    void theSampleHoldsEveryKind() {
        Set<Class<?>> found = new HashSet<>();
        everyKind().accept(new AbstractVisitor() {
            @Override
            protected void visitChildren(Node parent) {
                found.add(parent.getClass());
                for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
                    visitChildren(child);
                }
            }
        });
        Set<Class<?>> kinds = Arrays.stream(NodeKind.values()).map(kind -> kind.type).collect(Collectors.toSet());
        assertEquals(new TreeSet<>(names(kinds)), new TreeSet<>(names(found)));
    }

    private static List<String> names(Set<Class<?>> classes) {
        return classes.stream().map(Class::getSimpleName).toList();
    }

    @Test
    void everyKindComesBackTheSame() {
        Node document = everyKind();
        CompactTree packed = CompactTree.of(document);
        assertNotNull(packed, "every node of the text is of a known kind");
        assertSame(document, packed.expand());
        assertSame(document, CompactTree.of(document, EVERY_KIND).expand());
    }

    @Test
    void textsNotWrittenAsTheyReadInTheSourceComeBackToo() {
        String text = "Caf\\u00e9 &copy; \\*not emphasis\\* and &amp;.\n\n" + "<!-- " + "x".repeat(600) + " -->\n\n"
                + "Far [after](" + "d".repeat(300) + ".md) the *comment*, then a [[term:donbas|term]].\n\n"
                + "Said again: &copy; \\*not emphasis\\* and &amp;.\n";
        Node document = parse(text);
        assertSame(document, CompactTree.of(document, text).expand());
        assertSame(document, CompactTree.of(document, "another text entirely").expand());
        assertSame(document, CompactTree.of(document, "").expand());
    }

    @Test
    void eachPageOfTheRealSiteComesBackTheSame() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("content"))) {
            files = walk.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        assertTrue(files.size() > 50, files.toString());
        for (Path file : files) {
            String text = Files.readString(file);
            Node document = parse(text);
            CompactTree packed = CompactTree.of(document, text);
            assertNotNull(packed, file + " holds a node kind the packed form does not know");
            assertSame(document, packed.expand());
        }
    }

    @Test
    void expandedToResolveTheTreeHasEveryNodeButOnlyTheTextsResolvingReads() {
        Node document = everyKind();
        CompactTree packed = CompactTree.of(document, EVERY_KIND);
        CompactTree.Expanded toResolve = packed.expandToResolve();
        CompactTree.Expanded expected = packed.expand();
        blankTextsOutsideHeadings(expected.document());
        assertEquals(describe(expected.document()), describe(toResolve.document()));
        assertEquals(describe(document.getFirstChild()), describe(toResolve.document().getFirstChild()),
                "a heading keeps its texts: its anchor is made from them");
        List<String> marked = toResolve.marked().stream().map(CompactTreeTest::describe).toList();
        assertEquals(expected.marked().stream().map(CompactTreeTest::describe).toList(), marked,
                "links and images keep their addresses and titles, references and citations their values");
        assertTrue(marked.stream().anyMatch(node -> node.contains("destination=a.md")), marked.toString());
        assertTrue(describe(toResolve.document()).contains("Text{literal=}"), "the other texts are left empty");
        assertSame(document, packed.expand());
    }

    /** {@code document} with the texts of its text, code and HTML nodes emptied, but for those in a heading. */
    private static void blankTextsOutsideHeadings(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                // left as it is, texts and all
            }

            @Override
            public void visit(Text text) {
                text.setLiteral("");
            }

            @Override
            public void visit(Code code) {
                code.setLiteral("");
            }

            @Override
            public void visit(HtmlInline html) {
                html.setLiteral("");
            }

            @Override
            public void visit(HtmlBlock html) {
                html.setLiteral("");
            }

            @Override
            public void visit(IndentedCodeBlock code) {
                code.setLiteral("");
            }

            @Override
            public void visit(FencedCodeBlock code) {
                code.setInfo("");
                code.setLiteral("");
            }
        });
    }

    @Test
    void aTreeWithAnUnknownNodeIsNotPacked() {
        Node document = parse("Text.");
        document.appendChild(new CustomBlock() {});
        assertNull(CompactTree.of(document));
    }

    private static Node parse(String text) {
        return Markdown.parse(text, SourcePosition.of("content/a.md", 1), new Diagnostics()).document();
    }

    /** The same nodes with the same values, the same HTML, and the marked nodes in document order. */
    private static void assertSame(Node original, CompactTree.Expanded expanded) {
        assertEquals(describe(original), describe(expanded.document()));
        assertEquals(HTML.render(original), HTML.render(expanded.document()));
        List<String> marked = new ArrayList<>();
        original.accept(new AbstractVisitor() {
            @Override
            protected void visitChildren(Node parent) {
                for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
                    if (CompactTree.isMarked(child)) {
                        marked.add(describe(child));
                    }
                    visitChildren(child);
                }
            }
        });
        assertEquals(marked, expanded.marked().stream().map(CompactTreeTest::describe).toList());
    }

    static String describe(Node node) {
        StringBuilder out = new StringBuilder();
        describe(node, 0, out);
        return out.toString();
    }

    private static void describe(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node).append(' ').append(values(node)).append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            describe(child, depth + 1, out);
        }
    }

    /** Every value a node of its kind holds, read with its getters (Text, Link and Image show theirs in toString). */
    private static List<Object> values(Node node) {
        return Arrays.asList(node instanceof Heading heading ? new Object[] {heading.getLevel()}
                : node instanceof BulletList bullets ? new Object[] {bullets.getMarker(), bullets.isTight()}
                : node instanceof OrderedList ordered ? new Object[] {ordered.getMarkerStartNumber(),
                        ordered.getMarkerDelimiter(), ordered.isTight()}
                : node instanceof ListItem item ? new Object[] {item.getMarkerIndent(), item.getContentIndent()}
                : node instanceof FencedCodeBlock fenced ? new Object[] {fenced.getFenceCharacter(),
                        fenced.getOpeningFenceLength(), fenced.getClosingFenceLength(), fenced.getFenceIndent(),
                        fenced.getInfo(), fenced.getLiteral()}
                : node instanceof IndentedCodeBlock indented ? new Object[] {indented.getLiteral()}
                : node instanceof HtmlBlock htmlBlock ? new Object[] {htmlBlock.getLiteral()}
                : node instanceof ThematicBreak line ? new Object[] {line.getLiteral()}
                : node instanceof LinkReferenceDefinition definition ? new Object[] {definition.getLabel(),
                        definition.getDestination(), definition.getTitle()}
                : node instanceof Code code ? new Object[] {code.getLiteral()}
                : node instanceof Emphasis emphasis ? new Object[] {emphasis.getOpeningDelimiter()}
                : node instanceof StrongEmphasis strong ? new Object[] {strong.getOpeningDelimiter()}
                : node instanceof HtmlInline html ? new Object[] {html.getLiteral()}
                : node instanceof TableCell cell ? new Object[] {cell.isHeader(), cell.getAlignment(), cell.getWidth()}
                : node instanceof FootnoteDefinition note ? new Object[] {note.getLabel()}
                : node instanceof FootnoteReference noteReference ? new Object[] {noteReference.getLabel()}
                : node instanceof ReferenceNode reference ? new Object[] {reference.reference(), reference.position()}
                : node instanceof CitationNode citation ? new Object[] {citation.sourceIds(), citation.position()}
                : node instanceof HeadingId id ? new Object[] {id.id()}
                : new Object[0]);
    }
}
