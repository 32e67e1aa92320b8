package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import folio.output.SiteManifest;
import folio.project.Project;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden fixture sites under src/test/resources/sites/CASE/: {@code input/} holds content/ and
 * templates/ (and optionally {@code args.txt}, extra command-line arguments); {@code expected/}
 * holds the exact expected site, or {@code expected-errors.txt} the expected diagnostics with
 * a first line {@code exit N}. {@code args.txt} may hold {@code --drafts} and {@code --output DIR}
 * (relative to input/, for the cases that must refuse an output directory). Run with -Dgolden.update=true to rewrite the expectations.
 */
class GoldenSitesTest {
    private static final Path CASES = Path.of("src/test/resources/sites");
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
        Path input = dir.resolve("input");
        Path output = outputArgument(dir).orElse(work.resolve(dir.getFileName().toString() + "-site"));
        Path contentDir = input.resolve("content");
        Project project = Project.of(input, Path.of("content"), Path.of("templates"), output);
        Build.Result result = Build.run(new Build.Options(project, null, argsContain(dir, "--drafts"), true));
        StringBuilder actualErrors = new StringBuilder("exit " + result.exitCode() + "\n");
        result.diagnostics().forEach(d -> actualErrors.append(d).append('\n'));
        Path expectedErrors = dir.resolve("expected-errors.txt");
        Path expectedSite = dir.resolve("expected");
        if (UPDATE) {
            if (result.ok()) {
                copyTree(output, expectedSite);
            } else {
                Files.writeString(expectedErrors, actualErrors.toString());
            }
            return;
        }
        if (Files.exists(expectedErrors)) {
            assertEquals(Files.readString(expectedErrors), actualErrors.toString(), "diagnostics of " + dir);
        } else if (Files.isDirectory(expectedSite)) {
            assertEquals(0, result.exitCode(), actualErrors.toString());
            Map<String, String> expected = tree(expectedSite);
            Map<String, String> actual = tree(output);
            assertEquals(expected.keySet(), actual.keySet(), "files of " + dir);
            expected.forEach((path, text) -> assertEquals(text, actual.get(path), path));
        } else {
            fail(dir + " has neither expected/ nor expected-errors.txt (run with -Dgolden.update=true); " + contentDir);
        }
    }

    /** {@code --output DIR} in args.txt, relative to input/ (for the refused-output cases). */
    private static java.util.Optional<Path> outputArgument(Path dir) throws IOException {
        Path args = dir.resolve("args.txt");
        if (!Files.exists(args)) {
            return java.util.Optional.empty();
        }
        String[] words = Files.readString(args).strip().split("\\s+");
        for (int i = 0; i + 1 < words.length; i++) {
            if (words[i].equals("--output")) {
                return java.util.Optional.of(Path.of(words[i + 1]));
            }
        }
        return java.util.Optional.empty();
    }

    private static boolean argsContain(Path dir, String flag) throws IOException {
        Path args = dir.resolve("args.txt");
        return Files.exists(args) && Files.readString(args).contains(flag);
    }

    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            // The manifest lists sizes of every file: it has its own tests (OutputFolderTest).
            walk.filter(Files::isRegularFile).filter(file -> !file.endsWith(SiteManifest.NAME)).forEach(file -> {
                try {
                    files.put(root.relativize(file).toString().replace('\\', '/'),
                            new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return files;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            try (Stream<Path> walk = Files.walk(to)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }
}
