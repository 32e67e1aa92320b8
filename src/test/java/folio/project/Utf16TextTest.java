package folio.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** UTF-16 is recognised with and without a byte-order mark, in English and Ukrainian; UTF-8 with a stray NUL is not. */
class Utf16TextTest {
    private static final String UKRAINIAN = "---\ntitle: Про сайт\n---\nНейтральний путівник із джерелами.\n";

    @Test
    void eachFormOfUtf16IsNamed() {
        assertEquals("UTF-16 (little-endian, with a byte-order mark)",
                Utf16Text.describe("---\ntitle: A\n".getBytes(java.nio.charset.Charset.forName("x-UTF-16LE-BOM"))));
        assertEquals("UTF-16 (big-endian, with a byte-order mark)", Utf16Text.describe(UKRAINIAN.getBytes(StandardCharsets.UTF_16)));
        assertEquals("UTF-16 (little-endian)", Utf16Text.describe(UKRAINIAN.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals("UTF-16 (big-endian)", Utf16Text.describe(UKRAINIAN.getBytes(StandardCharsets.UTF_16BE)));
    }

    @Test
    void utf8WithAStrayNulIsNotUtf16() {
        assertNull(Utf16Text.describe("ab\0c".getBytes(StandardCharsets.UTF_8)));
        assertNull(Utf16Text.describe("title: A\0\n".getBytes(StandardCharsets.UTF_8)));
        assertNull(Utf16Text.describe(UKRAINIAN.getBytes(StandardCharsets.UTF_8)));
        assertNull(Utf16Text.describe(new byte[0]));
    }

    @Test
    void theMessageSaysHowToSaveItAsUtf8() {
        assertEquals("file is saved as UTF-16 (little-endian), not UTF-8: save it again as UTF-8 (the editor's Save As or "
                + "encoding menu: 'UTF-8', not 'Unicode' or 'UTF-16'), or run iconv -f UTF-16LE -t UTF-8 about.md > about.md.new "
                + "&& mv about.md.new about.md", Utf16Text.message("UTF-16 (little-endian)", "content/about.md"));
    }
}
