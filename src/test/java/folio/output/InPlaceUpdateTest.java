package folio.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An in-place update of a few files is all done, or undone: at once on a failure, by the next build after a kill. */
class InPlaceUpdateTest {
    @TempDir
    Path dir;

    private Path site;
    private Path staged;
    private InPlaceUpdate update;
    private Map<String, String> before;

    @BeforeEach
    void oldSite() throws IOException {
        site = dir.resolve("site");
        staged = dir.resolve(".site.tmp-1");
        write(site, "index.html", "old home");
        write(site, "a/index.html", "old a");
        write(site, "gone/index.html", "a page that goes");
        write(site, SiteManifest.NAME, "old manifest");
        write(staged, "index.html", "new home");
        write(staged, "b/index.html", "new page b");
        write(staged, "gone", "a file where a folder was");
        write(staged, SiteManifest.NAME, "new manifest");
        update = new InPlaceUpdate(site, dir.resolve(".site.old"), dir.resolve(".site.journal"));
        before = tree(site);
    }

    @Test
    void applyReplacesAddsAndRemovesAndLeavesNoTrace() throws IOException {
        update.apply(staged, List.of("index.html", "b/index.html", "gone", SiteManifest.NAME), List.of("gone/index.html"));
        assertEquals(Map.of("index.html", "new home", "a/index.html", "old a", "b/index.html", "new page b",
                "gone", "a file where a folder was", SiteManifest.NAME, "new manifest"), tree(site));
        assertFalse(Files.exists(dir.resolve(".site.journal")));
        assertFalse(Files.exists(dir.resolve(".site.old")));
    }

    @Test
    void aFailureHalfwayPutsEveryFileBack() {
        // "z/index.html" was never staged: its move fails after the others have moved.
        assertThrows(IOException.class, () -> update.apply(staged,
                List.of("index.html", "b/index.html", "z/index.html", SiteManifest.NAME), List.of("gone/index.html")));
        assertEquals(before, tree(site));
        assertFalse(Files.exists(dir.resolve(".site.journal")));
        assertFalse(Files.exists(dir.resolve(".site.old")));
    }

    @Test
    void aKilledUpdateIsRolledBackByTheNextBuild() throws IOException {
        // What a kill after the journal and two of its steps leaves: a page replaced, one removed.
        Files.writeString(dir.resolve(".site.journal"), "REMOVE\tgone/index.html\nREPLACE\tindex.html\nNEW\tb/index.html\n"
                + "REPLACE\t" + SiteManifest.NAME + "\n");
        write(dir.resolve(".site.old"), "gone/index.html", "a page that goes");
        Files.delete(site.resolve("gone/index.html"));
        Files.delete(site.resolve("gone"));
        write(dir.resolve(".site.old"), "index.html", "old home");
        Files.writeString(site.resolve("index.html"), "new home");
        update.rollBack();
        assertEquals(before, tree(site));
        assertFalse(Files.exists(dir.resolve(".site.journal")));
        update.rollBack(); // nothing left to do
        assertEquals(before, tree(site));
    }

    private static void write(Path root, String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static Map<String, String> tree(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : (Iterable<Path>) walk::iterator) {
                if (Files.isRegularFile(file)) {
                    files.put(root.relativize(file).toString(), Files.readString(file));
                } else if (Files.isDirectory(file) && !file.equals(root)) {
                    try (Stream<Path> children = Files.list(file)) {
                        if (children.findAny().isEmpty()) {
                            files.put(root.relativize(file) + "/", "(empty folder)");
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return files;
    }
}
