package folio.render;

import java.util.function.Consumer;

/**
 * Attributes in rendered HTML: the values of the {@code id} and {@code href} attributes
 * throughout a page ({@code id="x"}, {@code href='y'}), and whether a tag opens a popover. Found
 * by scanning rather than with a regular expression: it runs over every page of every build,
 * where a pattern that tries each position cost a tenth of a short build. Values are unescaped.
 */
final class HtmlAttributes {
    private HtmlAttributes() {}

    /**
     * Hands each quoted value of an {@code id} attribute to {@code ids} and of an {@code href}
     * attribute to {@code hrefs}, in page order. One pass from {@code =} to {@code =}: a page has
     * a few hundred of them against tens of thousands of characters, where a search for each
     * name read the whole page twice.
     */
    static void idsAndHrefs(String html, Consumer<String> ids, Consumer<String> hrefs) {
        int equals = html.indexOf('=');
        while (equals >= 0) {
            int next = equals + 1;
            int nameEnd = equals;
            while (nameEnd > 0 && isSpace(html.charAt(nameEnd - 1))) {
                nameEnd--;
            }
            Consumer<String> sink = named(html, nameEnd, "id") ? ids : named(html, nameEnd, "href") ? hrefs : null;
            if (sink != null) {
                int i = skipSpaces(html, next);
                if (i < html.length() && (html.charAt(i) == '"' || html.charAt(i) == '\'')) {
                    int end = html.indexOf(html.charAt(i), i + 1);
                    if (end < 0) {
                        return;
                    }
                    sink.accept(unescape(html.substring(i + 1, end)));
                    next = end + 1;
                }
            }
            equals = html.indexOf('=', next);
        }
    }

    /** Whether attribute {@code name} ends at {@code end}, after a space (so not data-id or xlink:href). */
    private static boolean named(String html, int end, String name) {
        int start = end - name.length();
        return start > 0 && isSpace(html.charAt(start - 1)) && html.startsWith(name, start);
    }

    /**
     * When the tag at {@code start} opens an element with the {@code popover} attribute, the
     * index just past that element's end tag (nested elements of its name counted), else -1.
     */
    static int popoverEnd(String html, int start) {
        int i = start + 1;
        while (i < html.length() && Character.isLetterOrDigit(html.charAt(i))) {
            i++;
        }
        if (i == start + 1) {
            return -1;
        }
        String name = html.substring(start + 1, i);
        boolean popover = false;
        while (!popover) {
            i = skipSpaces(html, i);
            if (i >= html.length() || html.charAt(i) == '>') {
                break;
            }
            int nameStart = i;
            while (i < html.length() && !isSpace(html.charAt(i)) && "=>/".indexOf(html.charAt(i)) < 0) {
                i++;
            }
            popover = html.regionMatches(true, nameStart, "popover", 0, 7) && i - nameStart == 7;
            if (i < html.length() && html.charAt(i) == '=') {
                i = skipSpaces(html, i + 1);
                char quote = i < html.length() ? html.charAt(i) : ' ';
                if (quote == '"' || quote == '\'') {
                    int valueEnd = html.indexOf(quote, i + 1);
                    i = valueEnd < 0 ? html.length() : valueEnd + 1;
                } else {
                    while (i < html.length() && !isSpace(html.charAt(i)) && html.charAt(i) != '>') {
                        i++;
                    }
                }
            } else if (i == nameStart) {
                i++;
            }
        }
        return popover ? endOfElement(html, name, start) : -1;
    }

    private static int endOfElement(String html, String name, int from) {
        int depth = 0;
        for (int i = html.indexOf('<', from); i >= 0; i = html.indexOf('<', i + 1)) {
            boolean closing = html.startsWith("/", i + 1);
            int nameAt = closing ? i + 2 : i + 1;
            int after = nameAt + name.length();
            if (!html.regionMatches(true, nameAt, name, 0, name.length()) || after >= html.length()
                    || Character.isLetterOrDigit(html.charAt(after))) {
                continue;
            }
            depth += closing ? -1 : 1;
            if (depth == 0) {
                int end = html.indexOf('>', after);
                return end < 0 ? html.length() : end + 1;
            }
        }
        return html.length();
    }

    private static int skipSpaces(String html, int from) {
        int i = from;
        while (i < html.length() && isSpace(html.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }

    /** Character references as autoescaping writes them (named for &amp; &lt; &gt; &quot;, numeric otherwise). */
    static String unescape(String text) {
        int amp = text.indexOf('&');
        if (amp < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, amp);
        for (int i = amp; i < text.length(); i++) {
            char c = text.charAt(i);
            int semi = c == '&' ? text.indexOf(';', i) : -1;
            String entity = semi > i && semi - i <= 10 ? text.substring(i + 1, semi) : null;
            String decoded = entity == null ? null : decode(entity);
            if (decoded == null) {
                out.append(c);
            } else {
                out.append(decoded);
                i = semi;
            }
        }
        return out.toString();
    }

    /** A character reference by its name ({@code amp}, {@code #8212}, {@code #x2014}) as text, or null for one not known. */
    static String decode(String entity) {
        switch (entity) {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
            default: break;
        }
        if (entity.length() < 2 || entity.charAt(0) != '#') {
            return null;
        }
        try {
            int code = entity.charAt(1) == 'x' || entity.charAt(1) == 'X'
                    ? Integer.parseInt(entity.substring(2), 16) : Integer.parseInt(entity.substring(1));
            return Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
