package folio.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** UTF-16 and UTF-32 are recognised with and without a byte-order mark, in English and Ukrainian; UTF-8 with a stray NUL is not. */
class WideUnicodeTextTest {
    private static final String UKRAINIAN = "---\ntitle: Про сайт\n---\nНейтральний путівник із джерелами.\n";

    @Test
    void eachFormOfUtf16IsNamed() {
        assertEquals("UTF-16 (little-endian, with a byte-order mark)",
                WideUnicodeText.describe("---\ntitle: A\n".getBytes(java.nio.charset.Charset.forName("x-UTF-16LE-BOM"))));
        assertEquals("UTF-16 (big-endian, with a byte-order mark)", WideUnicodeText.describe(UKRAINIAN.getBytes(StandardCharsets.UTF_16)));
        assertEquals("UTF-16 (little-endian)", WideUnicodeText.describe(UKRAINIAN.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals("UTF-16 (big-endian)", WideUnicodeText.describe(UKRAINIAN.getBytes(StandardCharsets.UTF_16BE)));
    }

    /** UTF-32 was named "UTF-16 (little-endian, with a byte-order mark)", and its iconv command gave nonsense. */
    @Test
    void eachFormOfUtf32IsNamedNotTakenForUtf16() {
        for (String[] form : new String[][] {{"X-UTF-32LE-BOM", "UTF-32 (little-endian, with a byte-order mark)"},
                {"X-UTF-32BE-BOM", "UTF-32 (big-endian, with a byte-order mark)"}, {"UTF-32LE", "UTF-32 (little-endian)"},
                {"UTF-32BE", "UTF-32 (big-endian)"}}) {
            assertEquals(form[1], WideUnicodeText.describe(UKRAINIAN.getBytes(java.nio.charset.Charset.forName(form[0]))), form[0]);
        }
        assertEquals("file is saved as UTF-32 (little-endian), not UTF-8: save it again as UTF-8 (the editor's Save As or "
                + "encoding menu: 'UTF-8', not 'Unicode' or 'UTF-32'), or run iconv -f UTF-32LE -t UTF-8 content/a.md > content/a.md.new "
                + "&& mv content/a.md.new content/a.md", WideUnicodeText.message("UTF-32 (little-endian)", "content/a.md"));
        assertEquals("UTF-16 (little-endian)", WideUnicodeText.describe("abcd".getBytes(StandardCharsets.UTF_16LE)));
    }

    /** A name the shell would split is quoted, so the command can be pasted as it is. */
    @Test
    void theCommandQuotesANameWithASpace() {
        assertEquals("file is saved as UTF-16 (big-endian), not UTF-8: save it again as UTF-8 (the editor's Save As or "
                + "encoding menu: 'UTF-8', not 'Unicode' or 'UTF-16'), or run iconv -f UTF-16BE -t UTF-8 'content/my notes.md' "
                + "> 'content/my notes.md'.new && mv 'content/my notes.md'.new 'content/my notes.md'",
                WideUnicodeText.message("UTF-16 (big-endian)", "content/my notes.md"));
    }

    @Test
    void utf8WithAStrayNulIsNotUtf16() {
        assertNull(WideUnicodeText.describe("ab\0c".getBytes(StandardCharsets.UTF_8)));
        assertNull(WideUnicodeText.describe("title: A\0\n".getBytes(StandardCharsets.UTF_8)));
        assertNull(WideUnicodeText.describe(UKRAINIAN.getBytes(StandardCharsets.UTF_8)));
        assertNull(WideUnicodeText.describe(new byte[0]));
    }

    @Test
    void theMessageSaysHowToSaveItAsUtf8() {
        assertEquals("file is saved as UTF-16 (little-endian), not UTF-8: save it again as UTF-8 (the editor's Save As or "
                + "encoding menu: 'UTF-8', not 'Unicode' or 'UTF-16'), or run iconv -f UTF-16LE -t UTF-8 content/about.md > content/about.md.new "
                + "&& mv content/about.md.new content/about.md", WideUnicodeText.message("UTF-16 (little-endian)", "content/about.md"));
    }
}
