package folio.site;

import folio.content.LinkUrls;
import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import folio.project.PortableNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Rewrites the links and images of Markdown text to what the site needs: a relative link to a
 * page or file of the content folder becomes its site path, an unsafe, root-relative or broken
 * one is an error, and each fragment is remembered for the check against the rendered page.
 */
final class LinkRewriter {
    private final Map<String, String> pageOutputsBySource;
    private final Set<String> assets;
    private final java.util.function.Predicate<String> refusedPage;
    /** The file of a draft page left out of this build, by page id; null for any other id. */
    private final java.util.function.Function<String, String> draftFile;
    private final List<AnchorCheck> anchorChecks;
    private final Diagnostics diagnostics;

    /**
     * {@code refusedPage}: whether a page id names a page refused with an error of its own (a link
     * to its file reports nothing more); {@code anchorChecks}: where the fragments go (thread-safe:
     * pages are resolved in parallel).
     */
    LinkRewriter(Map<String, String> pageOutputsBySource, Set<String> assets, java.util.function.Predicate<String> refusedPage,
                 java.util.function.Function<String, String> draftFile, List<AnchorCheck> anchorChecks, Diagnostics diagnostics) {
        this.draftFile = draftFile;
        this.pageOutputsBySource = pageOutputsBySource;
        this.assets = assets;
        this.refusedPage = refusedPage;
        this.anchorChecks = anchorChecks;
        this.diagnostics = diagnostics;
    }

    /**
     * The link's URL as the site needs it; {@code where} tells the link's position for a report.
     * A link to a page or file of the site becomes its site path, and its node joins {@code sitePaths}.
     */
    String rewrite(org.commonmark.node.Node node, String destination, Supplier<SourcePosition> where, String baseDir,
                           Set<org.commonmark.node.Node> sitePaths) {
        String url = destination == null ? "" : destination.strip();
        if (url.startsWith("#")) {
            checkFragment(null, url, where);
            return url;
        }
        if (url.isEmpty()) {
            // CommonMark makes [x]() a link to nowhere: the page shows text that looks like a link and goes nowhere.
            boolean image = node instanceof org.commonmark.node.Image;
            diagnostics.error(where.get(), "this " + (image ? "image" : "link") + " has no address (its () or <> is empty): write "
                    + (image ? "the image file's path, like images/map.png," : "a page's file (about.md), an https:// address or [[page:id]]")
                    + " between the brackets, or remove the " + (image ? "image" : "link"));
            return url;
        }
        // A scheme spelled with a tab or line break inside ("java\tscript:") is no relative path: browsers drop them.
        if (LinkUrls.isExternal(url) || !LinkUrls.isSafeUrl(url)) {
            if (!LinkUrls.isSafeUrl(url)) {
                diagnostics.error(where.get(), "unsafe link '" + shorten(url) + "': only http, https and mailto links "
                        + "are allowed; remove it");
                return "";
            }
            String broken = LinkUrls.brokenReason(url);
            if (broken != null) {
                // A backslash leads somewhere (browsers read it as /), only not where the address reads.
                diagnostics.error(where.get(), "link '" + shorten(url) + (LinkUrls.backslashReason(url) != null ? "': "
                        : "' goes nowhere: ") + broken);
            } else if (node instanceof org.commonmark.node.Image) {
                // Every page's Content-Security-Policy allows images of the site only (img-src 'self'): a picture
                // from another site would show as a broken image, and fetching it would tell that site who reads.
                diagnostics.error(where.get(), "image '" + shorten(url) + "' is on another site, and pages show only the site's "
                        + "own images: save the picture under content/ (like content/images/map.png) and write its path");
            }
            return LinkUrls.written(url);
        }
        if (url.startsWith("/")) {
            diagnostics.error(where.get(), "root-relative link '" + shorten(url) + "' breaks when the site is served "
                    + "under a sub-path (GitHub Pages): use a relative link or [[page:id]]");
            return url;
        }
        String fragment = "";
        int cut = indexOfAny(url, '#', '?');
        String path = url;
        if (cut >= 0) {
            fragment = url.substring(cut);
            path = url.substring(0, cut);
        }
        // Decoded before it is resolved ("%2e%2e" is ".."), encoded again in the href.
        String decodedPath = UrlPath.decode(path);
        if (decodedPath == null) {
            diagnostics.error(where.get(), "link '" + shorten(url) + "' has a '%' that is not followed by two hex digits "
                    + "(write %25 for a literal '%')");
            return "";
        }
        if (decodedPath.indexOf('\\') >= 0) {
            // No file under content/ has one in its name (PortableNames), and browsers read it as / in the address.
            String slashed = path.replace('\\', '/');
            diagnostics.error(where.get(), "link '" + shorten(url) + "' has a backslash \\, which is no folder separator in a "
                    + "link (it is one on Windows): write / between folders, like " + shorten(slashed + fragment));
            return url;
        }
        String resolved = normalise(baseDir + decodedPath);
        if (resolved == null) {
            diagnostics.error(where.get(), "link '" + url + "' leaves the content folder: link to a file inside content/"
                    + insideHint(decodedPath, fragment, baseDir));
            return "";
        }
        if (resolved.endsWith(".md")) {
            String output = pageOutputsBySource.get(resolved);
            if (output == null) {
                String id = resolved.substring(0, resolved.length() - ".md".length());
                if (refusedPage.test(id)) {
                    return url;
                }
                if (draftFile.apply(id) != null) {
                    diagnostics.error(where.get(), "link to '" + url + "': " + PageAssembler.draftLeftOut(draftFile.apply(id)));
                    return url;
                }
                String close = folio.content.Suggestions.closest(resolved, pageOutputsBySource.keySet()).orElse(null);
                diagnostics.error(where.get(), "link to '" + url + "': no page content/" + resolved + " exists; "
                        + (close == null ? "" : folio.content.Suggestions.question(relative(baseDir, close) + fragment,
                                "content/" + close) + " ")
                        + "fix the path or use [[page:id]]");
                return url;
            }
            checkFragment(output, fragment, where);
            sitePaths.add(node);
            return output + fragment;
        }
        if (!assets.contains(resolved)) {
            diagnostics.error(where.get(), "link to '" + url + "': " + whyNotAFile(resolved));
            return url;
        }
        sitePaths.add(node);
        return UrlPath.encode(resolved) + fragment;
    }

    /** Why a link to {@code resolved} (under content/) names no file that is published. */
    private String whyNotAFile(String resolved) {
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
     * Remembers a link's fragment ({@code #x}, or {@code ?q#x}) to check against the ids of the
     * rendered page {@code output} (null: the page the text is shown on); see the render stage.
     */
    private void checkFragment(String output, String fragment, Supplier<SourcePosition> where) {
        int hash = fragment.indexOf('#');
        if (hash < 0 || hash == fragment.length() - 1) {
            return;
        }
        String anchor = fragment.substring(hash + 1);
        String decoded = UrlPath.decode(anchor);
        anchorChecks.add(new AnchorCheck(output, decoded == null ? anchor : decoded, where));
    }

    private static int indexOfAny(String text, char a, char b) {
        int first = text.indexOf(a);
        int second = text.indexOf(b);
        return first < 0 ? second : second < 0 ? first : Math.min(first, second);
    }

    /** Resolves "." and ".." in a content-relative path; null when it climbs out of content/. */
    /**
     * For a link that climbs out of content/ (../map.md in a data file's text, which starts from content/): the
     * same path without its climb, when that names a page or file, written from {@code baseDir}; else "".
     */
    private String insideHint(String decodedPath, String fragment, String baseDir) {
        String rest = decodedPath;
        while (rest.startsWith("../") || rest.startsWith("./")) {
            rest = rest.substring(rest.indexOf('/') + 1);
        }
        rest = normalise(rest);
        if (rest == null || rest.isEmpty() || !(pageOutputsBySource.containsKey(rest) || assets.contains(rest))) {
            return "";
        }
        return " (" + folio.content.Suggestions.question(relative(baseDir, rest) + fragment, "content/" + rest)
                + " a link starts from the folder of the file it is written in; in a data file's text, from content/)";
    }

    /** {@code target} (content-relative) as a link written in {@code baseDir} ("" or "guides/"). */
    private static String relative(String baseDir, String target) {
        int depth = (int) baseDir.chars().filter(c -> c == '/').count();
        return "../".repeat(depth) + target;
    }

    static String normalise(String path) {
        // Most links name a file below the page's folder: nothing to resolve, and no list of parts made.
        if (!path.isEmpty() && path.charAt(0) != '/' && path.charAt(0) != '.' && path.charAt(path.length() - 1) != '/'
                && path.indexOf("/.") < 0 && path.indexOf("//") < 0) {
            return path;
        }
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

    private static String shorten(String url) {
        return url.length() > 60 ? url.substring(0, 57) + "..." : url;
    }
}
