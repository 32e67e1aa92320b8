package folio.project;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * What to tell when a command that edits the project ({@code folio new}, {@code folio translations --stamp})
 * cannot write a file or make a folder: which one, why, and what to run. {@link SourceLoader#describe} is for
 * reading; it told a read-only file "make the file readable", which it was.
 */
public final class WriteFailure {
    private WriteFailure() {}

    /** The words after "cannot write ...: " for {@code e}, thrown writing in {@code project}. */
    public static String describe(Project project, IOException e) {
        String file = e instanceof FileSystemException failed ? failed.getFile() : null;
        Path path = file == null ? null : Path.of(file);
        if (e instanceof AccessDeniedException && path != null) {
            if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                if (!Files.isReadable(path)) {
                    return project.display(path) + ": " + SourceLoader.describe(e, project.display(path));
                }
                String shown = project.display(path);
                return "permission denied: " + shown + " is read-only for you: make it writable (chmod u+w " + shown
                        + "; if it is not yours, ask its owner or run this as the user who owns it), then run this again";
            }
            // A file or folder that does not exist yet is denied by the folder it would go in.
            Path folder = path.toAbsolutePath().normalize().getParent();
            while (folder != null && !Files.exists(folder)) {
                folder = folder.getParent();
            }
            String shown = folder == null ? project.display(path) : project.display(folder);
            return "permission denied: nothing can be added to the folder " + shown + ": make it writable (chmod u+w "
                    + shown + "; if it is not yours, ask its owner), then run this again";
        }
        if (e instanceof FileSystemException failed && failed.getReason() != null) {
            String where = path == null ? "" : " (" + project.display(path) + ")";
            if (failed.getReason().contains("Read-only file system")) {
                return "the disk or folder it is on is mounted read-only" + where + ": work on a copy of the project in "
                        + "a writable place, or mount it writable";
            }
            if (failed.getReason().contains("No space left")) {
                return "the disk is full" + where + ": free some space, then run this again";
            }
            return failed.getReason() + where;
        }
        return e.getClass().getSimpleName().replace("Exception", "") + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
    }
}
