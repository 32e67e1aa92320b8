package folio.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.diag.Diagnostics;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The loader's plain-ASCII shortcut gives the same text, and the same diagnostics, as decoding,
 * normalising and checking every file would.
 */
class SourceLoaderTextTest {
    private static String read(byte[] bytes, boolean shortcut, Diagnostics diagnostics) {
        return shortcut ? SourceLoader.text(bytes, "content/a.md", diagnostics)
                : SourceLoader.checkedText(bytes, "content/a.md", diagnostics);
    }

    private static void assertSame(byte[] bytes) {
        Diagnostics fast = new Diagnostics();
        Diagnostics full = new Diagnostics();
        String label = java.util.Arrays.toString(bytes);
        assertEquals(read(bytes, false, full), read(bytes, true, fast), label);
        assertEquals(full.sorted().toString(), fast.sorted().toString(), label);
    }

    @Test
    void everyByteValueInsideAsciiTextGivesWhatTheFullCheckGives() {
        for (int value = 0; value < 256; value++) {
            byte[] bytes = "ab\ncd".getBytes(StandardCharsets.US_ASCII);
            bytes[2] = (byte) value;
            assertSame(bytes);
            assertSame(new byte[] {(byte) value});
        }
    }

    @Test
    void onlyPrintableAsciiTabsAndLineFeedsTakeTheShortcut() {
        assertTrue(SourceLoader.plainAscii("---\ntitle: A\n---\n\tText ~ {x} |y|\n".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(SourceLoader.plainAscii(new byte[0]));
        for (byte b : new byte[] {'\r', 0x00, 0x1B, 0x7F, (byte) 0xEF, (byte) 0x80, (byte) 0xFF}) {
            assertFalse(SourceLoader.plainAscii(new byte[] {'a', b, 'b'}), "byte " + b);
        }
    }

    @Test
    void mixedTextsWithLineEndingsMarksControlsAndBrokenUtf8AgreeWithTheFullCheck() {
        String[] pieces = {"a", "Z", " ", "\n", "\t", "\r", "\r\n", "\u001B", "\u007F", "\u0085", "é", "Київ", "\uFEFF",
                "\uD83D\uDE00", "\uFFFE", "---\n", "[[x]]"};
        byte[][] raw = {{(byte) 0xC3}, {(byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}};
        Random random = new Random(17);
        for (int n = 0; n < 5_000; n++) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            int parts = random.nextInt(12);
            for (int i = 0; i < parts; i++) {
                byte[] part = random.nextInt(8) == 0 ? raw[random.nextInt(raw.length)]
                        : pieces[random.nextInt(pieces.length)].getBytes(StandardCharsets.UTF_8);
                out.writeBytes(part);
            }
            assertSame(out.toByteArray());
        }
    }
}
