package folio.content;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Placeholders for what depends on the page a piece of HTML ends up on: relative links,
 * citation numbers, a glossary term's first use. Markdown and templates emit them; the page
 * finisher replaces them once per page. They are control characters that HTML text may not
 * contain, which the loader strips from every content file. They lie below U+0100 on purpose:
 * a Java string holding only such characters stores one byte per character, so a page's HTML
 * with markers in it takes half the memory and time of one with private-use characters.
 */
public final class Markers {
    /** Open and close a named marker: "c:id,id" (a citation), "refs" (the list), "pop:id" (a term). */
    public static final char OPEN = '\u0001';
    public static final char CLOSE = '\u0002';
    /** Stands for the relative path from the current page to the site root, e.g. "../../". */
    public static final char ROOT = '\u0003';
    /** The characters reserved for markers (and never kept from input): U+0001 to U+0008. */
    public static final char FIRST_RESERVED = '\u0001';
    public static final char LAST_RESERVED = '\u0008';

    /** A named marker, from OPEN to CLOSE. */
    private static final Pattern NAMED = Pattern.compile(OPEN + "[^" + CLOSE + "]*" + CLOSE);

    private Markers() {}

    /** The HTML without its named markers (citations, reference lists, term popovers). */
    public static String withoutNamed(String html) {
        return html.indexOf(OPEN) < 0 ? html : NAMED.matcher(html).replaceAll("");
    }

    public static boolean isReserved(char c) {
        return c >= FIRST_RESERVED && c <= LAST_RESERVED;
    }

    /** The text without reserved characters (the same text when it holds none). */
    public static String withoutReserved(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isReserved(text.charAt(i))) {
                StringBuilder kept = new StringBuilder(text.length());
                text.chars().filter(c -> !isReserved((char) c)).forEach(c -> kept.append((char) c));
                return kept.toString();
            }
        }
        return text;
    }

    public static String root(String sitePath) {
        return ROOT + sitePath;
    }

    public static String citation(List<String> sourceIds) {
        return OPEN + "c:" + String.join(",", sourceIds) + CLOSE;
    }

    public static String referenceList() {
        return OPEN + "refs" + CLOSE;
    }
}
