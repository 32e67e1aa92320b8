package folio;

import folio.diag.BuildFailure;
import folio.diag.Diagnostics;
import folio.output.OutputGuard;
import folio.output.SiteFolder;
import folio.project.Project;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a build checks before it reads anything: usage errors (exit 2), an output folder that is
 * not ours or a missing content or templates folder.
 */
final class ProjectCheck {
    private ProjectCheck() {}

    /**
     * Reports every problem found, then stops the build if there is one; {@code write}: the build
     * will write. Returns what the output folder holds when the build writes, else null.
     */
    static SiteFolder check(Project project, boolean write, Diagnostics diagnostics) throws BuildFailure {
        SiteFolder output = write ? OutputGuard.check(project, diagnostics) : null;
        if (write && output == null) {
            throw new BuildFailure(true);
        }
        requireFolder(project, project.content(), "content", "--content", diagnostics);
        requireFolder(project, project.templates(), "templates", "--templates", diagnostics);
        if (diagnostics.hasErrors()) {
            throw new BuildFailure(true);
        }
        return output;
    }

    private static void requireFolder(Project project, Path folder, String what, String option, Diagnostics diagnostics) {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (Files.exists(folder)) {
            // A file given for the folder (--templates content/site.yaml): "not found" would send the editor looking for it.
            diagnostics.error(project.display(folder), 0, 0, "this is a file, where folio needs the " + what
                    + " folder: pass the " + what + " folder itself (" + option + " DIR), or run folio from the project folder");
        } else {
            diagnostics.error(project.display(folder), 0, 0, what + " folder not found: run folio from the project "
                    + "folder or pass " + option + " DIR");
        }
    }
}
