package folio.render;

import java.util.function.Consumer;

/**
 * The values of one attribute throughout a page of rendered HTML ({@code id="x"}, {@code href='y'}),
 * found by scanning rather than with a regular expression: it runs over every page of every build,
 * where a pattern that tries each position cost a tenth of a short build. Values are unescaped.
 */
final class HtmlAttributes {
    private HtmlAttributes() {}

    /** Hands each quoted value of attribute {@code name} to {@code sink}, in order. */
    static void each(String html, String name, Consumer<String> sink) {
        int at = html.indexOf(name);
        while (at >= 0) {
            int next = at + name.length();
            if (at > 0 && isSpace(html.charAt(at - 1))) {
                int i = skipSpaces(html, next);
                if (i < html.length() && html.charAt(i) == '=') {
                    i = skipSpaces(html, i + 1);
                    if (i < html.length() && (html.charAt(i) == '"' || html.charAt(i) == '\'')) {
                        int end = html.indexOf(html.charAt(i), i + 1);
                        if (end < 0) {
                            return;
                        }
                        sink.accept(unescape(html.substring(i + 1, end)));
                        next = end + 1;
                    }
                }
            }
            at = html.indexOf(name, next);
        }
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

    private static String decode(String entity) {
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
