package folio.content;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What kind of URL a link has: off the site or not, and whether its scheme is one a page may link to. */
public final class LinkUrls {
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");
    private static final Pattern CONTROL_OR_SPACE = Pattern.compile("[\\x00-\\x20\\x7F]");

    private LinkUrls() {}

    /** True for an absolute URL (scheme or protocol-relative), which links off the site. */
    public static boolean isExternal(String url) {
        return url.startsWith("//") || !scheme(url).isEmpty();
    }

    /** The URL's scheme in lower case, or "" for a relative URL. */
    public static String scheme(String url) {
        String trimmed = url.strip();
        int colon = trimmed.indexOf(':');
        if (colon <= 0 || !isSchemeName(trimmed, colon)) {
            return "";
        }
        return trimmed.substring(0, colon).toLowerCase(Locale.ROOT);
    }

    /** RFC 3986: a letter, then letters, digits, '+', '-' or '.'. */
    private static boolean isSchemeName(String text, int end) {
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (!(letter || (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')))) {
                return false;
            }
        }
        return true;
    }

    public static boolean isSafeUrl(String url) {
        // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"): so do we.
        String cleaned = CONTROL_OR_SPACE.matcher(url).replaceAll("");
        String scheme = scheme(cleaned);
        return scheme.isEmpty() || SAFE_SCHEMES.contains(scheme);
    }
}
