package folio;

import folio.project.Project;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

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
