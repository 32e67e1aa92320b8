package folio;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Edits to a test's copy of a project, by path under its folder; a missing text to replace fails the test. */
final class ProjectFiles {
    private ProjectFiles() {}

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
}
