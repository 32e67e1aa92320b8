package folio.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;

/** The checksum keys and lock names are made of: both CRCs, texts kept apart, a fixed hex form. */
class ChecksumTest {
    @Test
    void isCrc32cInTheHighHalfAndCrc32InTheLow() {
        byte[] bytes = "point 21\n".getBytes(StandardCharsets.UTF_8);
        CRC32C castagnoli = new CRC32C();
        castagnoli.update(bytes);
        CRC32 zlib = new CRC32();
        zlib.update(bytes);
        assertEquals(castagnoli.getValue() << 32 | zlib.getValue(), new Checksum().update(bytes).value());
    }

    @Test
    void textsAreKeptApartSoTheirBoundariesCount() {
        String ab = new Checksum().update("ab").update("c").hex();
        String a = new Checksum().update("a").update("bc").hex();
        assertNotEquals(ab, a);
        assertNotEquals(new Checksum().update("abc").hex(), ab);
        assertEquals(ab, new Checksum().update("ab").update("c").hex());
    }

    @Test
    void hexIsSixteenLowerCaseDigitsEvenWithLeadingZeros() {
        for (String text : new String[] {"", "a", "/tmp/site", "київ"}) {
            String hex = Checksum.hexOf(text);
            assertTrue(hex.matches("[0-9a-f]{16}"), hex);
            assertEquals(String.format("%016x", new Checksum().update(text).value()), hex);
        }
    }
}
