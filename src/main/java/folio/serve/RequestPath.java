package folio.serve;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Maps a request path to a site path, refusing anything that could leave the site: "..",
 * backslashes, NUL and other control characters, in plain or percent-encoded form.
 */
final class RequestPath {
    private RequestPath() {}

    /** "/about/" becomes "about/index.html"; empty when the path is refused. */
    static Optional<String> resolve(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        // A second decoding round catches double-encoded traversal (%252e%252e).
        if (decoded.contains("%")) {
            try {
                String twice = URLDecoder.decode(decoded.replace("+", "%2B"), StandardCharsets.UTF_8);
                if (unsafe(twice)) {
                    return Optional.empty();
                }
            } catch (IllegalArgumentException e) {
                // Not an encoding after all; judge the once-decoded path.
            }
        }
        if (unsafe(decoded)) {
            return Optional.empty();
        }
        String path = decoded.substring(1);
        if (path.isEmpty() || path.endsWith("/")) {
            path = path + "index.html";
        }
        return Optional.of(path);
    }

    private static boolean unsafe(String path) {
        if (path.contains("\\") || path.startsWith("//")) {
            return true;
        }
        for (char c : path.toCharArray()) {
            if (c < 0x20 || c == 0x7F) {
                return true;
            }
        }
        for (String segment : path.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                return true;
            }
        }
        return false;
    }
}
