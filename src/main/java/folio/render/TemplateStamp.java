package folio.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/** A fingerprint of the templates folder (every file's path, size and time), to know when to recompile. */
final class TemplateStamp {
    private TemplateStamp() {}

    static String of(Path templates) {
        StringBuilder stamp = new StringBuilder();
        try (Stream<Path> walk = Files.walk(templates)) {
            walk.filter(Files::isRegularFile).sorted().forEach(file -> {
                try {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                    stamp.append(file).append(':').append(attributes.size()).append(':')
                            .append(attributes.lastModifiedTime().toMillis()).append(';');
                } catch (IOException e) {
                    stamp.append(file).append(":?;");
                }
            });
        } catch (IOException | UncheckedIOException e) {
            return "unreadable:" + System.nanoTime();
        }
        return stamp.toString();
    }
}
