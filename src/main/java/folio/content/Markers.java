package folio.content;

import java.util.List;

/**
 * Placeholders for what depends on the page a piece of HTML ends up on: relative links,
 * citation numbers, a glossary term's first use. Markdown and templates emit them; the page
 * finisher replaces them once per page. They use private-use characters, which input text never contains (the
 * loader strips them).
 */
public final class Markers {
    /** Stands for the relative path from the current page to the site root, e.g. "../../". */
    public static final char ROOT = '\uE002';
    /** Open and close a named marker: "c:id,id" (a citation), "refs" (the list), "pop:id" (a term). */
    public static final char OPEN = '\uE000';
    public static final char CLOSE = '\uE001';

    private Markers() {}

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
