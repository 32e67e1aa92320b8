package folio.render;

import folio.project.PrivateFile;
import folio.site.ModelDigest;
import folio.site.SlotSet;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link RenderMemory} on disk, beside the site ({@code .site.pages}): which texts each page's
 * render read and what the fragment check read of it, per language, with the model's digest; the
 * pages themselves stay in the site folder. Written by the folio that reads it (the generator is
 * named in it) as a {@link PrivateFile}; anything unexpected reads as no memory, which renders
 * every page.
 */
public final class RenderMemoryFile {
    private static final String FORMAT = "folio pages 1";

    private RenderMemoryFile() {}

    /** What {@code file} remembers if {@code generator} (folio's code and the Java version) wrote it; else nothing. */
    public static RenderMemory read(Path file, String generator) {
        ByteBuffer bytes = PrivateFile.read(file);
        if (bytes == null) {
            return new RenderMemory();
        }
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.array(), 0, bytes.limit()));
            if (!FORMAT.equals(in.readUTF()) || !generator.equals(in.readUTF())) {
                return new RenderMemory();
            }
            // No count may claim more entries than the file has bytes (a damaged count would be an OutOfMemoryError).
            int most = bytes.limit();
            Map<String, RenderMemory.Edition> editions = new HashMap<>();
            for (int edition = count(in, most); edition > 0; edition--) {
                String prefix = in.readUTF();
                String environment = text(in, most);
                ModelDigest model = ModelDigest.read(in, most / Long.BYTES);
                Map<String, RenderMemory.Written> pages = new HashMap<>();
                for (int page = count(in, most); page > 0; page--) {
                    String output = in.readUTF();
                    String template = in.readUTF();
                    SlotSet reads = new SlotSet();
                    for (int slot = count(in, most); slot > 0; slot--) {
                        reads.add(count(in, model.slotCount() - 1));
                    }
                    Set<String> ids = new HashSet<>();
                    for (int id = count(in, most); id > 0; id--) {
                        ids.add(in.readUTF());
                    }
                    List<FragmentChecker.Link> links = new ArrayList<>();
                    for (int link = count(in, most); link > 0; link--) {
                        links.add(new FragmentChecker.Link(in.readUTF(), in.readUTF(), in.readUTF()));
                    }
                    pages.put(output, new RenderMemory.Written(null, reads,
                            new FragmentChecker.Rendered(null, template, Set.copyOf(ids), List.copyOf(links))));
                }
                Map<Integer, String> starts = new HashMap<>();
                for (int start = count(in, most); start > 0; start--) {
                    starts.put(count(in, model.slotCount() - 1), in.readUTF());
                }
                editions.put(prefix, new RenderMemory.Edition(environment, model, Map.copyOf(pages), Map.copyOf(starts)));
            }
            return RenderMemory.of(editions);
        } catch (IOException | RuntimeException e) {
            return new RenderMemory();
        }
    }

    /** Writes what the last successful build of {@code memory} left to {@code file}; on any failure, removes the file. */
    public static void write(RenderMemory memory, Path file, String generator) {
        try {
            PrivateFile.write(file, out -> write(memory, generator, out));
        } catch (IOException | RuntimeException e) {
            // A text too long for the format, an uncertain digest: no memory, so the next build renders every page.
            PrivateFile.delete(file);
        }
    }

    /** The file's body: its format and generator, then each edition's environment, model digest, pages and plain starts. */
    private static void write(RenderMemory memory, String generator, DataOutputStream out) throws IOException {
        out.writeUTF(FORMAT);
        out.writeUTF(generator);
        Map<String, RenderMemory.Edition> editions = memory.editions();
        out.writeInt(editions.size());
        for (Map.Entry<String, RenderMemory.Edition> edition : editions.entrySet()) {
            out.writeUTF(edition.getKey());
            text(out, edition.getValue().environment());
            edition.getValue().model().write(out);
            out.writeInt(edition.getValue().pages().size());
            for (Map.Entry<String, RenderMemory.Written> page : edition.getValue().pages().entrySet()) {
                FragmentChecker.Rendered fragments = page.getValue().fragments();
                out.writeUTF(page.getKey());
                out.writeUTF(fragments.template());
                SlotSet reads = page.getValue().reads();
                out.writeInt(reads.size());
                for (int index = 0; index < reads.size(); index++) {
                    out.writeInt(reads.get(index));
                }
                out.writeInt(fragments.ids().size());
                for (String id : fragments.ids()) {
                    out.writeUTF(id);
                }
                out.writeInt(fragments.links().size());
                for (FragmentChecker.Link link : fragments.links()) {
                    out.writeUTF(link.href());
                    out.writeUTF(link.target());
                    out.writeUTF(link.anchor());
                }
            }
            out.writeInt(edition.getValue().starts().size());
            for (Map.Entry<Integer, String> start : edition.getValue().starts().entrySet()) {
                out.writeInt(start.getKey());
                out.writeUTF(start.getValue());
            }
        }
    }

    /** A count or index from 0 to {@code most}; anything else is a damaged file. */
    private static int count(DataInputStream in, int most) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > most) {
            throw new IOException("damaged: " + count);
        }
        return count;
    }

    private static String text(DataInputStream in, int most) throws IOException {
        byte[] bytes = new byte[count(in, most)];
        in.readFully(bytes);
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void text(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }
}
