package folio.project;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * A 64-bit checksum of bytes, for names and keys that only need to tell this build's inputs from
 * the last one's: CRC32C in the high half and CRC32 in the low, two polynomials the processor
 * computes with its own instructions. SHA-256, used before, cost every build 30-40 ms before its
 * first page (setting up Java's security providers, then hashing the templates in code not yet
 * compiled); nothing here guards against someone choosing inputs to collide, which no key needs.
 */
public final class Checksum {
    private final CRC32C castagnoli = new CRC32C();
    private final CRC32 zlib = new CRC32();

    public Checksum update(byte[] bytes) {
        castagnoli.update(bytes);
        zlib.update(bytes);
        return this;
    }

    /** The text's UTF-8 bytes, then a zero byte, so that "ab", "c" and "a", "bc" differ. */
    public Checksum update(String text) {
        update(text.getBytes(StandardCharsets.UTF_8));
        castagnoli.update(0);
        zlib.update(0);
        return this;
    }

    public long value() {
        return castagnoli.getValue() << 32 | zlib.getValue();
    }

    /** {@link #value()} as 16 lower-case hexadecimal digits. */
    public String hex() {
        return HexFormat.of().toHexDigits(value());
    }

    public static String hexOf(String text) {
        return new Checksum().update(text).hex();
    }
}
