package folio.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The copied files the site gets smaller than their sources, in one place for the build and the
 * preview server alike: style sheets ({@link CompactCss}) and scripts ({@link CompactJs}).
 */
public final class CompactFiles {
    private CompactFiles() {}

    /** Whether a copied file at this output path is written compacted. */
    public static boolean applies(String path) {
        return CompactCss.applies(path) || CompactJs.applies(path);
    }

    /** The file's bytes as the site gets them: compacted when {@link #applies} to {@code path}, else as they are. */
    public static byte[] read(String path, Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return CompactCss.applies(path) ? CompactCss.of(bytes) : CompactJs.applies(path) ? CompactJs.of(bytes) : bytes;
    }
}
