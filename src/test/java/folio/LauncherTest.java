package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * bin/folio, run with a stand-in {@code java} first on the PATH that prints the arguments it was
 * given: the launcher finds the project from wherever it is called, passes the class-data archive
 * when there is one, keeps the short-run options out of {@code serve}, and adds FOLIO_JAVA_OPTS last.
 */
class LauncherTest {
    private Path dir;
    private Path project;
    private Path fakeJavaDir;

    @BeforeEach
    void copyTheLauncher() throws IOException {
        // Under target/, not /tmp: the scripts are executed, and /tmp may be mounted noexec. The
        // real path: bash reports its working folder without symbolic links.
        Files.createDirectories(Path.of("target"));
        dir = Files.createTempDirectory(Path.of("target"), "launcher-test").toRealPath();
        project = dir.resolve("project");
        Files.createDirectories(project.resolve("bin"));
        Files.copy(Path.of("bin/folio"), project.resolve("bin/folio"));
        executable(project.resolve("bin/folio"));
        fakeJavaDir = Files.createDirectories(dir.resolve("fake"));
        Files.writeString(fakeJavaDir.resolve("java"), "#!/bin/sh\nprintf '%s\\n' \"$@\"\n");
        executable(fakeJavaDir.resolve("java"));
    }

    @AfterEach
    void removeTheFolder() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private record Run(int exitCode, List<String> lines) {}

    private Run run(Path workingDir, Map<String, String> env, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile()).redirectErrorStream(true);
        builder.environment().put("PATH", fakeJavaDir + ":" + System.getenv("PATH"));
        builder.environment().remove("FOLIO_JAVA_OPTS");
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), output.lines().toList());
    }

    private void packaged(boolean withArchive) throws IOException {
        Files.createDirectories(project.resolve("target"));
        Files.writeString(project.resolve("target/folio.jar"), "stand-in");
        if (withArchive) {
            Files.writeString(project.resolve("target/folio.jsa"), "stand-in");
        }
    }

    private String jar() {
        return project.toAbsolutePath() + "/target/folio.jar";
    }

    @Test
    void findsTheProjectFromAnotherFolderAndFromItsOwn() throws Exception {
        packaged(true);
        for (Run run : List.of(run(dir, Map.of(), "project/bin/folio", "build", "--drafts"),
                run(project.resolve("bin"), Map.of(), "./folio", "build", "--drafts"),
                run(dir, Map.of(), project.resolve("bin/folio").toString(), "build", "--drafts"),
                // Found through the PATH.
                run(dir, Map.of("PATH", project.resolve("bin") + ":" + fakeJavaDir + ":" + System.getenv("PATH")),
                        "bash", "-c", "folio build --drafts"))) {
            assertEquals(0, run.exitCode(), String.join("\n", run.lines()));
            List<String> args = run.lines();
            int jarAt = args.indexOf("-jar");
            assertTrue(jarAt > 0, "no -jar in " + args);
            assertEquals(Path.of(jar()).normalize(), Path.of(args.get(jarAt + 1)).normalize());
            assertEquals(List.of("build", "--drafts"), args.subList(jarAt + 2, args.size()));
            String archive = args.stream().filter(a -> a.startsWith("-XX:SharedArchiveFile=")).findFirst().orElse("");
            assertEquals(Path.of(project.toAbsolutePath() + "/target/folio.jsa").normalize(),
                    Path.of(archive.substring(archive.indexOf('=') + 1)).normalize());
        }
    }

    @Test
    void runsWithoutAnArchiveWhenThereIsNone() throws Exception {
        packaged(false);
        Run run = run(dir, Map.of(), "project/bin/folio", "build");
        assertEquals(0, run.exitCode());
        assertTrue(run.lines().stream().noneMatch(a -> a.startsWith("-XX:SharedArchiveFile")), run.lines().toString());
        assertFalse(run.lines().contains("-XX:ArchiveRelocationMode=0"), run.lines().toString());
    }

    /** The JDK the tests run on (CI's, an editor's) takes the archive options the launcher passes. */
    @Test
    void theRunningJdkTakesTheArchiveMappingOption() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0", "-version")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
    }

    @Test
    void shortRunOptionsForBuildNotForServe() throws Exception {
        packaged(true);
        List<String> build = run(dir, Map.of(), "project/bin/folio", "build").lines();
        List<String> serve = run(dir, Map.of(), "project/bin/folio", "serve").lines();
        assertTrue(build.contains("-XX:TieredStopAtLevel=1"), build.toString());
        assertFalse(serve.contains("-XX:TieredStopAtLevel=1"), serve.toString());
        assertTrue(build.contains("-Dsun.reflect.inflationThreshold=2000"), build.toString());
        assertTrue(serve.stream().noneMatch(a -> a.startsWith("-Dsun.reflect.inflationThreshold")), "a long-running "
                + "serve is better off with Java's generated accessors from the start: " + serve);
        assertTrue(serve.contains("-XX:+UseParallelGC"), serve.toString());
        assertTrue(build.stream().anyMatch(a -> a.startsWith("-XX:SharedArchiveFile=")), build.toString());
        assertTrue(build.indexOf("-XX:+UnlockDiagnosticVMOptions") >= 0
                && build.indexOf("-XX:+UnlockDiagnosticVMOptions") < build.indexOf("-XX:ArchiveRelocationMode=0"),
                "the archive is mapped where it was made to be: " + build);
        assertFalse(serve.contains("-XX:ArchiveRelocationMode=0"), serve.toString());
        assertTrue(serve.stream().noneMatch(a -> a.startsWith("-XX:SharedArchiveFile=")), "serve's rebuilds run slower "
                + "from the archive: " + serve);
    }

    @Test
    void folioJavaOptsComeAfterTheDefaultsSoTheyWin() throws Exception {
        packaged(true);
        for (String command : List.of("build", "serve")) {
            List<String> plain = run(dir, Map.of(), "project/bin/folio", command).lines();
            List<String> mine = run(dir, Map.of("FOLIO_JAVA_OPTS", "-Xmx2g -XX:MaxNewSize=64m"), "project/bin/folio", command).lines();
            List<String> defaults = plain.subList(0, plain.indexOf("-jar"));
            assertFalse(defaults.isEmpty(), plain.toString());
            // The user's options follow every option of the launcher's own, and the JVM takes the last of a kind.
            List<String> expected = new java.util.ArrayList<>(defaults);
            expected.addAll(List.of("-Xmx2g", "-XX:MaxNewSize=64m"));
            assertEquals(expected, mine.subList(0, mine.indexOf("-jar")), command);
            assertEquals(plain.subList(plain.indexOf("-jar"), plain.size()), mine.subList(mine.indexOf("-jar"), mine.size()));
        }
    }

    @Test
    void saysToPackageFirstWhenTheJarIsMissing() throws Exception {
        Run run = run(dir, Map.of(), "project/bin/folio", "build");
        assertEquals(2, run.exitCode());
        String message = String.join("\n", run.lines());
        assertTrue(message.contains(project.toAbsolutePath() + "/")
                && message.contains("target/folio.jar not found: run 'mvn package' first"), message);
    }
}
