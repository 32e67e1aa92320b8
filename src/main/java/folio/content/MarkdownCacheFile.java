package folio.content;

import folio.project.PrivateFile;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

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

    /** An entry's key (two longs, an int) and the length of its packed parse (an int). */
    private static final int ENTRY_HEAD_BYTES = 2 * Long.BYTES + 2 * Integer.BYTES;

    private MarkdownCacheFile() {}

    /** The cache in {@code file} if {@code generator} (folio's code and the Java version) wrote it, else an empty one. */
    public static MarkdownCache read(Path file, String generator) {
        try {
            byte[] bytes = PrivateFile.read(file);
            if (bytes == null) {
                return MarkdownCache.empty();
            }
            ByteBuffer in = ByteBuffer.wrap(bytes);
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
        } catch (RuntimeException e) {
            return MarkdownCache.empty();
        }
    }

    /**
     * Writes what {@code cache} used to {@code file}, readable by its owner alone, through a new
     * file renamed over it (one name: the build holds the output's lock, and a killed build's
     * leftover is replaced by the next).
     */
    public static void write(MarkdownCache cache, Path file, String generator) {
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
            PrivateFile.write(file, bytes.toByteArray());
        } catch (IOException | RuntimeException e) {
            // Not kept: the next build parses everything, as without a cache.
        }
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
