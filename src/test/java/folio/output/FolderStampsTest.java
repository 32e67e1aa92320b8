package folio.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folder times stand for a walk only while they prove the site holds exactly the files listed. */
class FolderStampsTest {
    @TempDir
    Path site;

    private SiteFolder walked;

    private void write(String path, String text) throws IOException {
        Files.createDirectories(site.resolve(path).getParent());
        Files.writeString(site.resolve(path), text);
    }

    @BeforeEach
    void aSite() throws IOException {
        write("index.html", "home");
        write("posts/a/index.html", "page a");
        write("posts/b/index.html", "page b");
        // Times in the past, so that any change below gives a folder a new one.
        for (String folder : List.of("posts/a", "posts/b", "posts", "")) {
            Files.setLastModifiedTime(site.resolve(folder), FileTime.fromMillis(1_000_000));
        }
        walked = SiteFolder.walk(site);
    }

    private boolean unchanged() {
        return FolderStamps.unchanged(site, walked.files(), walked.folders());
    }

    @Test
    void theFoldersOfFilesIncludeEveryParentAndTheSiteItself() {
        assertEquals(Set.of("", "a", "a/b", "c"), FolderStamps.foldersOf(List.of("a/b/x.html", "a/y.html", "c/z", "top")));
        assertEquals(Set.of("", "posts", "posts/a", "posts/b"), walked.folders().keySet());
    }

    @Test
    void aWalkedSiteIsProvenUntilAnythingIsAddedRemovedResizedOrReplaced() throws IOException {
        assertTrue(unchanged());
        write("posts/a/extra.html", "x");
        assertFalse(unchanged(), "a file added");
        Files.delete(site.resolve("posts/a/extra.html"));
        assertFalse(unchanged(), "the folder's time moved on even though its files are back");
    }

    @Test
    void anEmptyFolderOrALinkAddedIsFound() throws IOException {
        Files.createDirectories(site.resolve("posts/b/empty"));
        assertFalse(unchanged());
        walked = SiteFolder.walk(site);
        Files.delete(site.resolve("posts/b/index.html"));
        Files.createSymbolicLink(site.resolve("posts/b/index.html"), site.resolve("index.html"));
        assertFalse(unchanged(), "a file replaced by a link of the same name");
    }

    @Test
    void aFileResizedInPlaceIsFoundByItsSize() throws IOException {
        Files.writeString(site.resolve("posts/a/index.html"), "page a, longer");
        assertFalse(unchanged());
    }

    @Test
    void noTimesProveNothing() {
        assertFalse(FolderStamps.unchanged(site, walked.files(), Map.of()));
        Map<String, Long> missing = new HashMap<>(walked.folders());
        missing.remove("posts/b");
        assertFalse(FolderStamps.unchanged(site, walked.files(), missing));
    }

    @Test
    void afterAnUpdateTheTouchedFoldersAreReadAgainAndTheOthersKeepTheirProvenTimes() throws IOException {
        write("posts/a/index.html", "page a, new");
        write("posts/c/index.html", "page c");
        Map<String, Long> files = new HashMap<>(walked.files());
        files.put("posts/a/index.html", 11L);
        files.put("posts/c/index.html", 6L);
        Map<String, Long> stamps = FolderStamps.afterUpdate(site, walked.folders(), files,
                Set.of("posts/a/index.html", "posts/c/index.html"));
        assertEquals(walked.folders().get("posts/b"), stamps.get("posts/b"));
        assertEquals(Set.of("", "posts", "posts/a", "posts/b", "posts/c"), stamps.keySet());
        assertTrue(FolderStamps.unchanged(site, files, stamps));
    }

    @Test
    void aFileDroppedInDuringTheBuildIsNeverCoveredByTheNewTimes() throws IOException {
        write("posts/a/index.html", "page a, new");
        write("posts/a/theirs.html", "dropped into a folder the update touched");
        write("posts/b/theirs.html", "dropped into a folder it did not touch");
        Map<String, Long> files = new HashMap<>(walked.files());
        files.put("posts/a/index.html", 11L);
        Map<String, Long> stamps = FolderStamps.afterUpdate(site, walked.folders(), files, Set.of("posts/a/index.html"));
        assertFalse(stamps.containsKey("posts/a"), "its entries are not the site's");
        assertFalse(FolderStamps.unchanged(site, files, stamps));
        Files.delete(site.resolve("posts/a/theirs.html"));
        stamps = FolderStamps.afterUpdate(site, walked.folders(), files, Set.of("posts/a/index.html"));
        assertFalse(FolderStamps.unchanged(site, files, stamps), "posts/b's proven time is older than the file in it");
    }
}
