package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
            String output = buildWithSmallHeap();
            assertTrue(output.startsWith("exit 0\n"), claim + ": " + output);
        }
    }

    private String buildWithSmallHeap() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path log = Files.createTempFile("folio-build", ".log");
        Process process = new ProcessBuilder(java, "-Xmx160m", "-cp", classpath, "folio.Main", "build", "--quiet")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // A guard against a hang (the old code waited for ever on a reader killed by an OutOfMemoryError).
        boolean ended = process.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly().waitFor();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        assertTrue(ended, "the build hung: " + output);
        return "exit " + process.exitValue() + "\n" + output;
    }
}
