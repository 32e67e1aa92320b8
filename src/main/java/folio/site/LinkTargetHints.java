package folio.site;

import folio.content.Suggestions;
import folio.project.PortableNames;
import java.util.Map;
import java.util.Set;

/**
 * What a report says of a link inside content/ that names nothing the site publishes: why not (a
 * YAML file, a folder, a built page's address), and the page or file it most likely meant.
 */
final class LinkTargetHints {
    private final Map<String, String> pageOutputsBySource;
    private final Set<String> assets;

    LinkTargetHints(Map<String, String> pageOutputsBySource, Set<String> assets) {
        this.pageOutputsBySource = pageOutputsBySource;
        this.assets = assets;
    }

    /** For a link to a page file that does not exist: "did you mean ...?" and a space, or "" when no page is close. */
    String closePage(String resolved, String fragment, String baseDir) {
        String close = Suggestions.closest(resolved, pageOutputsBySource.keySet()).orElse(null);
        return close == null ? "" : Suggestions.question(relative(baseDir, close) + fragment, "content/" + close) + " ";
    }

    /** Why a link to {@code resolved} (under content/) names no file that is published. */
    String whyNotAFile(String resolved) {
        if (resolved.endsWith(".yaml") || resolved.endsWith(".yml")) {
            return "YAML files in content/ are read to make the site, not published as files: link to the page that "
                    + "shows what it holds, or use [[kind:id]] for one of its entries";
        }
        // A page's address as the built site shows it (next.html, next/index.html): the page's file is meant.
        String stem = resolved.endsWith("/index.html") ? resolved.substring(0, resolved.length() - "/index.html".length())
                : resolved.endsWith(".html") ? resolved.substring(0, resolved.length() - ".html".length()) : resolved;
        String page = pageOutputsBySource.containsKey(stem + ".md") ? stem + ".md"
                : pageOutputsBySource.containsKey(stem + "/index.md") ? stem + "/index.md" : null;
        if (page == null || resolved.isEmpty()) {
            String folder = resolved.isEmpty() || resolved.endsWith("/") ? resolved : resolved + "/";
            if (resolved.equals("data") || resolved.startsWith("data/")) {
                return "content/data/ holds the collections, which are read to make the site, not published: link to the "
                        + "page that lists them, or use [[kind:id]] for one entry";
            }
            boolean isFolder = pageOutputsBySource.keySet().stream().anyMatch(p -> p.startsWith(folder))
                    || assets.stream().anyMatch(p -> p.startsWith(folder));
            return isFolder ? "content/" + resolved + " is a folder, which is no page of the site: link to a page's file "
                    + "(about.md), or use [[page:id]]" : "no file content/" + resolved + " exists" + nearName(resolved);
        }
        return "that is the address of a page, not its file: link to content/" + page + " or use [[page:" + stem + "]]";
    }

    /**
     * The file a link meant when its path differs from one only in case ({@code Photo.png} for
     * {@code photo.png}) or in how an accent is stored (é typed as one character, the file's name
     * holding e and U+0301, as the two look alike in a report): a web address tells them apart.
     */
    private String nearName(String resolved) {
        String folded = PortableNames.folded(resolved);
        return assets.stream().filter(asset -> PortableNames.folded(asset).equals(folded)).sorted().findFirst()
                .map(asset -> java.text.Normalizer.normalize(asset, java.text.Normalizer.Form.NFC)
                        .equals(java.text.Normalizer.normalize(resolved, java.text.Normalizer.Form.NFC))
                        ? ", though content/" + asset + " looks the same: one of the two names holds an accented letter "
                        + "stored as a letter and a combining accent, the other as one character, and a web address tells "
                        + "them apart; retype the file's name, then the link"
                        : "; content/" + asset + " does, and a web address tells upper from lower case: write the link as "
                        + "the file is named")
                .orElse("");
    }

    /**
     * For a link that climbs out of content/ (../map.md in a data file's text, which starts from content/): the
     * same path without its climb, when that names a page or file, written from {@code baseDir}; else "".
     */
    String insideHint(String decodedPath, String fragment, String baseDir) {
        String rest = decodedPath;
        while (rest.startsWith("../") || rest.startsWith("./")) {
            rest = rest.substring(rest.indexOf('/') + 1);
        }
        rest = LinkRewriter.normalise(rest);
        if (rest == null || rest.isEmpty() || !(pageOutputsBySource.containsKey(rest) || assets.contains(rest))) {
            return "";
        }
        return " (" + Suggestions.question(relative(baseDir, rest) + fragment, "content/" + rest)
                + " a link starts from the folder of the file it is written in; in a data file's text, from content/)";
    }

    /** {@code target} (content-relative) as a link written in {@code baseDir} ("" or "guides/"). */
    private static String relative(String baseDir, String target) {
        int depth = (int) baseDir.chars().filter(c -> c == '/').count();
        return "../".repeat(depth) + target;
    }
}
