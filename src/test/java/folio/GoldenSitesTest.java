package folio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import folio.output.SiteManifest;
import folio.project.Project;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/**
 * Golden fixture sites under src/test/resources/sites/CASE/: {@code input/} holds content/ and
 * templates/ (and optionally {@code args.txt}, extra command-line arguments); exactly one of
 * {@code expected/} (the exact expected site) and {@code expected-errors.txt} (the expected
 * diagnostics with a first line {@code exit N}) says what the build must give.
 * {@code args.txt} may hold {@code --drafts}, {@code --allow-stale}, {@code --allow-untranslated}, {@code --output DIR} (relative to input/, for the
 * cases that must refuse an output directory) and {@code --repo-templates}: build with this
 * repository's own {@code templates/} (the default theme) instead of input/templates/, so the
 * case pins what the real theme makes of a small site. The theme's static files are then left
 * out of expected/ and checked to be byte-for-byte copies of templates/static/ instead (style
 * sheets as {@link folio.output.CompactCss} writes them).
 * Run with -Dgolden.update=true to rewrite the expectations (review the diff before committing).
 */
class GoldenSitesTest {
    private static final Path CASES = Path.of("src/test/resources/sites");
    private static final Path REPO_TEMPLATES = Path.of("templates").toAbsolutePath();
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TempDir
    Path work;

    @TestFactory
    Stream<DynamicTest> goldenSites() throws IOException {
        List<Path> cases = new ArrayList<>();
        try (Stream<Path> list = Files.list(CASES)) {
            list.filter(Files::isDirectory).sorted().forEach(cases::add);
        }
        return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> runCase(dir)));
    }

    private void runCase(Path dir) throws IOException {
        Path expectedErrors = dir.resolve("expected-errors.txt");
        Path expectedSite = dir.resolve("expected");
        if (!UPDATE) {
            requireExactlyOneExpectation(dir);
        }
        Path input = dir.resolve("input");
        Path output = outputArgument(dir).orElse(work.resolve(dir.getFileName().toString() + "-site"));
        boolean repoTemplates = argsContain(dir, "--repo-templates");
        Path templates = repoTemplates ? REPO_TEMPLATES : Path.of("templates");
        Project project = Project.of(input, Path.of("content"), templates, output);
        folio.i18n.Translations.Policy policy = new folio.i18n.Translations.Policy(argsContain(dir, "--allow-stale"),
                argsContain(dir, "--allow-untranslated"));
        Build.Result result = Build.run(new Build.Options(project, null, argsContain(dir, "--drafts"), true, true, null,
                policy));
        StringBuilder actualErrors = new StringBuilder("exit " + result.exitCode() + "\n");
        result.diagnostics().forEach(d -> actualErrors.append(d).append('\n'));
        Set<String> themeCopies = repoTemplates && result.ok() ? themeCopies(result, project, output) : Set.of();
        if (UPDATE) {
            delete(expectedSite);
            Files.deleteIfExists(expectedErrors);
            if (result.ok()) {
                copyTree(output, expectedSite, themeCopies);
            } else {
                Files.writeString(expectedErrors, actualErrors.toString());
            }
            return;
        }
        if (Files.exists(expectedErrors)) {
            assertEquals(Files.readString(expectedErrors), actualErrors.toString(), "diagnostics of " + dir);
        } else {
            assertEquals(0, result.exitCode(), actualErrors.toString());
            Map<String, String> expected = tree(expectedSite, Set.of());
            Map<String, String> actual = tree(output, themeCopies);
            assertEquals(expected.keySet(), actual.keySet(), "files of " + dir);
            expected.forEach((path, text) -> assertEquals(text, actual.get(path), dir.getFileName() + ": " + path));
        }
    }

    /** A case says either what the site is or which errors the build reports, never both or neither. */
    static void requireExactlyOneExpectation(Path dir) {
        boolean errors = Files.exists(dir.resolve("expected-errors.txt"));
        if (errors == Files.isDirectory(dir.resolve("expected"))) {
            fail(dir + " must have exactly one of expected/ and expected-errors.txt, it has " + (errors ? "both" : "neither")
                    + " (decide what the build must do; -Dgolden.update=true writes the one that matches the build)");
        }
    }

    @Test
    void aCaseWithBothOrNeitherExpectationFails() throws IOException {
        Path neither = Files.createDirectories(work.resolve("neither/input"));
        assertThrows(AssertionFailedError.class, () -> requireExactlyOneExpectation(neither.getParent()));
        Path both = Files.createDirectories(work.resolve("both/expected")).getParent();
        Files.writeString(both.resolve("expected-errors.txt"), "exit 1\n");
        assertThrows(AssertionFailedError.class, () -> requireExactlyOneExpectation(both));
        Files.delete(both.resolve("expected"));
        requireExactlyOneExpectation(both);
        Files.createDirectories(neither.resolveSibling("expected"));
        requireExactlyOneExpectation(neither.getParent());
    }

    /**
     * The output paths of the theme's static files, each checked to be an exact copy of its
     * source: they are the theme's, not the case's, so expected/ does not repeat them.
     */
    private static Set<String> themeCopies(Build.Result result, Project project, Path output) throws IOException {
        Set<String> paths = new TreeSet<>();
        for (Map.Entry<String, Path> copy : result.copies().entrySet()) {
            if (copy.getValue().toAbsolutePath().normalize().startsWith(project.staticDir())) {
                assertArrayEquals(folio.output.CompactFiles.read(copy.getKey(), copy.getValue()),
                        Files.readAllBytes(output.resolve(copy.getKey())),
                        copy.getKey() + " is not an exact copy of " + copy.getValue() + " (compacted, for a style sheet or a script)");
                paths.add(copy.getKey());
            }
        }
        return paths;
    }

    /** {@code --output DIR} in args.txt, relative to input/ (for the refused-output cases). */
    private static Optional<Path> outputArgument(Path dir) throws IOException {
        Path args = dir.resolve("args.txt");
        if (!Files.exists(args)) {
            return Optional.empty();
        }
        String[] words = Files.readString(args).strip().split("\\s+");
        for (int i = 0; i + 1 < words.length; i++) {
            if (words[i].equals("--output")) {
                return Optional.of(Path.of(words[i + 1]));
            }
        }
        return Optional.empty();
    }

    private static boolean argsContain(Path dir, String flag) throws IOException {
        Path args = dir.resolve("args.txt");
        return Files.exists(args) && List.of(Files.readString(args).strip().split("\\s+")).contains(flag);
    }

    /**
     * Every file under root by relative path, except the manifest (it lists sizes of every file
     * and has its own tests, OutputFolderTest) and the paths left out.
     */
    private static Map<String, String> tree(Path root, Set<String> leftOut) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(file -> {
                String path = root.relativize(file).toString().replace('\\', '/');
                if (path.equals(SiteManifest.NAME) || leftOut.contains(path)) {
                    return;
                }
                try {
                    files.put(path, new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return files;
    }

    private static void copyTree(Path from, Path to, Set<String> leftOut) throws IOException {
        for (String path : tree(from, leftOut).keySet()) {
            Path target = to.resolve(path);
            Files.createDirectories(target.getParent());
            Files.copy(from.resolve(path), target);
        }
    }

    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
