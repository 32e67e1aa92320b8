package folio.output;

import folio.project.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What to say when the output folder or a file beside it cannot be written or removed: which
 * file is in the way, whose it is, and what to do. The usual cause is a build run as another
 * user (root, through sudo) that left the site or its lock (in the temp folder) behind.
 */
final class AccessProblem {
    private AccessProblem() {}

    /**
     * The lock file and the entries beside the site ({@code site/}, {@code .site.old/}) that
     * this user may not replace, all named at once; null when there are none.
     */
    static String blocking(Project project, List<Path> entries) {
        List<Path> blocked = new ArrayList<>();
        for (Path entry : entries) {
            if (Files.exists(entry, LinkOption.NOFOLLOW_LINKS) && !Files.isWritable(entry)) {
                blocked.add(entry);
            }
        }
        return blocked.isEmpty() ? null : describe(project, blocked, null);
    }

    /**
     * The sentence for a denied {@code failed} path ({@code null} if unknown): names the thing to
     * remove as the entry beside the site that holds it ({@code site/}, {@code .site.old/}), or the lock file.
     */
    static String explain(Project project, Path output, Path failed) {
        Path parent = output.toAbsolutePath().normalize().getParent();
        Path at = failed == null ? output.toAbsolutePath().normalize() : failed.toAbsolutePath().normalize();
        while (at != null && !Files.exists(at, LinkOption.NOFOLLOW_LINKS)) {
            at = at.getParent();
        }
        if (at == null) {
            return null;
        }
        Path entry = at.startsWith(parent) && !at.equals(parent) ? parent.resolve(parent.relativize(at).getName(0)) : at;
        String you = System.getProperty("user.name", "");
        if (you.equals(owner(at)) && !at.equals(entry) && !you.equals(owner(at.getParent()))) {
            // Removing or adding a file takes the right to change its folder.
            at = at.getParent();
        }
        return describe(project, List.of(entry), at.equals(entry) ? null : at);
    }

    private static String describe(Project project, List<Path> entries, Path inside) {
        String you = System.getProperty("user.name", "");
        Map<String, List<Path>> byOwner = new TreeMap<>();
        for (Path entry : entries) {
            String owner = owner(inside != null ? inside : entry);
            byOwner.computeIfAbsent(owner == null || owner.equals(you) ? "" : owner, k -> new ArrayList<>()).add(entry);
        }
        List<String> sentences = new ArrayList<>();
        byOwner.forEach((owner, paths) -> {
            List<String> shown = paths.stream().map(p -> shown(project, p)
                    + (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "/" : "")).toList();
            String names = String.join(" and ", shown);
            String plain = String.join(" ", paths.stream().map(p -> shown(project, p)).toList());
            boolean one = paths.size() == 1;
            if (owner.isEmpty()) {
                sentences.add((inside != null ? shown(project, inside) : names) + " may not be changed by you ("
                        + you + "): check " + (one ? "its" : "their") + " permissions (ls -ld "
                        + (inside != null ? shown(project, inside) : plain) + ")");
            } else {
                String what = inside != null ? shown(project, inside) + " (in " + names + ")" : names;
                sentences.add(what + (one ? " belongs" : " belong") + " to " + owner + ", not to you (" + you
                        + "): a build run as " + owner + " (with sudo?) left " + (one ? "it" : "them") + "; remove "
                        + names + " as " + owner + " (for example: sudo rm -r " + plain + ") or build as " + owner);
            }
        });
        return String.join("; ", sentences);
    }

    /**
     * A path as the user sees it: relative to the project, or the full path for the project's own folder, which
     * relative to itself has no name at all ("ls -ld " with nothing after it).
     */
    private static String shown(Project project, Path path) {
        String shown = project.display(path);
        return shown.isEmpty() ? path.toAbsolutePath().normalize().toString() : shown;
    }

    private static String owner(Path path) {
        try {
            return Files.getOwner(path, LinkOption.NOFOLLOW_LINKS).getName();
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }
}
