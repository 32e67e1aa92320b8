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

    /**
     * An address off the site as an {@code href} or {@code src} may hold it: the characters no URL holds (space and
     * other controls, {@code " < > ` { } | ^}), which CommonMark keeps in an address written in {@code <...>} or in a
     * reference definition ({@code [x](<https://example.org/a b>)}), percent-encoded, as a browser encodes them before
     * it asks for the page; the rest as written. Without this the page is not valid HTML. A backslash is encoded
     * too: by now it can only be in an http(s) address's query or fragment, which browsers keep it in
     * ({@link #backslashReason} refuses it before them), or in a mailto address.
     */
    public static String written(String url) {
        StringBuilder out = null;
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            boolean unfit = c <= 0x20 || c == 0x7F || "\"<>`{}|^\\".indexOf(c) >= 0;
            if (unfit && out == null) {
                out = new StringBuilder(url.length() + 8).append(url, 0, i);
            }
            if (unfit) {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? url : out.toString();
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

    /**
     * Why an http, https or mailto link cannot be followed ({@code https://}, {@code https:/x.org},
     * {@code http:x.org}, a space or no host, a port past 65535, an unclosed {@code [} of an IPv6
     * address, {@code mailto:} with no address), or null. Only the part before the path is
     * looked at: browsers take paths and queries that a strict URI parser refuses.
     */
    public static String brokenReason(String url) {
        String trimmed = url.strip();
        String scheme = scheme(trimmed);
        if (scheme.isEmpty() && trimmed.startsWith("//")) {
            // A browser takes the scheme of the page: from disk (file:) the link leads to no server at all.
            return "it has no scheme (http: or https:), so it takes the page's own and breaks when the site is opened "
                    + "from disk: write https:" + trimmed;
        }
        String rest = trimmed.substring(scheme.length() + 1);
        String backslash = backslashReason(trimmed);
        if (backslash != null) {
            return backslash;
        }
        if (scheme.equals("mailto")) {
            return rest.isBlank() || rest.startsWith("?") ? "it has no address after mailto:" : null;
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return null;
        }
        if (!rest.startsWith("//")) {
            return "an " + scheme + " address needs // before the host name, like " + scheme + "://example.org/";
        }
        String authority = rest.substring(2).split("[/?#]", 2)[0];
        String hostAndPort = authority.substring(authority.lastIndexOf('@') + 1);
        if (hostAndPort.isEmpty()) {
            return "it has no host name, like " + scheme + "://example.org/";
        }
        if (CONTROL_OR_SPACE.matcher(hostAndPort).find()) {
            return "its host name '" + hostAndPort + "' has a space in it";
        }
        String port = "";
        if (hostAndPort.startsWith("[")) {
            int close = hostAndPort.indexOf(']');
            if (close < 0) {
                return "the [ of its IPv6 address is never closed with ]";
            }
            port = hostAndPort.substring(close + 1);
        } else if (hostAndPort.indexOf(':') >= 0) {
            port = hostAndPort.substring(hostAndPort.indexOf(':'));
            if (hostAndPort.indexOf(':') == 0) {
                return "it has no host name before the port, like " + scheme + "://example.org:8080/";
            }
        }
        if (!port.isEmpty() && !port.equals(":")
                && (!port.matches(":[0-9]{1,5}") || Integer.parseInt(port.substring(1)) > 65535)) {
            return "its port '" + port.substring(port.startsWith(":") ? 1 : 0) + "' is not a number from 0 to 65535";
        }
        return null;
    }

    /**
     * Why a backslash in an http(s) address's host or path is refused, or null: browsers read it there as
     * {@code /} (the WHATWG URL standard, for http and https only), so {@code https://example.org\evil.net/}
     * leads to example.org/evil.net/ and {@code https://a.org\b} to a.org/b, and percent-encoding it
     * ({@code %5C}) would ask for another page again. Only the editor knows which was meant. In a query or
     * fragment browsers keep it as it is, so there it is only encoded ({@link #written}).
     */
    public static String backslashReason(String url) {
        String trimmed = url.strip();
        String scheme = scheme(trimmed);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return null;
        }
        int end = indexOfAny(trimmed, '?', '#');
        int at = trimmed.substring(0, end).indexOf('\\');
        if (at < 0) {
            return null;
        }
        return "it holds a backslash \\, which browsers read as / in a web address, so the link would lead elsewhere than it reads: "
                + "write / if a folder is meant, or %5C for a backslash that is part of the address";
    }

    private static int indexOfAny(String text, char a, char b) {
        int first = text.indexOf(a);
        int second = text.indexOf(b);
        return first < 0 ? (second < 0 ? text.length() : second) : second < 0 ? first : Math.min(first, second);
    }

    public static boolean isSafeUrl(String url) {
        // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"): so do we.
        String cleaned = CONTROL_OR_SPACE.matcher(url).replaceAll("");
        String scheme = scheme(cleaned);
        return scheme.isEmpty() || SAFE_SCHEMES.contains(scheme);
    }
}
