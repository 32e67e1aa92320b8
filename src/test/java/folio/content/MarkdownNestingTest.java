package folio.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import org.junit.jupiter.api.Test;

/**
 * Nesting the parser is slow to build is refused by the scan before parsing, at the place the
 * tree's own depth check names, and nothing the tree check allows is refused.
 */
class MarkdownNestingTest {
    private static int tooDeepAt(String text) {
        return MarkdownLimits.scan(text).tooDeepAt();
    }

    /** Where the depth check of the parsed tree puts the problem, or "" (the scan's check left out). */
    private static String treeCheck(String text) {
        Diagnostics diagnostics = new Diagnostics();
        Markdown.parse(text, SourcePosition.of("x.md", 1), diagnostics);
        return diagnostics.sorted().stream().map(d -> d.line() + ":" + d.column()).findFirst().orElse("");
    }

    @Test
    void imagesInsideImagesAreRefusedWhereTheTreeCheckWould() {
        String deep = "![".repeat(100) + "x" + "](a.png)".repeat(100);
        assertEquals(198, tooDeepAt(deep), "the hundredth image, at column 199");
        assertEquals(-1, tooDeepAt("![".repeat(99) + "x" + "](a.png)".repeat(99)));
        assertEquals("1:199", treeCheck(deep));
        assertEquals(-1, tooDeepAt("![a](b.png) ".repeat(5000)), "many images side by side");
        assertEquals(-1, tooDeepAt("\\![".repeat(200) + "x"), "escaped, so no images");
    }

    @Test
    void listsOpenedOnOneLineAreRefusedWhereTheTreeCheckWould() {
        String lists = "Intro.\n\n" + "- ".repeat(60) + "x\n";
        assertEquals(8 + 100, tooDeepAt(lists), "the 51st item: its list is level 101");
        assertEquals("3:101", treeCheck(lists));
        assertEquals(-1, tooDeepAt("- ".repeat(50) + "x\n"));
        assertEquals(8 + 100, tooDeepAt("Intro.\n\n" + ">".repeat(101) + " x\n"));
        assertEquals(-1, tooDeepAt("1. ".repeat(50) + "x\n"));
        assertEquals(3 * 50, tooDeepAt("1) ".repeat(51) + "x\n"), "numbered items count too");
    }

    @Test
    void anEarlierPlaceTheTreeCheckFindsIsNamedFirst() {
        StringBuilder text = new StringBuilder();
        for (int depth = 0; depth < 60; depth++) {
            text.append("  ".repeat(depth)).append("- item\n");
        }
        text.append("\n").append("- ".repeat(60)).append("x\n");
        assertEquals("50:101", treeCheck(text.toString()), "the text of the 50th indented item (level 101), not the line of 60 items below");
    }

    @Test
    void thematicBreaksAndCodeLookAlikesAreNotNesting() {
        assertEquals(-1, tooDeepAt("- ".repeat(80) + "-\n"), "one thematic break");
        assertEquals(-1, tooDeepAt("- " + "* ".repeat(80) + "*\n"), "a list item holding a thematic break");
        assertEquals(-1, tooDeepAt("-".repeat(300) + "x\n"), "no space after the dashes: text");
    }

    /**
     * A list nested by indentation alone cost the parser time in the cube of its depth (it reads each line's
     * indentation again for every list the line is in): 2,000 levels in a 4 MB file took 14.6 s before the tree
     * check refused it. The squared indentation of list items is bounded before parsing; the place named is still
     * the one the tree check names, found by parsing the lines before the limit.
     */
    @Test
    void listsNestedByIndentationAreRefusedBeforeTheParserSpendsMinutes() {
        StringBuilder deep = new StringBuilder("Intro.\n\n");
        for (int depth = 0; depth < 2000; depth++) {
            deep.append("  ".repeat(depth)).append("- x\n");
        }
        MarkdownLimits.Scan scan = MarkdownLimits.scan(deep.toString());
        org.junit.jupiter.api.Assertions.assertTrue(scan.indentOverAt() > 0 && scan.indentOverAt() < deep.length() / 4,
                "found in the first quarter of the text: " + scan.indentOverAt());
        long begun = System.nanoTime();
        assertEquals("52:101", treeCheck(deep.toString()), "the 50th item's text (level 101), as the tree check names it");
        long millis = (System.nanoTime() - begun) / 1_000_000;
        org.junit.jupiter.api.Assertions.assertTrue(millis < 3_000, millis + " ms");
        // Lists a text may hold are left to the parser: 49 deep (the most the depth check allows), and a deep code
        // listing indented far but holding few list items.
        StringBuilder allowed = new StringBuilder();
        for (int depth = 0; depth < 49; depth++) {
            allowed.append("  ".repeat(depth)).append("- x\n");
        }
        for (int line = 0; line < 2000; line++) {
            allowed.append(" ".repeat(200)).append("code\n");
        }
        assertEquals(-1, MarkdownLimits.scan(allowed.toString()).indentOverAt());
        assertEquals("", treeCheck(allowed.toString()));
        // Lines that only look like deep list items (code indented 300 columns that starts with "- ") count too: past
        // the limit without nesting too deep, the text is refused for its indentation.
        String wide = ("1. x\n\n" + " ".repeat(300) + "- y\n\n").repeat(1200);
        Diagnostics diagnostics = new Diagnostics();
        Markdown.parse(wide, SourcePosition.of("x.md", 1), diagnostics);
        org.junit.jupiter.api.Assertions.assertTrue(diagnostics.sorted().get(0).message().startsWith("list items indented too far"),
                diagnostics.sorted().toString());
    }
}
