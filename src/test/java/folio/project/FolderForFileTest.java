package folio.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder where folio reads a file by its name (the map's boundary data, templates/map/ukraine-oblasts.json, which
 * the walk of templates/ does not take for a file folio reads): the one description of a read that failed says it is
 * a folder and what to do, not Java's "Is a directory".
 */
class FolderForFileTest {
    @TempDir
    Path dir;

    @Test
    void readingAFolderIsDescribedWithWhatToDo() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("ukraine-oblasts.json"));
        IOException failed = null;
        try {
            Files.readAllBytes(folder);
        } catch (IOException e) {
            failed = e;
        }
        assertEquals("this is a folder, where folio reads a file: remove the folder and put the file in its place "
                + "(git checkout -- templates/map/ukraine-oblasts.json restores it if git keeps it)",
                SourceLoader.describe(failed, "templates/map/ukraine-oblasts.json"));
        // The command names the file as the shell reads it, so it can be pasted as it is.
        assertEquals("this is a folder, where folio reads a file: remove the folder and put the file in its place "
                + "(git checkout -- 'content/my notes.md' restores it if git keeps it)", SourceLoader.describe(failed,
                "content/my notes.md"));
    }
}
