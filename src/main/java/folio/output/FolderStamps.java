package folio.output;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The modification time of every folder of a site as the last build left it, kept in its
 * {@link OutputCache}. Adding, removing or renaming anything in a folder changes that folder's
 * time, so when every folder still has its time, and every file the cache lists is still a
 * regular file of the size recorded, the folder holds exactly what the cache says: the next
 * build learns that with one {@code stat} per folder and per file instead of listing each folder
 * ({@link SiteFolder#walk}: at 10,000 pages about 0.2 s of a 1.6 s one-file edit build, against
 * 0.1 s). Each time is read before its folder is listed or proven, so a file added during a build
 * leaves the folder newer than its record (one added within the same tick of the file system's
 * clock as the listing, a few milliseconds where times are coarse, could go unseen until the folder
 * changes again). Only an update in place records times; a site swapped
 * in whole is walked by the next build. Anything unexpected answers "not proven", and the build
 * walks the folder as before.
 */
final class FolderStamps {
    private FolderStamps() {}

    /** The folders holding {@code files} (paths relative to the site, '/' separated), the site's own as "". */
    static Set<String> foldersOf(Collection<String> files) {
        Set<String> folders = new HashSet<>();
        folders.add("");
        for (String file : files) {
            for (int slash = file.lastIndexOf('/'); slash > 0 && folders.add(file.substring(0, slash));
                 slash = file.lastIndexOf('/', slash - 1)) {
                // each new folder's parents are added in turn; one already there has its parents too
            }
        }
        return folders;
    }

    /**
     * The folders' times after an update in place of the site in {@code site}: {@code proven} (the
     * times that showed it held only the last build's files) for every folder the update did not
     * touch, and for each it did (the folder of a file written or removed, and of a folder made or
     * removed) its time now, read before it is listed and kept only if it holds just the entries
     * {@code files} (the site's files now) give it. A folder left out is walked by the next build.
     */
    static Map<String, Long> afterUpdate(Path site, Map<String, Long> proven, Map<String, Long> files, Collection<String> touched) {
        Set<String> folders = foldersOf(files.keySet());
        Set<String> changed = new HashSet<>();
        touched.forEach(path -> changed.add(parentOf(path)));
        for (String folder : proven.keySet()) {
            if (!folders.contains(folder)) {
                changed.add(parentOf(folder));
            }
        }
        for (String folder : folders) {
            if (!proven.containsKey(folder)) {
                changed.add(parentOf(folder));
            }
        }
        Map<String, Set<String>> entries = new HashMap<>();
        for (String path : files.keySet()) {
            addEntry(entries, changed, path);
        }
        for (String folder : folders) {
            addEntry(entries, changed, folder);
        }
        Map<String, Long> stamps = new HashMap<>();
        for (String folder : folders) {
            if (!changed.contains(folder)) {
                Long time = proven.get(folder);
                if (time != null) {
                    stamps.put(folder, time);
                }
            } else {
                try {
                    long time = timeOf(site, folder);
                    if (namesIn(site, folder).equals(entries.getOrDefault(folder, Set.of()))) {
                        stamps.put(folder, time);
                    }
                } catch (IllegalStateException | IOException e) {
                    // left out: the next build walks the site
                }
            }
        }
        return stamps;
    }

    /** Notes {@code path}'s name as an entry of its folder, when that folder is one of {@code folders}. */
    private static void addEntry(Map<String, Set<String>> entries, Set<String> folders, String path) {
        if (path.isEmpty()) {
            return;
        }
        String parent = parentOf(path);
        if (folders.contains(parent)) {
            entries.computeIfAbsent(parent, any -> new HashSet<>()).add(path.substring(path.lastIndexOf('/') + 1));
        }
    }

    private static String parentOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    private static Set<String> namesIn(Path site, String folder) throws IOException {
        Set<String> names = new HashSet<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder.isEmpty() ? site : site.resolve(folder))) {
            listing.forEach(entry -> names.add(entry.getFileName().toString()));
        }
        return names;
    }

    /**
     * Whether {@code site} still holds exactly {@code files} at their sizes, and no other entry:
     * every folder has the time recorded in {@code folders}, which are the folders of those files.
     */
    static boolean unchanged(Path site, Map<String, Long> files, Map<String, Long> folders) {
        if (folders.isEmpty() || !folders.keySet().equals(foldersOf(files.keySet()))) {
            return false;
        }
        try {
            return folders.entrySet().parallelStream().allMatch(folder -> folder.getValue() == timeOf(site, folder.getKey()))
                    && files.entrySet().parallelStream().allMatch(file -> isFileOfSize(site.resolve(file.getKey()), file.getValue()));
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private static long timeOf(Path site, String folder) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(folder.isEmpty() ? site : site.resolve(folder),
                    BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isDirectory()) {
                throw new IllegalStateException(folder + " is not a folder");
            }
            return attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isFileOfSize(Path file, long size) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return attributes.isRegularFile() && attributes.size() == size;
        } catch (IOException e) {
            return false;
        }
    }
}
