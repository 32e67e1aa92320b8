package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A .site.parses whose checksum holds but whose counts claim more than the file has (damage the
 * checksum misses, or a file made so) is read as no cache: the build parses every text. Run in a
 * JVM with a small heap, as the user runs folio, where making what it claims would fail.
 */
class DamagedParseCacheSiteTest {
    @TempDir
    Path dir;

    @Test
    void aCacheClaimingMoreEntriesOrBytesThanItHoldsIsNotRead() throws Exception {
        TestSite site = TestSite.minimal(dir).file("content/index.md", "---\ntitle: Home\n---\nA *home* page.\n");
        assertEquals(0, site.build().exitCode());
        assertEquals(0, site.build().exitCode());
        Path file = dir.resolve(".site.parses");
        byte[] kept = Files.readAllBytes(file);
        for (String claim : new String[] {"entries", "bytes"}) {
            byte[] bytes = kept.clone();
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            int formatLength = buffer.getInt(0);
            int generatorAt = Integer.BYTES + formatLength;
            int countAt = generatorAt + Integer.BYTES + buffer.getInt(generatorAt);
            int lengthAt = countAt + Integer.BYTES + 2 * Long.BYTES + Integer.BYTES;
            if (claim.equals("entries")) {
                buffer.putInt(countAt, 1 << 28);
            } else {
                buffer.putInt(lengthAt, 1 << 30);
            }
            CRC32C checksum = new CRC32C();
            checksum.update(bytes, 0, bytes.length - Long.BYTES);
            buffer.putLong(bytes.length - Long.BYTES, checksum.getValue());
            Files.write(file, bytes);
            // A guard against a hang (the old code waited for ever on a reader killed by an OutOfMemoryError).
            String output = site.runInOwnJvm(List.of("-Xmx160m"), 1, "build", "--quiet").shown();
            assertTrue(output.startsWith("exit 0\n"), claim + ": " + output);
        }
    }
}
