package folio;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, "folio build key 1");
            update(digest, generator());
            update(digest, System.getProperty("java.specification.version"));
            update(digest, "base-url " + options.baseUrl());
            update(digest, "drafts " + options.drafts());
            update(digest, "translations " + options.translations());
            Path config = options.project().siteConfig();
            update(digest, "site.yaml");
            digest.update(Files.isRegularFile(config) ? Files.readAllBytes(config) : new byte[0]);
            Path templates = options.project().templates();
            for (Path file : files(templates)) {
                String relative = templates.relativize(file).toString().replace('\\', '/');
                if (!relative.startsWith("static/")) {
                    update(digest, relative);
                    digest.update(Files.readAllBytes(file));
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | RuntimeException | NoSuchAlgorithmException e) {
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

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }
}
