package folio.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestPathTest {
    @Test
    void mapsPrettyPathsToFiles() {
        assertEquals(Optional.of("index.html"), RequestPath.resolve("/"));
        assertEquals(Optional.of("about/index.html"), RequestPath.resolve("/about/"));
        assertEquals(Optional.of("a b.png"), RequestPath.resolve("/a%20b.png"));
    }

    @Test
    void refusesTraversalInEveryEncoding() {
        for (String path : new String[] {"/../x", "/a/../../x", "/%2e%2e/x", "/%2E%2E%2Fx", "/..%5cx", "/%252e%252e/x",
                "/a\\b", "/%00", "//host/x", "relative", "/%zz"}) {
            assertTrue(RequestPath.resolve(path).isEmpty(), path);
        }
    }
}
