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
 * The cache never decides what a page contains: every file is still made and compared. It also
 * keeps each folder's time ({@link FolderStamps}), by which the next build's output guard can
 * know the folder unchanged without walking it ({@code folders}: empty when unknown).
 */
record OutputCache(String key, Map<String, Long> files, Map<String, Long> folders) {
    private static final String HEADER = "folio output cache 3";

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
            Map<String, Long> folders = new HashMap<>();
            for (String line : lines.subList(2, lines.size())) {
                // A file's line is "path TAB size"; a folder's starts with a tab, which no path holds.
                boolean folder = line.startsWith("\t");
                int tab = line.indexOf('\t', folder ? 1 : 0);
                if (tab < 0) {
                    return null;
                }
                (folder ? folders : files).put(line.substring(folder ? 1 : 0, tab), Long.parseLong(line.substring(tab + 1)));
            }
            return new OutputCache(lines.get(1).substring(4), files, folders);
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
     * The cache of the site in {@code file} for the folder {@code site}, when it proves that the folder
     * holds exactly the files it lists and nothing else (see {@link FolderStamps}); else null.
     */
    static OutputCache provenCurrent(Path file, Path site) {
        OutputCache cache = read(file, site);
        return cache != null && FolderStamps.unchanged(site, cache.files(), cache.folders()) ? cache : null;
    }

    /**
     * Writes the cache of a site whose files have these sizes, with the folders' times that prove it
     * holds nothing else ({@code folders}: empty when none do); one that cannot be written is removed,
     * which only makes the next build a full one.
     */
    static void save(Path file, String key, Map<String, Long> files, Map<String, Long> folders) {
        try {
            new OutputCache(key, files, folders).write(file);
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
        for (Map.Entry<String, Long> folder : new TreeMap<>(folders).entrySet()) {
            text.append('\t').append(folder.getKey()).append('\t').append(folder.getValue()).append('\n');
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
