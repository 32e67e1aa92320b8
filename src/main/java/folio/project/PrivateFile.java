package folio.project;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collections;
import java.util.Set;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

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

    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

    private PrivateFile() {}

    /**
     * What {@link #write} wrote to {@code file}, without its checksum: a buffer over the file's
     * bytes that ends before the checksum (not a copy: the parses of 100,000 pages are 130 MB);
     * null when the file is missing, not private or damaged.
     */
    public static ByteBuffer read(Path file) {
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || !ownedAlone(file)) {
                return null;
            }
            byte[] bytes = Files.readAllBytes(file);
            int body = bytes.length - Long.BYTES;
            if (body < 0 || checksum(bytes, body) != ByteBuffer.wrap(bytes).getLong(body)) {
                return null;
            }
            return ByteBuffer.wrap(bytes, 0, body);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** What a kept file holds, written as it is made rather than gathered into one array first. */
    public interface Body {
        void writeTo(DataOutputStream out) throws IOException;
    }

    /**
     * Writes what {@code body} writes, then its checksum, to {@code file}, readable by its owner
     * alone, through a new file renamed over it (one name: the build holds the output's lock, and a
     * killed build's leftover is replaced by the next). When anything fails, {@code file} is left
     * as it was and the failure is thrown.
     */
    public static void write(Path file, Body body) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.deleteIfExists(temp);
            try (OutputStream raw = Channels.newOutputStream(Files.newByteChannel(temp,
                    Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), OWNER_ONLY))) {
                CheckedOutputStream checked = new CheckedOutputStream(raw, new CRC32C());
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(checked, 1 << 16));
                body.writeTo(out);
                out.flush();
                raw.write(ByteBuffer.allocate(Long.BYTES).putLong(checked.getChecksum().getValue()).array());
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            delete(temp);
            throw e;
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
