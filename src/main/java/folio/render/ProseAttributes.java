package folio.render;

import java.util.Set;

/** The attribute values a reader meets as words, which the typographer's pass gives the marks too. */
final class ProseAttributes {
    private ProseAttributes() {}

    /** The attributes whose values a reader meets as words. */
    private static final Set<String> PROSE_ATTRIBUTES = Set.of("title", "alt", "aria-label", "aria-description", "placeholder");

    /**
     * The attribute values of a tag from {@code from} (after its name) to {@code end} ({@code >}) that a reader
     * meets as words (a tooltip, alt text, a label a screen reader reads, a page's description in search results and
     * link previews) get the marks too; every other value (an address, an id, a class) is left as written.
     */
    static void rewrite(String in, String element, int from, int end, QuoteMarks language, QuotePass.Edits edits) {
        int k = from;
        while (k < end) {
            char c = in.charAt(k);
            if (c == ' ' || c == '\n' || c == '\t' || c == '/') {
                k++;
                continue;
            }
            int nameStart = k;
            while (k < end && in.charAt(k) != '=' && in.charAt(k) != ' ' && in.charAt(k) != '/') {
                k++;
            }
            if (k + 1 >= end || in.charAt(k) != '=' || in.charAt(k + 1) != '"') {
                k = Math.max(k, nameStart + 1);
                continue;
            }
            int valueStart = k + 2;
            int valueEnd = in.indexOf('"', valueStart);
            if (valueEnd < 0 || valueEnd > end) {
                return;
            }
            String attribute = in.substring(nameStart, k);
            if (PROSE_ATTRIBUTES.contains(attribute) || attribute.equals("content") && element.equals("meta") && describes(in, from, end)) {
                String value = in.substring(valueStart, valueEnd);
                String done = new QuotePass(value, language, true).run();
                if (!done.equals(value)) {
                    edits.replace(valueStart, valueEnd, done);
                }
            }
            k = valueEnd + 1;
        }
    }

    /** Whether a meta tag gives the page's title or description (for search engines and link previews). */
    private static boolean describes(String in, int from, int end) {
        String tag = in.substring(from, end);
        return tag.contains("name=\"description\"") || tag.contains(":title\"") || tag.contains(":description\"");
    }
}
