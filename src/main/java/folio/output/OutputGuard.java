package folio.output;

import folio.diag.Diagnostics;
import folio.project.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Refuses output directories that a build would damage: the filesystem root, the project, the
 * content or templates folders (or anything containing or inside them), and a non-empty folder
 * that an earlier build did not make.
 */
public final class OutputGuard {
    /** Every build writes this file, so its presence marks a folder as ours to replace. */
    public static final String MARKER = ".nojekyll";

    private OutputGuard() {}

    public static boolean check(Project project, Diagnostics diagnostics) {
        Path output = project.output();
        String shown = shown(project, output);
        if (output.getParent() == null) {
            return refuse(diagnostics, shown, "is the filesystem root");
        }
        for (Path protectedDir : new Path[] {project.root(), project.content(), project.templates()}) {
            if (protectedDir.equals(output)) {
                return refuse(diagnostics, shown, "is " + (output.equals(project.root()) ? "the project folder"
                        : "the " + shown + "/ folder") + " itself, which the build would replace");
            }
            if (protectedDir.startsWith(output)) {
                return refuse(diagnostics, shown, "contains " + shown(project, protectedDir)
                        + " (the project or its sources), which the build would delete");
            }
        }
        if (output.startsWith(project.content()) || output.startsWith(project.templates())) {
            return refuse(diagnostics, shown, "is inside content/ or templates/, which the next build would read as input");
        }
        if (Files.isDirectory(output) && !Files.exists(output.resolve(MARKER))) {
            try (Stream<Path> children = Files.list(output)) {
                if (children.findAny().isPresent()) {
                    return refuse(diagnostics, shown, "already holds files that no build made (no " + MARKER
                            + " in it), which would be deleted");
                }
            } catch (IOException e) {
                return refuse(diagnostics, shown, "cannot be read (" + e.getClass().getSimpleName() + ")");
            }
        }
        if (Files.exists(output) && !Files.isDirectory(output)) {
            return refuse(diagnostics, shown, "is a file, not a directory");
        }
        return true;
    }

    private static String shown(Project project, Path path) {
        String shown = project.display(path);
        return shown.isEmpty() ? "." : shown;
    }

    private static boolean refuse(Diagnostics diagnostics, String shown, String why) {
        diagnostics.error("--output", 0, 0, "refusing to write the site to '" + shown + "': it " + why
                + "; choose another directory with --output DIR (the default is site/)");
        return false;
    }
}
