package folio.serve;

import folio.Build;
import folio.render.RenderedFile;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The last good build, held in memory: what the server answers from. Swapped whole after each
 * successful rebuild, so a request never sees half of one build and half of another.
 */
record SiteSnapshot(Map<String, byte[]> generated, Map<String, Path> copies) {

    static SiteSnapshot of(Build.Result result) {
        Map<String, byte[]> generated = new HashMap<>();
        for (RenderedFile file : result.files()) {
            generated.put(file.path(), file.bytes());
        }
        return new SiteSnapshot(Map.copyOf(generated), Map.copyOf(result.copies()));
    }

    static SiteSnapshot empty() {
        return new SiteSnapshot(Map.of(), Map.of());
    }

    boolean isEmpty() {
        return generated.isEmpty();
    }

    List<String> paths() {
        return List.copyOf(generated.keySet());
    }
}
