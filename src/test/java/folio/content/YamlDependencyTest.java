package folio.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * SnakeYAML, the parser under Jackson's YAML parser, is used by our code in two classes only and
 * is declared in the pom at the version Jackson asks for, so the build never runs another one.
 */
class YamlDependencyTest {
    private static final Pattern SNAKEYAML_VERSION = Pattern.compile(
            "<artifactId>snakeyaml</artifactId>\\s*<version>([^<]+)</version>");

    @Test
    void thePomDeclaresTheSnakeYamlVersionJacksonAsksFor() throws Exception {
        String jacksonPom;
        try (InputStream in = getClass().getResourceAsStream(
                "/META-INF/maven/com.fasterxml.jackson.dataformat/jackson-dataformat-yaml/pom.xml")) {
            assertNotNull(in, "jackson-dataformat-yaml's pom is not on the class path");
            jacksonPom = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(version(jacksonPom, "jackson-dataformat-yaml's pom"), version(Files.readString(Path.of("pom.xml")), "pom.xml"));
    }

    @Test
    void onlyTheParserAndItsErrorsUseSnakeYaml() throws Exception {
        List<String> users = new ArrayList<>();
        try (var files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String text = Files.readString(file);
                // Jackson's wrappers of SnakeYAML's errors are deprecated: SnakeYAML's own types are used instead.
                if (text.contains("org.yaml.snakeyaml") || text.contains("jackson.dataformat.yaml.snakeyaml")) {
                    users.add(file.getFileName().toString());
                }
            }
        }
        assertEquals(List.of("YamlErrors.java", "YamlParser.java"), users.stream().sorted().toList());
        for (String name : users) {
            String text = Files.readString(Path.of("src/main/java/folio/content", name));
            assertEquals(false, text.contains("jackson.dataformat.yaml.snakeyaml"), name + " uses Jackson's deprecated wrappers");
        }
    }

    private static String version(String pom, String what) {
        Matcher matcher = SNAKEYAML_VERSION.matcher(pom);
        assertEquals(true, matcher.find(), what + " names no snakeyaml version");
        return matcher.group(1).strip();
    }
}
