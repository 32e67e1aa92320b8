package folio.site;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The one rule for the paths of pages: a {@code url:} value and a page's file name under
 * content/ become a web address, so they may hold only lower-case ASCII letters, digits, '-',
 * '_' and '.', in segments separated by single '/' (no '.' or '..' segment, none that ends in '.', no leading '/',
 * none that Windows reads as a device: {@code con}, {@code aux.html}).
 * Percent-encoding is decoded before the check, so {@code %2e%2e} is '..'. Other files
 * (images, PDFs) may have any name without an invisible character (folio.CopiedFiles): links to
 * them are decoded to find the file and encoded again in the href.
 */
public final class UrlPath {
    public static final String RULE = "lower-case letters a-z, digits, '-', '_' and '.', in parts separated by '/'";

    private UrlPath() {}

    /** The text with %XX sequences decoded as UTF-8; null when a '%' is not followed by two hex digits or the bytes are not UTF-8. */
    public static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        byte[] raw = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] != '%') {
                bytes.write(raw[i]);
                continue;
            }
            if (i + 2 >= raw.length || Character.digit(raw[i + 1], 16) < 0 || Character.digit(raw[i + 2], 16) < 0) {
                return null;
            }
            bytes.write(Character.digit(raw[i + 1], 16) * 16 + Character.digit(raw[i + 2], 16));
            i += 2;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }

    /** What breaks the rule in a decoded page path, or null when it follows it. */
    public static String problem(String path) {
        if (path.isEmpty()) {
            return null;
        }
        if (path.startsWith("/")) {
            return "it starts with '/'";
        }
        for (int i = 0; i < path.length(); i += Character.charCount(path.codePointAt(i))) {
            int c = path.codePointAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '/';
            if (!allowed) {
                return c >= 'A' && c <= 'Z' ? "it has the upper-case letter '" + (char) c + "'"
                        : "it has " + folio.project.CharacterNames.describe(c);
            }
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return "it has a '" + segment + "' part";
            }
            if (segment.endsWith(".")) {
                // guide..md: Windows drops the dot from a folder's name, and the address ends oddly (guide./).
                return "it has a part that ends in '.' ('" + segment + "')";
            }
            String device = folio.project.PortableNames.device(segment);
            if (device != null) {
                // con/, aux.html: a copy of the site on Windows cannot hold the folder or file (folio.project.PortableNames).
                int dot = segment.indexOf('.');
                return "it has the part '" + segment + "', which Windows reads as the device " + device + ", as it does "
                        + "con, prn, aux, nul, com1 to com9 and lpt1 to lpt9 with any extension, so a copy of the site "
                        + "there cannot hold it; " + (dot < 0 ? segment : segment.substring(0, dot)) + "-page"
                        + (dot < 0 ? "" : segment.substring(dot)) + " would do";
            }
        }
        String inner = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        if (inner.contains("//") || inner.isEmpty()) {
            return "it has an empty part ('//')";
        }
        return null;
    }

    /** The path as it goes in an href: bytes other than letters, digits, "-._~/" percent-encoded. */
    public static String encode(String path) {
        StringBuilder out = null;
        byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            boolean plain = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
                    || b == '-' || b == '.' || b == '_' || b == '~' || b == '/';
            if (plain && out == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(path.length() + 16).append(path, 0, i);
            }
            if (plain) {
                out.append((char) b);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
        }
        return out == null ? path : out.toString();
    }
}
