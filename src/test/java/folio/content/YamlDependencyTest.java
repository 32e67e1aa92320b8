package folio.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SnakeYAML is the parser inside Jackson's YAML parser, not a dependency of folio: no source and
 * no compiled class names one of its types (Jackson's own types carry all folio needs), and the
 * pom does not declare it, so Jackson alone chooses its version.
 */
class YamlDependencyTest {
    private static final String SELF = YamlDependencyTest.class.getSimpleName();

    @Test
    void noSourceUsesSnakeYaml() throws Exception {
        List<String> users = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("src/test/java"))) {
            for (Path file : files(root, ".java")) {
                if (!file.endsWith(SELF + ".java") && Files.readString(file).contains("org.yaml")) {
                    users.add(root.relativize(file).toString());
                }
            }
        }
        assertEquals(List.of(), users);
    }

    /** Catches what a source scan cannot: a fully qualified name, or a signature that drags a SnakeYAML type in. */
    @Test
    void noCompiledClassNamesASnakeYamlType() throws Exception {
        List<Path> roots = List.of(classesOf(YamlReader.class), classesOf(YamlDependencyTest.class));
        assertTrue(Files.isRegularFile(roots.get(0).resolve("folio/content/YamlParser.class")), roots.get(0).toString());
        List<String> users = new ArrayList<>();
        for (Path root : roots) {
            for (Path file : files(root, ".class")) {
                String constants = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                if (!file.getFileName().toString().startsWith(SELF) && constants.contains("org/yaml/")) {
                    users.add(root.relativize(file).toString());
                }
            }
        }
        assertEquals(List.of(), users);
    }

    @Test
    void thePomDoesNotDeclareSnakeYaml() throws Exception {
        assertFalse(Files.readString(Path.of("pom.xml")).contains("<artifactId>snakeyaml</artifactId>"),
                "pom.xml declares snakeyaml: Jackson brings the version it is built for");
    }

    private static Path classesOf(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static List<Path> files(Path root, String suffix) throws Exception {
        try (var walk = Files.walk(root)) {
            return walk.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
