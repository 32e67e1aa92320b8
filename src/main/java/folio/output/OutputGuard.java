package folio.output;

import folio.diag.Diagnostics;
import folio.project.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Refuses output directories that a build would damage: the filesystem root, the project, the
 * content or templates folders, git's folder or an earlier build's site (anything containing or
 * inside them, symbolic links followed: {@link OutputOverlap}), a symbolic link (which the build
 * would replace), and a non-empty folder that folio cannot prove it wrote (see {@link SiteManifest}).
 */
public final class OutputGuard {
    private OutputGuard() {}

    /**
     * Null, with a diagnostic, when the build must not write to the project's output folder;
     * else what the folder holds (nothing when it does not exist yet), for the build to reuse.
     */
    public static SiteFolder check(Project project, Diagnostics diagnostics) {
        Path output = project.output();
        String shown = shown(project, output);
        if (output.getParent() == null) {
            return refuse(diagnostics, shown, "is the filesystem root");
        }
        String overlap = OutputOverlap.why(project);
        if (overlap != null) {
            return refuse(diagnostics, shown, overlap);
        }
        if (Files.isSymbolicLink(output)) {
            // The build replaces the folder whole, by renaming: the link itself would go, and the site land where it was.
            Path target = OutputOverlap.real(output);
            String named = OutputOverlap.shownReal(project, target);
            return refuse(diagnostics, shown, "is a symbolic link" + (Files.exists(target) ? " to " + named : " to nothing")
                    + ", which the build would replace with a folder; remove the link"
                    + (Files.isDirectory(target) ? ", or give the folder itself (--output " + named + ")" : ""));
        }
        if (Files.exists(output) && !Files.isDirectory(output)) {
            return refuse(diagnostics, shown, "is a file, not a directory");
        }
        if (!Files.isDirectory(output)) {
            return SiteFolder.empty(output);
        }
        OutputPlace.repairKilledUpdate(output);
        try {
            try (Stream<Path> children = Files.list(output)) {
                if (children.findAny().isEmpty()) {
                    return SiteFolder.empty(output);
                }
            }
            SiteFolder listing = SiteFolder.read(output);
            String foreign = foreignFiles(listing);
            return foreign == null ? listing : refuse(diagnostics, shown, foreign);
        } catch (IOException | java.io.UncheckedIOException e) {
            return refuse(diagnostics, shown, "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * Why a non-empty folder is not provably folio's, or null when it may be replaced: it holds
     * exactly the files its manifest says the last build wrote.
     */
    private static String foreignFiles(SiteFolder listing) throws IOException {
        List<String> foreign = SiteManifest.foreignFiles(listing);
        if (foreign == null) {
            return "holds files that folio cannot show it wrote (no " + SiteManifest.NAME + " in it), which replacing "
                    + "it would delete; if it is an old folio build, delete it yourself";
        }
        if (foreign.isEmpty()) {
            return null;
        }
        int shownCount = Math.min(5, foreign.size());
        return "holds files the last build did not write (" + String.join(", ", foreign.subList(0, shownCount))
                + (foreign.size() > shownCount ? " and " + (foreign.size() - shownCount) + " more" : "")
                + "), which replacing it would delete; move them out (a file to publish as it is belongs in content/, "
                + "e.g. content/CNAME)";
    }

    private static String shown(Project project, Path path) {
        String shown = project.display(path);
        return shown.isEmpty() ? "." : shown;
    }

    private static SiteFolder refuse(Diagnostics diagnostics, String shown, String why) {
        diagnostics.error("--output", 0, 0, "refusing to write the site to '" + shown + "': it " + why
                + "; choose another directory with --output DIR (the default is site/)");
        return null;
    }
}
