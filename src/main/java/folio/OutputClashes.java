package folio;

import folio.diag.Diagnostics;
import folio.project.PortableNames;
import folio.project.Project;
import folio.site.Site;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The files of one build that cannot all be written, found before anything is swapped in: two
 * at one path (a page whose url is a provision's page), or a file where another file needs a
 * folder of that name (a page at sitemap.xml/ or style.css/). Each is reported at the page or
 * copied file that causes it.
 */
final class OutputClashes {
    private OutputClashes() {}

    /** {@code outputs}: every generated file, editions' prefixes included; {@code sites}: each edition. */
    static void check(Project project, List<String> outputs, Map<String, Path> copies, List<Site> sites,
                      Diagnostics diagnostics) {
        CopiedFiles.checkCollisions(project, outputs, copies, diagnostics);
        // Hash look-ups only, once per file and folder level; the pages' sources are looked up on a clash.
        Set<String> paths = new HashSet<>(outputs.size() * 2 + copies.size());
        List<String> twice = new ArrayList<>();
        for (String output : outputs) {
            if (!paths.add(output)) {
                twice.add(output);
            }
        }
        paths.addAll(copies.keySet());
        foldClashes(project, paths, copies, diagnostics);
        List<String[]> nested = new ArrayList<>();
        for (String path : paths) {
            for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
                String folder = path.substring(0, slash);
                if (paths.contains(folder)) {
                    nested.add(new String[] {folder, path});
                }
            }
        }
        if (twice.isEmpty() && nested.isEmpty()) {
            return;
        }
        Map<String, List<String>> sources = new HashMap<>();
        for (Site site : sites) {
            String prefix = site.config().edition().prefix();
            site.provisions().forEach(p -> source(sources, prefix + p.page().output(), p.page().sourcePath()));
            site.pages().forEach(page -> source(sources, prefix + page.output(), page.sourcePath()));
        }
        for (String output : twice) {
            List<String> writers = sources.getOrDefault(output, List.of());
            if (writers.size() > 1) {
                diagnostics.error(writers.get(writers.size() - 1), 1, 0, "this page and " + writers.get(0) + " both write "
                        + output + ": give the page another url:");
            }
        }
        nested.sort(java.util.Comparator.comparing((String[] pair) -> pair[1]));
        for (String[] pair : nested) {
            String file = pair[0];
            String under = pair[1];
            // The page or copied file inside the folder, else the one that is the file.
            String page = sources.containsKey(under) ? sources.get(under).get(0)
                    : copies.containsKey(under) || !sources.containsKey(file) ? null : sources.get(file).get(0);
            Path copy = copies.containsKey(under) ? copies.get(under) : copies.get(file);
            String cause = page != null ? page : copy != null ? project.display(copy) : "site/" + under;
            String copied = copies.containsKey(file) ? " (copied from " + project.display(copies.get(file)) + ")" : "";
            diagnostics.error(cause, page != null ? 1 : 0, 0, "site/" + under + " needs a folder " + file
                    + " where folio writes the file site/" + file + copied + ": give the page another url:, or rename the file");
        }
    }

    /**
     * Copied files whose paths differ from another output's only in upper and lower case
     * ({@code Logo.png}, {@code logo.png}; {@code About/index.html} beside a page's
     * {@code about/index.html}) or in how an accented letter is stored (é as one character, or as
     * e and a combining accent): macOS (both) and Windows (case), whose file names do not tell them
     * apart, make them one file, so a build or a checkout there keeps one of the two. Only a path that
     * differs from its folded form can clash; pages' paths are lower-case ASCII.
     */
    private static void foldClashes(Project project, Set<String> paths, Map<String, Path> copies, Diagnostics diagnostics) {
        Map<String, String> folded = new HashMap<>();
        Map<String, String> folders = null;
        Set<String> reported = new HashSet<>();
        for (String path : new java.util.TreeSet<>(copies.keySet())) {
            String fold = PortableNames.folded(path);
            if (fold.equals(path)) {
                continue;
            }
            String other = paths.contains(fold) ? fold : folded.putIfAbsent(fold, path);
            if (other == null) {
                folders = folders != null ? folders : foldedFolders(paths);
                folderClash(project, path, copies.get(path), folders, reported, diagnostics);
                continue;
            }
            PortableNames.FoldDifference difference = PortableNames.FoldDifference.between(path, other);
            String otherFile = copies.containsKey(other) ? " (copied from " + project.display(copies.get(other)) + ")" : " (made by the build)";
            diagnostics.error(project.display(copies.get(path)), 0, 0, "this file would be written to site/" + path
                    + ", and site/" + other + otherFile + " differs from it only in " + difference.how + ": "
                    + difference.systems("take") + " both for one file, so a build or a copy of the site there keeps only one: rename one of them");
        }
    }

    /**
     * Every folder of {@code paths} by its folded form: the one that is its own folded form (a
     * page's), else the first in sorted order. Made only when a copy may clash.
     */
    private static Map<String, String> foldedFolders(Set<String> paths) {
        Map<String, String> folders = new HashMap<>();
        for (String path : new java.util.TreeSet<>(paths)) {
            for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
                String folder = path.substring(0, slash);
                String fold = PortableNames.folded(folder);
                if (fold.equals(folder)) {
                    folders.put(fold, folder);
                } else {
                    folders.putIfAbsent(fold, folder);
                }
            }
        }
        return folders;
    }

    /**
     * A copy in a folder whose name differs from another output folder's only in case or accent
     * ({@code Guide/icon.svg} beside a page's {@code guide/index.html}): macOS and Windows make the
     * two one folder, named as a build there met it first, so links in the other case break on a
     * case-sensitive server. Reported once per folder, at its first copy.
     */
    private static void folderClash(Project project, String path, Path copy, Map<String, String> folders,
                                    Set<String> reported, Diagnostics diagnostics) {
        for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
            String folder = path.substring(0, slash);
            String other = folders.get(PortableNames.folded(folder));
            if (other != null && !other.equals(folder)) {
                if (reported.add(folder)) {
                    PortableNames.FoldDifference difference = PortableNames.FoldDifference.between(folder, other);
                    diagnostics.error(project.display(copy), 0, 0, "this file is written in the folder site/" + folder
                            + "/, and the folder site/" + other + "/ differs from it only in " + difference.how + ": "
                            + difference.systems("make") + " them one folder, "
                            + "named as a build there meets it first, so a link in the other form breaks on a server that "
                            + "tells them apart (GitHub Pages): rename one of the two folders");
                }
                return;
            }
        }
    }

    private static void source(Map<String, List<String>> sources, String output, String source) {
        List<String> writers = sources.computeIfAbsent(output, key -> new ArrayList<>(1));
        if (!writers.contains(source)) {
            writers.add(source);
        }
    }
}
