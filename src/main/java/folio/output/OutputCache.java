package folio.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * What the last build wrote, kept beside the build's lock ({@code folio-HASH.cache} in the
 * system's temp folder, never in the site, which is published as it is): that build's key
 * (generator, options, site.yaml, templates) and each output file's size. A build with the
 * same key, whose output folder still holds exactly those files at those sizes, writes only
 * the files whose bytes changed ({@link PreviousOutput} compares them with the files on disk).
 * The cache never decides what a page contains: every file is still made and compared.
 */
record OutputCache(String key, Map<String, Long> files) {
    private static final String HEADER = "folio output cache 2";

    /**
     * The cache in {@code file} for the site in {@code output}, or null when there is none, it
     * cannot be read as one, or another user than the site's owner wrote it (the cache lives in
     * the shared temp folder, beside the build's lock).
     */
    static OutputCache read(Path file, Path output) {
        try {
            if (!Files.isDirectory(output) || !Files.getOwner(file).equals(Files.getOwner(output))) {
                return null;
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(1).startsWith("key ")) {
                return null;
            }
            Map<String, Long> files = new HashMap<>(lines.size() * 2);
            for (String line : lines.subList(2, lines.size())) {
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    return null;
                }
                files.put(line.substring(0, tab), Long.parseLong(line.substring(tab + 1)));
            }
            return new OutputCache(lines.get(1).substring(4), files);
        } catch (IOException | RuntimeException e) {
            // A cache that cannot be read costs a full build, never a wrong one.
            return null;
        }
    }

    /**
     * Why the previous output cannot be reused, or null when it can: the cache must exist, have
     * the same key, and describe the folder as it is ({@code shown}: the folder as users see it).
     */
    static String whyNotReused(String key, boolean reuse, OutputCache cache, Supplier<SiteFolder> folder, String shown) {
        return key == null ? "no cache kept" : !reuse ? "asked for" : cache == null ? "no cache of an earlier build"
                : !cache.key().equals(key) ? "folio, its options, site.yaml or templates changed"
                : !cache.describes(folder.get()) ? shown + " changed since the last build" : null;
    }

    /**
     * Writes the cache of a site whose files have these sizes; one that cannot be written is
     * removed, which only makes the next build a full one.
     */
    static void save(Path file, String key, Map<String, Long> files) {
        try {
            new OutputCache(key, files).write(file);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException again) {
                // Its entries will not match the site: the next build is a full one.
            }
        }
    }

    /** Writes the cache to a temporary name beside {@code file}, then renames it in place. */
    void write(Path file) throws IOException {
        StringBuilder text = new StringBuilder(64 + files.size() * 48).append(HEADER).append('\n')
                .append("key ").append(key).append('\n');
        for (Map.Entry<String, Long> entry : new TreeMap<>(files).entrySet()) {
            String path = entry.getKey();
            if (path.indexOf('\t') >= 0 || path.indexOf('\n') >= 0 || path.indexOf('\r') >= 0) {
                Files.deleteIfExists(file); // a path the format cannot hold: no cache, so the next build is a full one
                return;
            }
            text.append(path).append('\t').append(entry.getValue()).append('\n');
        }
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(temp, text.toString().getBytes(StandardCharsets.UTF_8));
        OutputFolders.move(temp, file);
    }

    /**
     * Whether the folder (null: unreadable) holds exactly the files this cache lists, each at the
     * size recorded: a file added, removed or resized by hand since means no. (An edit by hand
     * that keeps a file's size is found when the file is compared with the new one, and replaced.)
     */
    boolean describes(SiteFolder folder) {
        return folder != null && folder.odd().isEmpty() && folder.files().equals(files);
    }
}
