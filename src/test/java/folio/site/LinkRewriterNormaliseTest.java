package folio.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Resolving "." and ".." in a link's path gives what splitting it into parts gives, short cut or not. */
class LinkRewriterNormaliseTest {
    /** The rule written the long way: every part read, "." and empty parts dropped, ".." going up. */
    private static String byParts(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
            } else {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }

    @Test
    void everyPathOfTheseSegmentsResolvesAsByParts() {
        String[] segments = {"", ".", "..", "a", "b.md", ".well-known", "x..y", "..z", "é"};
        List<String> paths = new ArrayList<>();
        for (String first : segments) {
            paths.add(first);
            for (String second : segments) {
                paths.add(first + "/" + second);
                for (String third : segments) {
                    paths.add(first + "/" + second + "/" + third);
                }
            }
        }
        paths.addAll(List.of("posts/p000001.md", "/posts/a.md", "posts//a.md", "posts/a.md/", "./a.md", "a/./b.md"));
        for (String path : paths) {
            assertEquals(byParts(path), LinkRewriter.normalise(path), path);
        }
    }
}
