package folio.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * folio new and folio translations --stamp told a file they could not write "make the file readable
 * (chmod a+r)": it was readable. They say what could not be written and what to run. (Root writes every
 * file, so the commands themselves are not run here; checked by hand as nobody, see report-hunt30.)
 */
class WriteFailureTest {
    @TempDir
    Path dir;

    @Test
    void aReadOnlyFileIsToldToBeMadeWritable() throws IOException {
        Project project = Project.of(dir, dir.resolve("content"), dir.resolve("templates"), dir.resolve("site"));
        Path file = Files.createDirectories(dir.resolve("content/data")).resolve("actors.yaml");
        Files.writeString(file, "- id: a\n");
        assertEquals("permission denied: content/data/actors.yaml is read-only for you: make it writable (chmod u+w "
                + "content/data/actors.yaml; if it is not yours, ask its owner or run this as the user who owns it), then run "
                + "this again", WriteFailure.describe(project, new AccessDeniedException(file.toString())));
    }

    @Test
    void aNewFileOrFolderIsDeniedByTheFolderItWouldGoIn() throws IOException {
        Project project = Project.of(dir, dir.resolve("content"), dir.resolve("templates"), dir.resolve("site"));
        Files.createDirectories(dir.resolve("content/data"));
        String told = "permission denied: nothing can be added to the folder content/data: make it writable (chmod u+w "
                + "content/data; if it is not yours, ask its owner), then run this again";
        assertEquals(told, WriteFailure.describe(project, new AccessDeniedException(dir.resolve("content/data/29.md").toString())));
        assertEquals(told, WriteFailure.describe(project, new AccessDeniedException(dir.resolve("content/data/provisions").toString())));
    }

    @Test
    void aReadOnlyDiskIsSaid() {
        Project project = Project.of(dir, dir.resolve("content"), dir.resolve("templates"), dir.resolve("site"));
        assertEquals("the disk or folder it is on is mounted read-only (content/x.md): work on a copy of the project in a "
                + "writable place, or mount it writable", WriteFailure.describe(project,
                new FileSystemException(dir.resolve("content/x.md").toString(), null, "Read-only file system")));
    }
}
