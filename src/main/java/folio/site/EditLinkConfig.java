package folio.site;

import folio.content.LinkUrls;
import folio.content.YamlReader;
import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * {@code repository:} and {@code edit_branch:} in site.yaml, the two parts of every entry's
 * edit and source addresses ({@code repository/edit/edit_branch/path}, see {@link Origin}):
 * each is checked at its key, since a mistake in either breaks every such link of the site.
 */
final class EditLinkConfig {
    private EditLinkConfig() {}

    /** The repository's address without a trailing '/', or null (with an error when it is written but is not one). */
    static String repository(String written, YamlReader.Located document, Diagnostics diagnostics) {
        if (written == null) {
            return null;
        }
        String problem = repositoryProblem(written);
        if (problem != null) {
            diagnostics.error(at(document, "repository"), "repository '" + written + "' is not the repository's web "
                    + "address: " + problem + "; write it like https://github.com/owner/repo (every edit link is that "
                    + "address followed by /edit/BRANCH/FILE)");
            return null;
        }
        return written.endsWith("/") ? written.substring(0, written.length() - 1) : written;
    }

    /** The branch edit links open ("main" when none is written), or null after an error. */
    static String branch(String written, YamlReader.Located document, Diagnostics diagnostics) {
        if (written == null) {
            return "main";
        }
        String problem = BranchName.problem(written);
        if (problem != null) {
            diagnostics.error(at(document, "edit_branch"), "edit_branch '" + printable(written) + "' is not a branch name: "
                    + problem + "; write " + BranchName.RULE);
            return null;
        }
        return written;
    }

    /** What keeps {@code url} from being a repository's address that paths can follow, or null. */
    static String repositoryProblem(String url) {
        String scheme = LinkUrls.scheme(url);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "it must start with https:// (or http://)";
        }
        String broken = LinkUrls.brokenReason(url);
        if (broken != null) {
            return broken;
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "it has " + describe(url, e.getIndex()) + ", which a web address cannot hold";
        }
        if (uri.getHost() == null) {
            return "it has no host name";
        }
        // Paths are appended to it: a query or fragment would end up in the middle of every link.
        if (uri.getRawQuery() != null || url.indexOf('?') >= 0) {
            return "it has a query (?...), which would end up in the middle of every edit link";
        }
        if (uri.getRawFragment() != null || url.indexOf('#') >= 0) {
            return "it has a fragment (#...), which would cut every edit link short";
        }
        if (uri.getRawUserInfo() != null) {
            return "it has user info (...@), which would be shown on every page";
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (!ConfigReader.plainPath(path.endsWith("/") ? path : path + "/")) {
            return "its path has an empty, '.' or '..' part";
        }
        return null;
    }

    /** The character at {@code index} of {@code url} in words ("a space", "the character '|'"), for a message. */
    static String describe(String url, int index) {
        if (index < 0 || index >= url.length()) {
            return "a character";
        }
        char c = url.charAt(index);
        return Character.isWhitespace(c) ? "a space" : "the character '" + c + "'";
    }

    /** The name as it can be shown on one line: control characters as U+XXXX. */
    private static String printable(String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().forEach(c -> shown.append(c < 0x20 || c == 0x7F ? String.format("\\u%04X", c)
                : new String(Character.toChars(c))));
        return shown.toString();
    }

    private static SourcePosition at(YamlReader.Located document, String key) {
        return document.keyAt(key, document.origin().atLine(1));
    }
}
