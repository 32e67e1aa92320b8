package folio.site;

/**
 * Site paths: a page's URL is pretty ("about/", "" for home, "404.html"), and the file behind
 * it is "about/index.html". Links point at files so the site also works opened from disk.
 */
public final class SitePaths {
    private SitePaths() {}

    /** "about/#x" becomes "about/index.html#x"; "" becomes "index.html"; "404.html" stays. */
    public static String file(String url) {
        String path = url;
        String fragment = "";
        int hash = url.indexOf('#');
        if (hash >= 0) {
            path = url.substring(0, hash);
            fragment = url.substring(hash);
        }
        if (path.isEmpty() || path.endsWith("/")) {
            path = path + "index.html";
        }
        return path + fragment;
    }

    /** The output file of a page URL (no fragment). */
    public static String output(String url) {
        return file(url);
    }

    /** The relative prefix from a page's output file to the site root: "", "../", "../../". */
    public static String rootPrefix(String output) {
        int depth = 0;
        for (int i = 0; i < output.length(); i++) {
            if (output.charAt(i) == '/') {
                depth++;
            }
        }
        return "../".repeat(depth);
    }
}
