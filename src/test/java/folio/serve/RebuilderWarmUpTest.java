package folio.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.Build;
import folio.ProjectFiles;
import folio.TestSite;
import folio.project.Project;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview server's warm-up builds as the editor's saves will: every page rendered, then a
 * few files and Markdown texts parsed again and all pages but a few kept.
 */
class RebuilderWarmUpTest {
    @TempDir
    Path dir;

    @Test
    void theWarmUpAlsoBuildsAsAfterASave() throws IOException {
        ProjectFiles.copyTree(Path.of("content"), dir.resolve("content"));
        ProjectFiles.copyTree(Path.of("templates"), dir.resolve("templates"));
        Project project = Project.of(dir, Path.of("content"), Path.of("templates"), Path.of("site"));
        List<Integer> kept = new ArrayList<>();
        List<Integer> parsedFiles = new ArrayList<>();
        List<Integer> reusedTexts = new ArrayList<>();
        int[] pages = {0};
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
        Rebuilder rebuilder = new Rebuilder(project, null, false, quiet, quiet, new LiveReload(), options -> {
            if (kept.size() == 4) {
                throw new IllegalStateException("four warm-up builds are enough for this test");
            }
            Build.Result result = Build.run(options);
            assertEquals(0, result.exitCode(), TestSite.errors(result));
            pages[0] = result.pageCount();
            kept.add(options.cache().keptPages());
            parsedFiles.add(options.cache().parsedFiles());
            reusedTexts.add(result.reusedParses());
            return result;
        }, snapshot -> { });
        rebuilder.rebuild("start");
        kept.clear();
        parsedFiles.clear();
        reusedTexts.clear();
        rebuilder.warmUp();
        assertEquals(4, kept.size(), "the warm-up stops at the first build that throws");
        assertEquals(0, kept.get(0), "a round's first build renders every page");
        assertEquals(0, kept.get(2));
        for (int save : List.of(kept.get(1), kept.get(3))) {
            assertTrue(save > pages[0] / 2 && save < pages[0], "a round's second build keeps all pages but a few: "
                    + save + " of " + pages[0]);
        }
        assertEquals(0, parsedFiles.get(0), "a round's first build parses no unchanged file again");
        assertEquals(0, parsedFiles.get(2));
        for (int round : List.of(1, 3)) {
            assertTrue(parsedFiles.get(round) > 0 && parsedFiles.get(round) < pages[0] / 2,
                    "a round's second build parses a few files again, as after a save: " + parsedFiles.get(round));
            assertTrue(reusedTexts.get(round) > reusedTexts.get(round - 1) / 2 && reusedTexts.get(round) < reusedTexts.get(round - 1),
                    "and a few Markdown texts: " + reusedTexts.get(round) + " kept of " + reusedTexts.get(round - 1));
        }
    }
}
