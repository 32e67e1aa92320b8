package folio.content;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * What a kept parse is found by: two checksums of a text's UTF-8 bytes with different polynomials
 * (CRC32C in the high half, CRC32 in the low; both computed by the processor's own instructions:
 * SHA-256 cost a tenth of a build into a folder of 10,000 unchanged pages), its Java hash and its
 * length. A text that changed keeps all four only by a chance of about one in 2^96.
 */
record TextKey(long checksums, long hash, int length) {
    /** An entry's key in a cache file: two longs and an int. */
    static final int BYTES = 2 * Long.BYTES + Integer.BYTES;

    static TextKey of(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        CRC32C castagnoli = new CRC32C();
        castagnoli.update(bytes);
        CRC32 zlib = new CRC32();
        zlib.update(bytes);
        return new TextKey(castagnoli.getValue() << 32 | zlib.getValue(), text.hashCode(), text.length());
    }
}
