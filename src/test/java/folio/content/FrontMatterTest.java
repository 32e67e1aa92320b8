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
}
