package folio.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;

import folio.TestSite;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * folio new wrote through a symbolic link to a file outside the project (content/data/themes.yaml linked to a file
 * elsewhere got the new theme appended: a file outside changed, and the build, which never reads there, refuses the
 * link), and told a broken link or a folder of the file's name "FileAlreadyExists (/abs/path)" or "IO (Is a
 * directory)". Each is refused before anything is written, saying what to do.
 */
class ScaffoldWritePlaceTest {
    @TempDir
    Path dir;
    @TempDir
    Path elsewhere;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int create(String kind, String id) {
        TestSite site = new TestSite(dir);
        err.reset();
        return Scaffold.create(site.project(), List.of(kind, id), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String told() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aLinkToAFileOutsideTheProjectIsNotWrittenThrough() throws IOException {
        TestSite.minimal(dir).file("content/index.md", "---\ntitle: Home\n---\nx\n");
        Path outside = Files.writeString(elsewhere.resolve("themes.yaml"), "- id: land\n  name: Land\n");
        Files.createDirectories(dir.resolve("content/data"));
        Files.createSymbolicLink(dir.resolve("content/data/themes.yaml"), outside);
        assertEquals(1, create("theme", "borders"));
        assertEquals("folio: content/data/themes.yaml leads through a symbolic link to " + outside.toRealPath() + ", outside "
                + "the project: folio writes only inside the project (and a build does not read files outside it, so the new "
                + "theme would not be published); copy the file into the project instead of linking to it, then run this "
                + "again\n", told());
        assertEquals("- id: land\n  name: Land\n", Files.readString(outside));

        Files.createSymbolicLink(dir.resolve("content/data/provisions"), elsewhere);
        assertEquals(1, create("provision", "29"));
        assertEquals(List.of(outside), Files.list(elsewhere).toList());
    }

    @Test
    void aBrokenLinkOrAFolderWhereTheFileGoesIsToldSo() throws IOException {
        TestSite.minimal(dir).file("content/index.md", "---\ntitle: Home\n---\nx\n");
        Files.createSymbolicLink(dir.resolve("content/notes.md"), elsewhere.resolve("gone.md"));
        assertEquals(1, create("page", "notes"));
        assertEquals("folio: content/notes.md is a broken symbolic link (to " + elsewhere.resolve("gone.md") + ", which does "
                + "not exist), so the new page notes cannot be written there: remove the link or fix it, then run this "
                + "again\n", told());
        Files.createDirectories(dir.resolve("content/data/themes.yaml"));
        assertEquals(1, create("theme", "borders"));
        assertEquals("folio: content/data/themes.yaml is a folder, so the new theme cannot be written to a file of that "
                + "name: rename or move the folder, then run this again\n", told());
    }
}
