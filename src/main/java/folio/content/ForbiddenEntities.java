package folio.content;

import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import folio.project.ForbiddenCharacters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A numeric character reference that CommonMark would decode to a code point no page may hold
 * ({@code &#27;}) breaks the same rule as the raw character the loader refuses
 * ({@link ForbiddenCharacters}). One check of a Markdown text among the others, run by
 * {@link Markdown#parse} only when {@link MarkdownLimits#scan} saw a {@code &#}.
 */
final class ForbiddenEntities {
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#([0-9]{1,7}|[xX][0-9a-fA-F]{1,6});");

    private ForbiddenEntities() {}

    /** Reports each such reference in {@code text}, written at {@code start} in its file. */
    static void report(String text, TextPlace start, Diagnostics diagnostics) {
        Matcher matcher = NUMERIC_ENTITY.matcher(text);
        while (matcher.find()) {
            String digits = matcher.group(1);
            int codePoint;
            try {
                codePoint = digits.charAt(0) == 'x' || digits.charAt(0) == 'X'
                        ? Integer.parseInt(digits.substring(1), 16) : Integer.parseInt(digits);
            } catch (NumberFormatException e) {
                continue;
            }
            // CommonMark-java 0.28 turns 0 and a number past U+10FFFF into U+FFFD, the mark of a character
            // lost, and a surrogate into a lone one, which the page's UTF-8 writes as '?': each was published so.
            SourcePosition at = NodePositions.positionIn(text, matcher.start(), start);
            if (codePoint == 0 || codePoint > 0x10FFFF) {
                diagnostics.error(at, "'" + matcher.group() + "' stands for no character" + (codePoint == 0 ? "" : " (the "
                        + "last is &#x10FFFF;)") + ", so the page would show the replacement mark U+FFFD in its "
                        + "place: delete it, or write the number of the character meant");
            } else if (ForbiddenCharacters.isForbidden(codePoint)) {
                diagnostics.error(at, ForbiddenCharacters.message("'" + matcher.group() + "' stands for", codePoint)
                        + (codePoint >= 0xD800 && codePoint <= 0xDFFF ? " (the page would show '?' in its place)" : ""));
            }
        }
    }
}
