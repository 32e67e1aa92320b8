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
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

class CompactTreeTest {
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(Markdown.extensions()).build();

    /** Every node kind the packed form knows, in one text. */
    private static final String EVERY_KIND = """
            # Title {#own-id}

            Text with *emphasis*, __strong__, `code`, <b>inline html</b>, a [link](a.md "t"), an
            ![image](i.png "i"), https://example.org, a [[term:donbas|term]] and a citation [@reuters-1].\\
            after a hard break
            soft break

            > quoted

            - tight
            - list

            3. ordered

               loose
            4. items

            ```java {x}
            code
            ```

                indented code

            <div>block</div>

            ***

            [ref]: https://example.org "Title"

            | a | b |
            |:--|--:|
            | 1 | 2 |

            A footnote.[^1]

            [^1]: The note.
            """;

    @Test
    void everyKindComesBackTheSame() {
        Node document = parse(EVERY_KIND);
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

    private static String describe(Node node) {
        StringBuilder out = new StringBuilder();
        describe(node, 0, out);
        return out.toString();
    }

    private static void describe(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node);
        if (node instanceof ReferenceNode reference) {
            out.append(' ').append(reference.reference());
        } else if (node instanceof CitationNode citation) {
            out.append(' ').append(citation.sourceIds());
        } else if (node instanceof HeadingId id) {
            out.append(' ').append(id.id());
        } else if (node instanceof org.commonmark.ext.gfm.tables.TableCell cell) {
            out.append(' ').append(cell.isHeader()).append(cell.getAlignment()).append(cell.getWidth());
        } else if (node instanceof org.commonmark.node.ListBlock list) {
            out.append(' ').append(list.isTight());
        }
        out.append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            describe(child, depth + 1, out);
        }
    }
}
