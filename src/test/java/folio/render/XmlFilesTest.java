package folio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A feed or sitemap a theme's template writes empty or cut short is refused (golden bad-template-xml-cut-short). */
class XmlFilesTest {
    @Test
    void aFileThatEndsWithItsRootElementIsWhole() {
        assertNull(XmlFiles.shapeProblem("<?xml version=\"1.0\"?>\n<!-- c -->\n<feed xmlns=\"x\">\n<entry/>\n</feed>\n"));
        assertNull(XmlFiles.shapeProblem("<urlset xmlns=\"x\"/>"));
        assertNull(XmlFiles.shapeProblem("<a:set>x</a:set>"));
        // What XML allows around the root element: a doctype before it, comments and processing instructions after it.
        assertNull(XmlFiles.shapeProblem("<!DOCTYPE feed>\n<feed>x</feed>"));
        assertNull(XmlFiles.shapeProblem("<!DOCTYPE feed [<!ENTITY a \"b\">]>\n<feed>x</feed>"));
        assertNull(XmlFiles.shapeProblem("<feed>x</feed >\n<!-- built by folio -->\n<?pi x?>\n"));
    }

    @Test
    void anEmptyOrCutFileIsTold() {
        assertEquals("is empty", XmlFiles.shapeProblem(" \n"));
        assertEquals("does not end with </feed>, the end of the <feed> it starts with (its last line: <entry></entry>)",
                XmlFiles.shapeProblem("<?xml version=\"1.0\"?>\n<feed>\n<entry></entry>\n"));
        assertEquals("does not end with </feed>, the end of the <feed> it starts with (its last line: ...</a>"
                + "<a>x</a>".repeat(7) + ")", XmlFiles.shapeProblem("<feed>\n" + "<a>x</a>".repeat(20)), "a long line is cut at a tag");
        assertEquals("starts with no element (it starts: hello)", XmlFiles.shapeProblem("<?xml version=\"1.0\"?>hello"));
        assertEquals("ends inside its first <?...?>", XmlFiles.shapeProblem("<?xml version="));
    }
}
