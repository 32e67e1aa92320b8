package folio.render;

import folio.site.UrlPath;
import java.util.ArrayList;
import java.util.List;

/**
 * Which output file of the site an href in a rendered page points at: made absolute against the
 * page's own path, the site's base URL and base path taken off, "." and ".." resolved, a folder
 * taken as its index.html.
 */
final class LinkTargets {
    private final String baseUrl;
    /** The path the site is served under ("/" or "/repo/"), or null when the base URL has none. */
    private final String basePath;

    LinkTargets(String baseUrl, String basePath) {
        this.baseUrl = baseUrl;
        this.basePath = basePath;
    }

    /**
     * The output file a link from {@code from} points at, or null when it leaves the site
     * (another host, a scheme, a path above the root).
     */
    String target(String from, String written) {
        String path = written;
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        String rooted;
        if (!baseUrl.isEmpty() && path.startsWith(baseUrl)) {
            rooted = path.substring(baseUrl.length());
        } else if (path.startsWith("//") || hasScheme(path)) {
            return null;
        } else if (path.startsWith("/")) {
            // 404.html links from the base path; elsewhere such a link is an error of its own.
            if (basePath == null || !path.startsWith(basePath)) {
                return null;
            }
            rooted = path.substring(basePath.length());
        } else if (path.isEmpty()) {
            return from;
        } else {
            rooted = from.substring(0, from.lastIndexOf('/') + 1) + path;
        }
        String decoded = UrlPath.decode(rooted);
        String normal = decoded == null ? null : normalise(decoded);
        if (normal == null) {
            return null;
        }
        return normal.isEmpty() || normal.endsWith("/") ? normal + "index.html" : normal;
    }

    /** "https:", "mailto:": a ':' before any '/' (a relative path's first part has none, see UrlPath). */
    private static boolean hasScheme(String path) {
        int colon = path.indexOf(':');
        int slash = path.indexOf('/');
        return colon > 0 && (slash < 0 || colon < slash);
    }

    /** Resolves "." and ".." in a site-relative path (keeping a final "/"); null when it climbs out. */
    private static String normalise(String path) {
        List<String> parts = new ArrayList<>();
        String[] split = path.split("/", -1);
        for (int i = 0; i < split.length; i++) {
            String part = split[i];
            boolean last = i == split.length - 1;
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.add(part);
                continue;
            }
            if (last && !parts.isEmpty()) {
                parts.add("");
            }
        }
        return String.join("/", parts);
    }
}
