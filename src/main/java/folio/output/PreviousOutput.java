package folio.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The site the last build left, when its {@link OutputCache} shows the folder is exactly what
 * that build wrote: which of the new build's files are already there with the same bytes, and
 * which of the old files the new build no longer makes. A file whose size differs from the
 * cached one has changed; one of the same size is compared byte for byte with the file on
 * disk, so the answer is exact and a build without a previous site computes nothing for it.
 */
final class PreviousOutput {
    private final Path output;
    private final Map<String, Long> files;

    /** When the last build wrote its manifest, after every other file; null when unknown. */
    private final FileTime manifestWritten;

    PreviousOutput(Path output, OutputCache cache) {
        this.output = output;
        this.files = cache.files();
        FileTime written;
        try {
            written = Files.getLastModifiedTime(output.resolve(SiteManifest.NAME));
        } catch (IOException e) {
            written = null;
        }
        this.manifestWritten = written;
    }

    /**
     * Whether the file at {@code path} is no newer than the manifest the last build wrote after
     * every file: one edited by hand since is newer, and is made again. (A file system keeps
     * times to a clock tick, so an edit within the tick the build ended in is not seen.)
     */
    boolean notNewerThanManifest(String path) {
        try {
            return manifestWritten != null && Files.getLastModifiedTime(output.resolve(path)).compareTo(manifestWritten) <= 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** How many files the previous site has. */
    int size() {
        return files.size();
    }

    /** Whether the previous site has a file at {@code path}. */
    boolean has(String path) {
        return files.containsKey(path);
    }

    /** The size of the previous site's file at {@code path}, or -1 when it has none. */
    long size(String path) {
        Long size = files.get(path);
        return size == null ? -1 : size;
    }

    /** Whether the previous site holds exactly {@code bytes} at {@code path}. */
    boolean unchanged(String path, byte[] bytes) {
        Long size = files.get(path);
        if (size == null || size != bytes.length) {
            return false;
        }
        try {
            return Arrays.equals(Files.readAllBytes(output.resolve(path)), bytes);
        } catch (IOException e) {
            return false; // written again, which is always right
        }
    }

    /** Whether the previous site holds a copy of {@code source} at {@code path}. */
    boolean unchanged(String path, Path source) {
        Long size = files.get(path);
        try {
            return size != null && size == Files.size(source) && Files.mismatch(source, output.resolve(path)) == -1;
        } catch (IOException e) {
            return false;
        }
    }

    /** The previous site's files that are not among the new site's ({@code kept}), the manifest aside. */
    List<String> removed(Map<String, Long> kept) {
        return files.keySet().stream().filter(path -> !kept.containsKey(path) && !path.equals(SiteManifest.NAME))
                .sorted().toList();
    }

    /** Every file of the previous site. */
    Iterable<String> paths() {
        return files.keySet();
    }
}
