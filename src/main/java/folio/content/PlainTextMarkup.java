package folio.content;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markup in a text that is not read as Markdown nor trusted as HTML: escaped, it would reach the
 * page as typed, so it is refused with a message instead ({@link MapperMessages#markupInPlainText}).
 * Every plain text refuses references, citations and links ({@link #linkIn}); menu labels and
 * interface strings, which are only ever words, also HTML tags and ** ({@link #in}).
 */
public final class PlainTextMarkup {
    private PlainTextMarkup() {}

    /** What starts a reference, a citation and a link, which a text not read as Markdown would show as typed. */
    private static final List<String> MARKUP = List.of("[[", "[@", "](");

    /** What starts the first reference, citation or link in {@code text}, or null. */
    public static String linkIn(String text) {
        if (text.indexOf('[') >= 0) {
            for (String mark : MARKUP) {
                if (text.contains(mark)) {
                    return mark;
                }
            }
        }
        return null;
    }

    /** An HTML tag ({@code <b>}, {@code </i>}, {@code <script src=...>}), which a plain text shows as typed. */
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(\\s[^<>]*)?/?>");

    /** What starts the first reference, citation, link, HTML tag or **bold** in {@code text}, or null. */
    public static String in(String text) {
        String link = linkIn(text);
        if (link != null) {
            return link;
        }
        if (text.indexOf('<') >= 0) {
            Matcher tag = TAG.matcher(text);
            if (tag.find()) {
                return tag.group();
            }
        }
        return text.contains("**") ? "**" : null;
    }
}
