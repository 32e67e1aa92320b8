package folio.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A kept file is read back only as its owner wrote it, and a failed write leaves the last one. */
class PrivateFileTest {
    @TempDir
    Path dir;

    private static byte[] body(ByteBuffer read) {
        return Arrays.copyOfRange(read.array(), read.position(), read.limit());
    }

    @Test
    void readsBackWhatWasWrittenWithoutItsChecksumAndOnlyItsOwnerMayReadIt() throws IOException {
        Path file = dir.resolve(".site.parses");
        PrivateFile.write(file, out -> {
            out.writeUTF("format");
            out.write(new byte[100_000]); // more than the write buffer holds
            out.writeInt(42);
        });
        ByteBuffer read = PrivateFile.read(file);
        assertEquals(2 + 6 + 100_000 + 4, read.remaining());
        assertEquals(42, read.getInt(read.limit() - 4));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(read.limit() + Long.BYTES, Files.size(file), "the checksum follows the body");
    }

    @Test
    void aDamagedFileIsNotRead() throws IOException {
        Path file = dir.resolve(".site.pages");
        PrivateFile.write(file, out -> out.writeUTF("some pages"));
        byte[] bytes = Files.readAllBytes(file);
        bytes[3] ^= 1;
        Files.write(file, bytes);
        assertNull(PrivateFile.read(file));
    }

    @Test
    void aWriteThatFailsLeavesTheLastFileAndNoTemporaryOne() throws IOException {
        Path file = dir.resolve(".site.parses");
        PrivateFile.write(file, out -> out.writeUTF("last good"));
        byte[] before = body(PrivateFile.read(file));
        assertThrows(IOException.class, () -> PrivateFile.write(file, out -> {
            out.writeUTF("half");
            out.writeUTF("x".repeat(70_000)); // too long for the format: writeUTF throws
        }));
        assertArrayEquals(before, body(PrivateFile.read(file)));
        assertFalse(Files.exists(dir.resolve(".site.parses.tmp")));
    }
}
