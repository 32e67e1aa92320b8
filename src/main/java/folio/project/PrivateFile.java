package folio.project;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Collections;
import java.util.Set;
import java.util.zip.CRC32C;

/**
 * A file a build keeps beside its output for the next build (the Markdown parses, the pages'
 * records): written by its owner alone, ending in a checksum of all before it, and read back only
 * when the user running the build owns it, no one else can write it (an output folder may sit in a
 * shared folder such as /tmp, where a planted file would put its text into the site) and the
 * checksum holds. Failing to write one, or finding it unusable, only costs the next build time.
 */
public final class PrivateFile {
    private static final Set<PosixFilePermission> OTHERS_WRITE = Set.of(PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.OTHERS_WRITE);

    private PrivateFile() {}

    /** What {@link #write} wrote to {@code file}, without its checksum; null when the file is missing, not private or damaged. */
    public static byte[] read(Path file) {
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || !ownedAlone(file)) {
                return null;
            }
            byte[] bytes = Files.readAllBytes(file);
            int body = bytes.length - Long.BYTES;
            if (body < 0 || checksum(bytes, body) != ByteBuffer.wrap(bytes).getLong(body)) {
                return null;
            }
            return Arrays.copyOf(bytes, body);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Writes {@code body} and its checksum to {@code file}, readable by its owner alone, through a
     * new file renamed over it (one name: the build holds the output's lock, and a killed build's
     * leftover is replaced by the next).
     */
    public static void write(Path file, byte[] body) {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            byte[] whole = ByteBuffer.allocate(body.length + Long.BYTES).put(body).putLong(checksum(body, body.length)).array();
            Files.deleteIfExists(temp);
            Files.write(temp, whole, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            delete(temp);
        }
    }

    /** Removes {@code file} if it is there; one that cannot be removed is left (see the callers for why that is safe). */
    public static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Left where it is.
        }
    }

    private static long checksum(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return crc.getValue();
    }

    private static boolean ownedAlone(Path file) throws IOException {
        return Files.getOwner(file, LinkOption.NOFOLLOW_LINKS).getName().equals(System.getProperty("user.name"))
                && Collections.disjoint(Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS), OTHERS_WRITE);
    }
}
