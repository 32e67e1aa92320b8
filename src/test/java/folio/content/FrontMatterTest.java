package folio.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.diag.Diagnostics;
import folio.project.SourceFile;
import org.junit.jupiter.api.Test;

class FrontMatterTest {

    private static SourceFile file(String text) {
        return new SourceFile("content/a.md", "a.md", text);
    }

    @Test
    void splitsYamlAndBodyWithLineNumbers() {
        Diagnostics diagnostics = new Diagnostics();
        FrontMatter front = FrontMatter.split(file("---\ntitle: A\ndate: 2025\n---\nBody\n"), diagnostics).orElseThrow();
        assertEquals("title: A\ndate: 2025\n", front.yaml());
        assertEquals(2, front.yamlLine());
        assertEquals("Body\n", front.body());
        assertEquals(5, front.bodyLine());
    }

    @Test
    void acceptsDotsAsClosingFenceAndEmptyBody() {
        FrontMatter front = FrontMatter.split(file("---\ntitle: A\n..."), new Diagnostics()).orElseThrow();
        assertEquals("", front.body());
    }

    @Test
    void reportsUnclosedMissingAndEmpty() {
        Diagnostics diagnostics = new Diagnostics();
        assertTrue(FrontMatter.split(file("---\ntitle: A\nno end\n"), diagnostics).isEmpty());
        assertTrue(FrontMatter.split(file("# Just text\n"), diagnostics).isEmpty());
        assertTrue(FrontMatter.split(file("  \n"), diagnostics).isEmpty());
        String all = diagnostics.sorted().toString();
        assertTrue(all.contains("never closed"), all);
        assertTrue(all.contains("missing front matter"), all);
        assertTrue(all.contains("file is empty"), all);
    }

    /** A YAML directive or document marker: the second --- closes the front matter; said at the cause, not "no title". */
    @Test
    void reportsADirectiveOrASecondMarkerThatClosesTheFrontMatter() {
        Diagnostics diagnostics = new Diagnostics();
        assertTrue(FrontMatter.split(file("---\n%YAML 1.2\n---\ntitle: A\n---\nBody\n"), diagnostics).isEmpty());
        assertEquals("content/a.md:2:1: error: a YAML directive (%YAML 1.2) cannot be in front matter: folio reads the lines "
                + "between the first two --- lines as the YAML, so the --- on line 3 ends the front matter and the keys below "
                + "it are read as the page's text: remove the directive line and the --- on line 3", diagnostics.sorted().get(0).toString());
        diagnostics = new Diagnostics();
        assertTrue(FrontMatter.split(file("---\n---\ntitle: A\n---\nBody\n"), diagnostics).isEmpty());
        assertEquals("content/a.md:2:1: error: this --- ends the front matter it follows, which is empty, so 'title:' and the "
                + "keys below it are read as the page's text: remove this line (front matter is one --- line, the keys, then "
                + "one --- line)", diagnostics.sorted().get(0).toString());
        // Empty front matter before plain text is left to the page's own checks (no title).
        assertTrue(FrontMatter.split(file("---\n---\nJust text.\n"), new Diagnostics()).isPresent());
    }
}
