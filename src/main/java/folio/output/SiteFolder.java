package folio.output;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * What an output folder holds, from one walk: every regular file with its size, and what a
 * build never leaves there (links, special files, empty folders). The guard reads it to prove
 * the folder is folio's ({@link SiteManifest#foreignFiles}), and the build reads the same walk
 * to decide whether the previous site can be reused ({@link OutputCache}): at 10,000 pages a
 * walk costs about a third of a second, so the two share one rather than each making its own.
 *
 * @param folder  the folder walked
 * @param files   its regular files by path relative to it ('/' separated), with their sizes
 * @param odd     what is neither a regular file nor a folder with something in it (empty folders end in '/')
 * @param stamp   the manifest file as it was when walked, or null without one
 * @param folders each folder's time ({@link FolderStamps}), read before the folder was listed or
 *                otherwise proven to hold only {@code files}; "" is the folder itself
 */
public record SiteFolder(Path folder, Map<String, Long> files, List<String> odd, ManifestStamp stamp, Map<String, Long> folders) {

    /** A manifest file's size, time and identity (inode): every build that changes the folder rewrites it. */
    public record ManifestStamp(long size, FileTime modified, Object identity) {
        /** Whether both name the same file as it was: compared here, not by the record's equals (see {@link #current}). */
        boolean sameAs(ManifestStamp other) {
            return other != null && size == other.size && modified.equals(other.modified) && Objects.equals(identity, other.identity);
        }
    }

    /** A folder that does not exist or holds nothing. */
    static SiteFolder empty(Path folder) {
        return new SiteFolder(folder, Map.of(), List.of(), null, Map.of());
    }

    /** What {@code folder} holds now, or null when it cannot be read (or is gone). */
    static SiteFolder walkIfThere(Path folder) {
        try {
            return walk(folder);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * What {@code folder} (which must exist) holds: as the last build's cache lists it when each
     * folder's time proves nothing was added, removed or resized since ({@link FolderStamps}),
     * else from a walk.
     */
    static SiteFolder read(Path folder) throws IOException {
        OutputCache cache = OutputCache.provenCurrent(OutputPlace.cacheFile(OutputLock.fileFor(folder)), folder);
        return cache == null ? walk(folder)
                : new SiteFolder(folder, cache.files(), List.of(), stampOf(folder.resolve(SiteManifest.NAME)), cache.folders());
    }

    /** Walks {@code folder} (which must exist), following no links. */
    static SiteFolder walk(Path folder) throws IOException {
        Map<String, Long> files = new HashMap<>();
        Map<String, Long> folders = new HashMap<>();
        List<String> odd = new ArrayList<>();
        // Entries seen in each folder being walked: a folder left with none is empty.
        Deque<int[]> entries = new ArrayDeque<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                // Read before the folder is listed: anything added after the listing changes it again.
                folders.put(relative(folder, dir), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
                if (!entries.isEmpty()) {
                    entries.peek()[0]++;
                }
                entries.push(new int[1]);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (!entries.isEmpty()) { // else the folder itself is a link, not followed
                    entries.peek()[0]++;
                }
                String path = relative(folder, file);
                if (attributes.isRegularFile()) {
                    files.put(path, attributes.size());
                } else {
                    odd.add(path);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                if (entries.pop()[0] == 0 && !dir.equals(folder)) {
                    odd.add(relative(folder, dir) + "/");
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return new SiteFolder(folder, files, odd, stampOf(folder.resolve(SiteManifest.NAME)), folders);
    }

    /**
     * Whether this walk still shows the folder: nothing was found to repair when the build took
     * the folder ({@code repaired}), and the manifest is the same file as when walked. Every build
     * that changes the folder rewrites its manifest; a hand edit since the walk is found when each
     * file is compared with the new one, or not at all, as during any build.
     */
    boolean current(boolean repaired) {
        // Not Objects.equals: a record's generated equals is linked at run time on its first call,
        // 20-35 ms of a build's start when no other record method has been (bench/PROFILE.md,
        // twenty-fifth round), and this is the first call in a build into the last one's folder.
        if (repaired) {
            return false;
        }
        ManifestStamp now = stampOf(folder.resolve(SiteManifest.NAME));
        return stamp == null ? now == null : stamp.sameAs(now);
    }

    private static ManifestStamp stampOf(Path manifest) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(manifest, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return new ManifestStamp(attributes.size(), attributes.lastModifiedTime(), attributes.fileKey());
        } catch (IOException e) {
            return null;
        }
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }
}
