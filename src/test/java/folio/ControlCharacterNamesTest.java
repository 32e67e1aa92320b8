package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file or folder named with a character one cannot see is reported with that character named
 * (a line break is not "a space"), on one line of output however it is named, and the previous
 * site is kept.
 */
class ControlCharacterNamesTest {
    private static final String PAGE = "---\ntitle: A page\n---\nText.\n";

    @TempDir
    Path dir;

    private TestSite builtSite() {
        TestSite site = TestSite.minimal(dir).file("content/index.md", PAGE);
        assertEquals(0, site.build().exitCode());
        return site;
    }

    @Test
    void aLineBreakInAFileNameIsNamedOnOneLine() throws IOException {
        TestSite site = builtSite().file("content/ab\nout.md", PAGE);
        Build.Result result = site.build();
        assertEquals(1, result.exitCode());
        assertEquals("content/ab\\nout.md:1: error: the name of this file has a line break (U+000A): rename it without it "
                + "(a name of letters, digits, '-', '_' and '.' suits every page address)", TestSite.errors(result).strip());
        assertTrue(Files.exists(dir.resolve("site/index.html")), "the previous site is kept");
    }

    @Test
    void aFolderIsReportedOnceAndItsFilesAreNotRead() {
        Build.Result result = builtSite().file("content/notes\tdraft/page.md", PAGE).build();
        assertEquals("content/notes\\tdraft:1: error: the name of this folder has a tab (U+0009): rename it without it "
                + "(a name of letters, digits, '-', '_' and '.' suits every page address)", TestSite.errors(result).strip());
    }

    @Test
    void aStaticFileToo() {
        String errors = TestSite.errors(builtSite().file("content/logo\u001b.svg", "<svg/>").build());
        assertTrue(errors.contains("content/logo\\u001B.svg:1: error: the name of this file has the control character "
                + "U+001B (escape)"), errors);
    }

    @Test
    void aTemplateToo() {
        String errors = TestSite.errors(builtSite().file("templates/x\ry.peb", "x").build());
        assertTrue(errors.contains("templates/x\\ry.peb:1: error: the name of this file has a carriage return (U+000D)"), errors);
    }

    @Test
    void aPageNameWithAnInvisibleSpaceSaysWhichSpace() {
        String errors = TestSite.errors(builtSite().file("content/nb\u00a0sp.md", PAGE).build());
        assertTrue(errors.contains("(it has a no-break space (U+00A0))"), errors);
        assertFalse(errors.contains("it has a space"), errors);
    }

    @Test
    void aUrlWithATabSaysTab() {
        String errors = TestSite.errors(builtSite().file("content/a.md", "---\ntitle: A\nurl: \"a\\tb/\"\n---\nText.\n").build());
        assertTrue(errors.contains("it has a tab (U+0009)"), errors);
    }

    @Test
    void aQuotedValueWithALineBreakStaysOnItsLine() {
        String errors = TestSite.errors(builtSite().file("content/a.md", "---\ntitle: A\n\"tit\\nle\": B\n---\nText.\n").build());
        assertEquals(1, errors.lines().count(), errors);
        assertTrue(errors.startsWith("content/a.md:3:1: error: unknown key 'tit\\nle'"), errors);
    }
}
