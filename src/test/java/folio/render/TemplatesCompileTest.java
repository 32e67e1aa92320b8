package folio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import folio.project.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every template is compiled, used or not, and a mistake in any is an error ({@link Templates#failures}):
 * so the real theme's templates and the built-in ones must all compile, each on its own.
 */
class TemplatesCompileTest {
    @TempDir
    Path dir;

    @Test
    void theRealTemplatesCompile() {
        Path here = Path.of("").toAbsolutePath();
        Templates templates = Templates.prepare(Project.of(here, Path.of("content"), Path.of("templates"), Path.of("site")), null);
        assertEquals(Map.of(), templates.failures());
        assertEquals(List.of(), templates.crashes());
        // No call of a filter, test, function or macro that would fail when its line runs (TemplateNames).
        assertEquals(List.of(), templates.unknownNames());
    }

    /** The built-in theme (partials folio renders and the ones they include, the feed and sitemap), with no theme of the site's. */
    @Test
    void theBuiltInTemplatesCompile() throws IOException {
        Path builtIn = Path.of("src/main/resources/folio/theme");
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.walk(builtIn)) {
            files.filter(file -> file.toString().endsWith(".peb")).sorted().forEach(file -> {
                String name = builtIn.relativize(file).toString().replace('\\', '/');
                names.add(name.substring(0, name.length() - ".peb".length()));
            });
        }
        assertFalse(names.isEmpty());
        Files.createDirectories(dir.resolve("templates"));
        Templates templates = Templates.prepare(Project.of(dir, Path.of("content"), Path.of("templates"), Path.of("site")), null);
        assertEquals(Map.of(), templates.failures());
        List<String> failed = new ArrayList<>();
        for (String name : names) {
            try {
                templates.engine().getTemplate(name);
            } catch (RuntimeException e) {
                failed.add(name + ": " + e.getMessage());
            }
        }
        assertEquals(List.of(), failed);
        Templates.Engine engine = templates.ready();
        assertEquals(List.of(), engine.extension().names().check(engine.pebble().getExtensionRegistry(), engine.extension()));
    }
}
