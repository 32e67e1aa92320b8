package folio.site;

import folio.content.LinkUrls;
import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
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
    private final LinkTargetHints hints;

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
        this.hints = new LinkTargetHints(pageOutputsBySource, assets);
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
                    + hints.insideHint(decodedPath, fragment, baseDir));
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
                diagnostics.error(where.get(), "link to '" + url + "': no page content/" + resolved + " exists; "
                        + hints.closePage(resolved, fragment, baseDir) + "fix the path or use [[page:id]]");
                return url;
            }
            checkFragment(output, fragment, where);
            sitePaths.add(node);
            return output + fragment;
        }
        if (!assets.contains(resolved)) {
            diagnostics.error(where.get(), "link to '" + url + "': " + hints.whyNotAFile(resolved));
            return url;
        }
        sitePaths.add(node);
        return UrlPath.encode(resolved) + fragment;
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
