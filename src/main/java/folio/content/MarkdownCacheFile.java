package folio.content;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The {@link MarkdownCache} on disk: a header naming the generator that wrote it (a cache from
 * other code is never read), then each text's key and packed parse, then a checksum of all
 * before it (a damaged file is never expanded into pages). It is read only when the
 * user running the build owns it and no one else can write it (an output folder may sit in a
 * shared folder such as /tmp): a planted file would otherwise put its text into the site.
 * Anything unexpected makes an empty cache (a build that parses everything), never a failed or
 * a wrong build.
 */
public final class MarkdownCacheFile {
    private static final String FORMAT = "folio markdown cache 1";
    private static final Set<PosixFilePermission> OTHERS_WRITE = Set.of(PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.OTHERS_WRITE);

    /** An entry's key (two longs, an int) and the length of its packed parse (an int). */
    private static final int ENTRY_HEAD_BYTES = 2 * Long.BYTES + 2 * Integer.BYTES;

    private MarkdownCacheFile() {}

    /** The cache in {@code file} if {@code generator} (folio's code and the Java version) wrote it, else an empty one. */
    public static MarkdownCache read(Path file, String generator) {
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || !ownedAlone(file)) {
                return MarkdownCache.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length < Long.BYTES || checksum(bytes, bytes.length - Long.BYTES)
                    != ByteBuffer.wrap(bytes).getLong(bytes.length - Long.BYTES)) {
                return MarkdownCache.empty();
            }
            ByteBuffer in = ByteBuffer.wrap(bytes, 0, bytes.length - Long.BYTES);
            if (!FORMAT.equals(string(in)) || !generator.equals(string(in))) {
                return MarkdownCache.empty();
            }
            int count = in.getInt();
            // What a count or length claims is made only once the file is seen to hold it: a
            // claim of gigabytes would be an OutOfMemoryError, past every fall-back here.
            if (count < 0 || count > in.remaining() / ENTRY_HEAD_BYTES) {
                return MarkdownCache.empty();
            }
            Map<MarkdownCache.Key, byte[]> entries = new HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                MarkdownCache.Key key = new MarkdownCache.Key(in.getLong(), in.getLong(), in.getInt());
                int length = in.getInt();
                if (length < 0 || length > in.remaining()) {
                    return MarkdownCache.empty();
                }
                entries.put(key, Arrays.copyOfRange(bytes, in.position(), in.position() + length));
                in.position(in.position() + length);
            }
            return new MarkdownCache(entries);
        } catch (IOException | RuntimeException e) {
            return MarkdownCache.empty();
        }
    }

    /**
     * Writes what {@code cache} used to {@code file}, readable by its owner alone, through a new
     * file renamed over it (one name: the build holds the output's lock, and a killed build's
     * leftover is replaced by the next).
     */
    public static void write(MarkdownCache cache, Path file, String generator) {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Map<MarkdownCache.Key, byte[]> used = Map.copyOf(cache.used());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
            DataOutputStream out = new DataOutputStream(bytes);
            string(out, FORMAT);
            string(out, generator);
            out.writeInt(used.size());
            for (Map.Entry<MarkdownCache.Key, byte[]> entry : used.entrySet()) {
                out.writeLong(entry.getKey().checksums());
                out.writeLong(entry.getKey().hash());
                out.writeInt(entry.getKey().length());
                out.writeInt(entry.getValue().length);
                out.write(entry.getValue());
            }
            byte[] body = bytes.toByteArray();
            byte[] whole = ByteBuffer.allocate(body.length + Long.BYTES).put(body).putLong(checksum(body, body.length)).array();
            Files.deleteIfExists(temp);
            Files.write(temp, whole, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException again) {
                // Left in the temp folder; the next build parses everything, as without a cache.
            }
        }
    }

    private static long checksum(byte[] bytes, int length) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes, 0, length);
        return crc.getValue();
    }

    private static boolean ownedAlone(Path file) throws IOException {
        return Files.getOwner(file, LinkOption.NOFOLLOW_LINKS).getName().equals(System.getProperty("user.name"))
                && Collections.disjoint(Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS), OTHERS_WRITE);
    }

    private static void string(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String string(ByteBuffer in) {
        int length = in.getInt();
        String text = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return text;
    }
}
