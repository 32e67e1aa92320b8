package folio.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import folio.diag.SourcePosition;
import org.junit.jupiter.api.Test;

/**
 * A link's address is reported where it is written: at its reference definition for the three
 * reference forms, at the link for an inline link or an autolink.
 */
class ReferenceDefinitionsTest {

    @Test
    void theLabelOfEachReferenceForm() {
        assertEquals("label", ReferenceDefinitions.label("[text][label]"));
        assertEquals("text", ReferenceDefinitions.label("[text][]"));
        assertEquals("text", ReferenceDefinitions.label("[text]"));
        assertEquals("pic", ReferenceDefinitions.label("![alt][pic]"));
        assertEquals("alt", ReferenceDefinitions.label("![alt]"));
        assertEquals("r", ReferenceDefinitions.label("[a [nested] text][r]"));
        assertEquals("a\\]b", ReferenceDefinitions.label("[x][a\\]b]"));
    }

    @Test
    void inlineLinksAndAutolinksHaveNoLabel() {
        assertNull(ReferenceDefinitions.label("[text](https://example.org/)"));
        assertNull(ReferenceDefinitions.label("<https://example.org/>"));
        assertNull(ReferenceDefinitions.label("https://example.org/]"));
    }

    @Test
    void labelsMatchAsCommonMarkMatchesThem() {
        assertEquals(ReferenceDefinitions.normalise("Foo  Bar"), ReferenceDefinitions.normalise(" foo\nbar "));
    }

    @Test
    void anAddressIsAtItsDefinitionAndAnInlineOneAtItsLink() {
        String text = "See [a][ref], [b] and [c](x.md).\n\n[ref]: y.md\n[b]: z.md\n";
        SourcePosition start = new SourcePosition("content/p.md", 4, 1);
        NodePositions positions = new NodePositions(text, start);
        assertEquals(new SourcePosition("content/p.md", 6, 1), positions.ofLinkAddress(0));
        assertEquals(new SourcePosition("content/p.md", 7, 1), positions.ofLinkAddress(1));
        assertEquals(new SourcePosition("content/p.md", 4, 23), positions.ofLinkAddress(2));
        assertEquals(new SourcePosition("content/p.md", 4, 5), positions.ofLink(0), "the link itself is still where it is used");
    }
}
