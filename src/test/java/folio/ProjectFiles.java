package folio;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A test's copy of a project, and edits to it by path under its folder; a missing text to replace fails the test. */
public final class ProjectFiles {
    private ProjectFiles() {}

    /**
     * Copies the project at {@code site} into a new folder under {@code work}, gives its
     * content/{@code path} the text {@code lines}, and builds it with {@code templates} without
     * writing a site: what the build reported.
     */
    public static java.util.List<folio.diag.Diagnostic> buildEdited(Path work, Path site, Path templates, String path,
                                                                     java.util.List<String> lines) throws IOException {
        Path root = Files.createTempDirectory(work, "site");
        copyTree(site, root);
        Files.write(root.resolve("content").resolve(path), lines);
        folio.project.Project project = folio.project.Project.of(root, Path.of("content"), templates, root.resolve("site"));
        return Build.run(new Build.Options(project, null, false, false)).diagnostics();
    }

    static void append(Path dir, String path, String text) {
        write(dir, path, read(dir, path) + text);
    }

    static void replace(Path dir, String path, String from, String to) {
        String before = read(dir, path);
        assertTrue(before.contains(from), path + " holds '" + from + "'");
        write(dir, path, before.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)));
    }

    static String read(Path dir, String path) {
        try {
            return Files.readString(dir.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path dir, String path, String text) {
        try {
            Files.createDirectories(dir.resolve(path).getParent());
            Files.writeString(dir.resolve(path), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the folder {@code from} (the real site's content/, say) to {@code to}, file times kept. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
