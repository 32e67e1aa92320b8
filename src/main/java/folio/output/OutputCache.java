package folio.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * What the last build wrote, kept beside the build's lock ({@code folio-HASH.cache} in the
 * system's temp folder, never in the site, which is published as it is): that build's key
 * (generator, options, site.yaml, templates) and
 * each output file's size, modification time and SHA-256. A build with the same key, whose
 * output folder is still exactly what the cache describes, writes only the files whose bytes
 * changed. The cache never decides what a page contains: every file is still made and compared.
 */
public record OutputCache(String key, Map<String, Entry> files) {
    private static final String HEADER = "folio output cache 1";

    /** One output file as the last build left it. */
    public record Entry(long size, long modified, String sha256) {}

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
            Map<String, Entry> files = new HashMap<>(lines.size() * 2);
            for (String line : lines.subList(2, lines.size())) {
                String[] fields = line.split("\t", -1);
                if (fields.length != 4 || fields[3].length() != 64) {
                    return null;
                }
                files.put(fields[0], new Entry(Long.parseLong(fields[1]), Long.parseLong(fields[2]), fields[3]));
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
    static String whyNotReused(String key, boolean reuse, OutputCache cache, Path output, String shown) {
        return key == null ? "no cache kept" : !reuse ? "asked for" : cache == null ? "no cache of an earlier build"
                : !cache.key().equals(key) ? "folio, its options, site.yaml or templates changed"
                : !cache.describes(output) ? shown + " changed since the last build" : null;
    }

    /** What a cache will hold, read from the new site. */
    interface Entries {
        Map<String, Entry> get() throws IOException;
    }

    /** Writes the cache; one that cannot be written is removed, which only makes the next build a full one. */
    static void save(Path file, String key, Entries entries) {
        try {
            new OutputCache(key, entries.get()).write(file);
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
        StringBuilder text = new StringBuilder(64 + files.size() * 120).append(HEADER).append('\n')
                .append("key ").append(key).append('\n');
        for (Map.Entry<String, Entry> entry : new TreeMap<>(files).entrySet()) {
            String path = entry.getKey();
            if (path.indexOf('\t') >= 0 || path.indexOf('\n') >= 0 || path.indexOf('\r') >= 0) {
                Files.deleteIfExists(file); // a path the format cannot hold: no cache, so the next build is a full one
                return;
            }
            Entry e = entry.getValue();
            text.append(path).append('\t').append(e.size()).append('\t').append(e.modified()).append('\t')
                    .append(e.sha256()).append('\n');
        }
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(temp, text.toString().getBytes(StandardCharsets.UTF_8));
        OutputFolders.move(temp, file);
    }

    /**
     * Whether {@code output} holds exactly the files this cache lists, each with the size and
     * modification time recorded: a file edited, added or removed by hand since means no.
     */
    boolean describes(Path output) {
        int[] seen = {0};
        boolean[] same = {true};
        try {
            Files.walkFileTree(output, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    Entry entry = files.get(relative(output, file));
                    if (entry == null || !attributes.isRegularFile() || entry.size() != attributes.size()
                            || entry.modified() != modified(attributes)) {
                        same[0] = false;
                        return FileVisitResult.TERMINATE;
                    }
                    seen[0]++;
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return false;
        }
        return same[0] && seen[0] == files.size();
    }

    /** The size and modification time of every file in {@code output}, with the hashes given by path. */
    static Map<String, Entry> stat(Path output, Map<String, String> hashes) throws IOException {
        Map<String, Entry> entries = new HashMap<>(hashes.size() * 2);
        Files.walkFileTree(output, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                String path = relative(output, file);
                String hash = hashes.get(path);
                if (hash == null) {
                    throw new IOException("no hash for " + path);
                }
                entries.put(path, new Entry(attributes.size(), modified(attributes), hash));
                return FileVisitResult.CONTINUE;
            }
        });
        return entries;
    }

    /** The entry for one file now in {@code output}. */
    static Entry stat(Path output, String path, String hash) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(output.resolve(path), BasicFileAttributes.class);
        return new Entry(attributes.size(), modified(attributes), hash);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static long modified(BasicFileAttributes attributes) {
        return attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }
}
