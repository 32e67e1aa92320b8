package folio.content;

import java.util.List;
import java.util.Locale;
import java.util.Set;
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

    /** An HTML tag ({@code <b>}, {@code </i>}, {@code <script src=...>}); group 1 is its name, group 2 its attributes. */
    private static final Pattern TAG = Pattern.compile("</?([A-Za-z][A-Za-z0-9-]*)(\\s[^<>]*)?/?>");

    /** Elements that are never closed, so one alone is still markup. */
    private static final Set<String> VOID = Set.of("br", "hr", "img", "wbr");

    /**
     * Markdown bold: ** with a word right after it, and ** again with a word right before it.
     * A ** alone ("5 ** 2", "** estimated") is the editor's text.
     */
    private static final Pattern BOLD = Pattern.compile("\\*\\*(?=[^\\s*]).*?(?<=[^\\s*])\\*\\*");

    /**
     * What starts the first reference, citation, link, HTML tag or **bold** in {@code text}, or
     * null. A tag counts when it closes, has attributes, is a void element ({@code <br>}) or is
     * closed later: "Press <Enter>" and "List<String>" are words, shown as typed.
     */
    public static String in(String text) {
        String link = linkIn(text);
        if (link != null) {
            return link;
        }
        if (text.indexOf('<') >= 0) {
            Matcher tag = TAG.matcher(text);
            while (tag.find()) {
                String name = tag.group(1).toLowerCase(Locale.ROOT);
                if (tag.group().startsWith("</") || tag.group(2) != null || VOID.contains(name)
                        || text.toLowerCase(Locale.ROOT).contains("</" + name + ">")) {
                    return tag.group();
                }
            }
        }
        return text.contains("**") && BOLD.matcher(text).find() ? "**" : null;
    }
}
