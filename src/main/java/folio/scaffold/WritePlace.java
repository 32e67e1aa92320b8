package folio.scaffold;

import folio.project.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Whether {@code folio new} may write a file where it means to: not through a symbolic link to a place outside the
 * project (the build never reads there, so the entry would be lost, and a file elsewhere changed), not into a broken
 * link, not where a folder has the file's name. Each is refused with what to do, before anything is written.
 */
final class WritePlace {
    private WritePlace() {}

    static void check(Project project, Path target, String what) throws Scaffold.Refusal, IOException {
        String shown = project.display(target);
        if (Files.isSymbolicLink(target) && !Files.exists(target)) {
            throw new Scaffold.Refusal(1, shown + " is a broken symbolic link (to " + Files.readSymbolicLink(target)
                    + ", which does not exist), so " + what + " cannot be written there: remove the link or fix it, then run "
                    + "this again");
        }
        if (Files.isDirectory(target)) {
            throw new Scaffold.Refusal(1, shown + " is a folder, so " + what + " cannot be written to a file of that name: "
                    + "rename or move the folder, then run this again");
        }
        Path existing = target.toAbsolutePath().normalize();
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return;
        }
        Path real = existing.toRealPath();
        for (Path folder : new Path[] {project.root(), project.content()}) {
            if (Files.exists(folder) && real.startsWith(folder.toRealPath())) {
                return;
            }
        }
        throw new Scaffold.Refusal(1, shown + " leads through a symbolic link to " + real + ", outside the project: folio "
                + "writes only inside the project (and a build does not read files outside it, so " + what + " would not be "
                + "published); copy the file into the project instead of linking to it, then run this again");
    }
}
