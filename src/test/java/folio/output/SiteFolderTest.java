package folio.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteFolderTest {
    @TempDir
    Path site;

    private void write(String path, String text) throws IOException {
        Files.createDirectories(site.resolve(path).getParent());
        Files.writeString(site.resolve(path), text);
    }

    @Test
    void listsRegularFilesWithSizesAndWhatABuildNeverLeaves() throws IOException {
        write("index.html", "home");
        write("a/b/index.html", "deep page");
        Files.createDirectories(site.resolve("empty/inner"));
        Files.createSymbolicLink(site.resolve("link"), site.resolve("index.html"));
        SiteFolder folder = SiteFolder.walk(site);
        assertEquals(Map.of("index.html", 4L, "a/b/index.html", 9L), folder.files());
        assertEquals(List.of("empty/inner/", "link"), folder.odd().stream().sorted().toList(),
                "a folder holding only an empty folder is not empty itself");
    }

    @Test
    void isCurrentUntilTheManifestChangesOrTheFolderWasRepaired() throws IOException {
        write("index.html", "home");
        write(SiteManifest.NAME, "index.html\t4\n");
        SiteFolder folder = SiteFolder.walk(site);
        assertTrue(folder.current(false));
        assertFalse(folder.current(true), "a killed build's files were put back after the walk");
        Files.writeString(site.resolve(SiteManifest.NAME), "index.html\t5\n");
        Files.setLastModifiedTime(site.resolve(SiteManifest.NAME), FileTime.fromMillis(0));
        assertFalse(folder.current(false), "another build rewrote the site since");
    }
}
