package folio.content;

import folio.project.PrivateFile;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@link KeptParses} on disk: a header naming the generator that wrote it (a cache from
 * other code is never read), then each Markdown text's key and packed parse, then each YAML
 * document's key and encoded tree; {@link PrivateFile} adds the checksum that keeps a damaged
 * file from being expanded into pages. It is read only when the
 * user running the build owns it and no one else can write it (an output folder may sit in a
 * shared folder such as /tmp): a planted file would otherwise put its text into the site.
 * Anything unexpected makes an empty cache (a build that parses everything), never a failed or
 * a wrong build.
 */
public final class ParseCacheFile {
    private static final String FORMAT = "folio parse cache 2";

    /** An entry's key and the length of its parse (an int). */
    private static final int ENTRY_HEAD_BYTES = TextKey.BYTES + Integer.BYTES;

    private ParseCacheFile() {}

    /** The parses in {@code file} if {@code generator} (folio's code and the Java version) wrote it, else none kept yet. */
    public static KeptParses read(Path file, String generator) {
        try {
            ByteBuffer in = PrivateFile.read(file);
            if (in == null) {
                return KeptParses.empty();
            }
            byte[] bytes = in.array();
            if (!FORMAT.equals(string(in)) || !generator.equals(string(in))) {
                return KeptParses.empty();
            }
            Map<TextKey, byte[]> markdown = entries(bytes, in);
            Map<TextKey, byte[]> yaml = markdown == null ? null : entries(bytes, in);
            if (yaml == null || in.hasRemaining()) {
                return KeptParses.empty();
            }
            return new KeptParses(new MarkdownCache(markdown), new YamlCache(yaml));
        } catch (RuntimeException e) {
            return KeptParses.empty();
        }
    }

    /** One section: a count, then each entry's key and parse; null when the file does not hold what it claims. */
    private static Map<TextKey, byte[]> entries(byte[] bytes, ByteBuffer in) {
        int count = in.getInt();
        // What a count or length claims is made only once the file is seen to hold it: a
        // claim of gigabytes would be an OutOfMemoryError, past every fall-back here.
        if (count < 0 || count > in.remaining() / ENTRY_HEAD_BYTES) {
            return null;
        }
        Map<TextKey, byte[]> entries = new HashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            TextKey key = new TextKey(in.getLong(), in.getLong(), in.getInt());
            int length = in.getInt();
            if (length < 0 || length > in.remaining()) {
                return null;
            }
            entries.put(key, Arrays.copyOfRange(bytes, in.position(), in.position() + length));
            in.position(in.position() + length);
        }
        return entries;
    }

    /**
     * Writes to {@code file} the parses {@code kept} used, readable by its owner alone, through a new
     * file renamed over it (one name: the build holds the output's lock, and a killed build's
     * leftover is replaced by the next).
     */
    public static void write(KeptParses kept, Path file, String generator) {
        try {
            PrivateFile.write(file, out -> {
                string(out, FORMAT);
                string(out, generator);
                entries(out, kept.markdown().used());
                entries(out, kept.yaml().used());
            });
        } catch (IOException | RuntimeException e) {
            // Not kept: the next build parses everything, as without a cache.
        }
    }

    private static void entries(DataOutputStream out, Map<TextKey, byte[]> used) throws IOException {
        Map<TextKey, byte[]> entries = Map.copyOf(used);
        out.writeInt(entries.size());
        for (Map.Entry<TextKey, byte[]> entry : entries.entrySet()) {
            out.writeLong(entry.getKey().checksums());
            out.writeLong(entry.getKey().hash());
            out.writeInt(entry.getKey().length());
            out.writeInt(entry.getValue().length);
            out.write(entry.getValue());
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
