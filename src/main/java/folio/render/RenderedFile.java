package folio.render;

import java.nio.charset.StandardCharsets;

/** A file of the finished site, in memory: its path under site/ and its bytes. */
public record RenderedFile(String path, byte[] bytes) {
    public static RenderedFile text(String path, String text) {
        return new RenderedFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
