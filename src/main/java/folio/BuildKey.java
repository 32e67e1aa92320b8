package folio;

import folio.project.Checksum;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a build's output is made from besides the content: the generator (its classes and the
 * Java version), the options that change output, {@code site.yaml} and every template file
 * (templates/static/ aside: those files are compared one by one). A build whose key differs
 * from the last one's rewrites the whole site; null when the key cannot be worked out, which
 * also means a full build.
 */
final class BuildKey {
    private static volatile String generator;

    private BuildKey() {}

    static String of(Build.Options options) {
        try {
            Checksum digest = new Checksum();
            digest.update("folio build key 2");
            digest.update(generator());
            digest.update(System.getProperty("java.specification.version"));
            digest.update("base-url " + options.baseUrl());
            digest.update("drafts " + options.drafts());
            // The policy's parts, not its record toString: the first call of a record's toString, equals or
            // hashCode links it at run time, 20-35 ms of a cold start (bench/PROFILE.md, twenty-fifth round).
            digest.update("translations stale " + options.translations().allowStale()
                    + " untranslated " + options.translations().allowUntranslated());
            Path config = options.project().siteConfig();
            digest.update("site.yaml");
            digest.update(Files.isRegularFile(config) ? Files.readAllBytes(config) : new byte[0]);
            Path templates = options.project().templates();
            for (Path file : files(templates)) {
                String relative = templates.relativize(file).toString().replace('\\', '/');
                if (!relative.startsWith("static/")) {
                    digest.update(relative);
                    digest.update(Files.readAllBytes(file));
                }
            }
            return digest.hex();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** folio's own code and the Java version, as the key names them; null when they cannot be worked out. */
    static String generatorStamp() {
        try {
            return generator() + "java " + System.getProperty("java.specification.version");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * folio's own code: its jar's path, size and modification time (hashing the jar's bytes took
     * 5-10 ms of every build), or for a build from class folders (tests) each class file's name,
     * size and time. A rebuilt or replaced jar gets a new time, so its first build is a full one.
     */
    private static String generator() throws IOException {
        String known = generator;
        if (known != null) {
            return known;
        }
        Path code;
        try {
            code = Path.of(BuildKey.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new IOException("cannot find folio's own classes", e);
        }
        StringBuilder stamp = new StringBuilder();
        for (Path file : Files.isRegularFile(code) ? List.of(code) : files(code)) {
            Path name = Files.isRegularFile(code) ? code.toAbsolutePath() : code.relativize(file);
            stamp.append(name).append(' ').append(Files.size(file)).append(' ')
                    .append(Files.getLastModifiedTime(file).toMillis()).append('\n');
        }
        known = stamp.toString();
        generator = known;
        return known;
    }

    private static List<Path> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
