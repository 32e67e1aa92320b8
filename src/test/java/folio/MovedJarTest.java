package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * folio.jar copied somewhere without the lib/ folder beside it (its manifest's Class-Path):
 * the run says what is missing and how to fix it, with exit 2, not "internal error ... a bug".
 */
class MovedJarTest {
    @TempDir
    Path dir;

    @Test
    void aJarWithoutItsLibrariesSaysSoWithExitTwo() throws Exception {
        Path jar = dir.resolve("folio.jar");
        jarOfClassesAlone(Path.of("target/classes"), jar);
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.createDirectories(project.resolve("content"));
        Files.createDirectories(project.resolve("templates"));
        Files.writeString(project.resolve("content/site.yaml"), "title: T\nbase_url: https://example.org/\n");
        Files.writeString(project.resolve("content/index.md"), "---\ntitle: Home\n---\nHello.\n");
        Files.writeString(project.resolve("templates/page.peb"), "<p>{{ page.title }}</p>\n");

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-jar", jar.toString(), "build").directory(project.toFile())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = process.waitFor();

        assertEquals(2, code, output);
        assertTrue(output.contains("folio.jar must stay beside the lib/ folder"), output);
        assertFalse(output.contains("internal error"), output);
        assertFalse(output.contains("\tat "), output);
        assertFalse(Files.exists(project.resolve("site")), "nothing is written");
    }

    /** A runnable jar of folio's own classes, with no Class-Path: what a copied target/folio.jar sees. */
    private static void jarOfClassesAlone(Path classes, Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "folio.Main");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            for (Path path : files) {
                out.putNextEntry(new JarEntry(classes.relativize(path).toString().replace('\\', '/')));
                Files.copy(path, out);
                out.closeEntry();
            }
        }
    }
}
