package folio;

import folio.project.Project;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A small site written inline by a test: files by project-relative path, then a build. */
public final class TestSite {
    public static final String CONFIG = """
            title: Test site
            description: A site for tests
            base_url: https://example.org/
            language: en
            coverage_until: 2026-07-31
            """;
    public static final String BASE_TEMPLATE = """
            <!DOCTYPE html>
            <html lang="{{ site.config.language }}"><head><meta charset="utf-8"><title>{{ page.title }}</title></head>
            <body><main><h1>{{ page.title }}</h1>{% block content %}{{ page.contentHtml | raw }}{% endblock %}{{ references() }}</main></body></html>
            """;

    private final Path root;
    private final Map<String, String> files = new LinkedHashMap<>();

    public TestSite(Path root) {
        this.root = root;
    }

    /** A site with a config and a base page template, ready for more files. */
    public static TestSite minimal(Path root) {
        return new TestSite(root).file("content/site.yaml", CONFIG).file("templates/page.peb", BASE_TEMPLATE);
    }

    public TestSite file(String path, String text) {
        files.put(path, text);
        write(path, text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public TestSite bytes(String path, byte[] bytes) {
        write(path, bytes);
        return this;
    }

    private void write(String path, byte[] bytes) {
        try {
            Path target = root.resolve(path);
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What folio printed (standard output and error together) and its exit code, from a JVM of its own. */
    public record Run(int exitCode, String output) {
        /** "exit N", a line feed and the output: one string for an assertion's message and its start. */
        public String shown() {
            return "exit " + exitCode + "\n" + output;
        }
    }

    /**
     * Runs folio on this site as a user does, in a JVM of its own with {@code jvmOptions} (a small
     * heap, so the tests' JVM is not the one that runs short). The output goes to a file, not a
     * pipe, so a build that hangs is killed after {@code minutes} (a guard, not a timing target)
     * and the test fails with what it printed.
     */
    public Run runInOwnJvm(List<String> jvmOptions, int minutes, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "folio.Main"));
        command.addAll(List.of(arguments));
        try {
            Path log = Files.createTempFile("folio-run", ".log");
            try {
                Process process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                        .redirectOutput(log.toFile()).start();
                boolean ended = process.waitFor(minutes, TimeUnit.MINUTES);
                if (!ended) {
                    process.destroyForcibly().waitFor();
                    throw new AssertionError("folio hung: " + Files.readString(log, StandardCharsets.UTF_8));
                }
                return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
            } finally {
                Files.delete(log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    public Path root() {
        return root;
    }

    public Project project() {
        return Project.of(root, Path.of("content"), Path.of("templates"), Path.of("site"));
    }

    public Build.Result build() {
        return Build.run(new Build.Options(project(), null, false, true));
    }

    public Build.Result check() {
        return Build.run(new Build.Options(project(), null, false, false));
    }

    public String read(String sitePath) {
        try {
            return Files.readString(root.resolve("site").resolve(sitePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The diagnostics as the command line prints them, one per line. */
    public static String errors(Build.Result result) {
        StringBuilder out = new StringBuilder();
        result.diagnostics().forEach(d -> out.append(d).append('\n'));
        return out.toString();
    }
}
