package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import folio.project.Project;
import folio.render.RenderedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real site (content/ and templates/ as they are) built once per test run and shared by the
 * tests that only read what it made, every file kept in the result: a dozen classes each building
 * it again cost the suite a second or more apiece. A test that edits the site, builds it with
 * other options or needs a folder of its own builds its own.
 */
final class RealSite {
    private RealSite() {}

    /** The build's result; fails the calling test with the build's messages when it failed. */
    static Build.Result built() {
        Build.Result result = Shared.RESULT;
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        return result;
    }

    /**
     * Its HTML pages (both editions, the 404 page too), in the order the build made them; fails the
     * calling test as {@link #built} does.
     */
    static List<RenderedFile> pages() {
        return built().files().stream().filter(file -> file.path().endsWith(".html")).toList();
    }

    /** The folder it was written to (removed when the tests' JVM ends). */
    static Path output() {
        built();
        return Shared.OUTPUT;
    }

    /** Built on first use, by whichever test asks first. */
    private static final class Shared {
        static final Path OUTPUT;
        static final Build.Result RESULT;

        static {
            try {
                Path work = Files.createTempDirectory("folio-real-site");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(work)));
                OUTPUT = work.resolve("site");
                RESULT = Build.run(new Build.Options(Project.of(Path.of(""), Path.of("content"), Path.of("templates"), OUTPUT),
                        null, false, true));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void delete(Path folder) {
            try (Stream<Path> paths = Files.walk(folder)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                // a temporary folder under target/, which mvn clean removes too
            }
        }
    }
}
