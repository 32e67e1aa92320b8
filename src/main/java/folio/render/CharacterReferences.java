package folio.render;

import folio.content.LiteralQuotes;

/** The character references the typographer reads in a page's text: the quotes, a few named ones and any numeric one. */
final class CharacterReferences {
    private CharacterReferences() {}

    /** The {@code ;} that ends an entity starting at {@code i}, or -1: looked for in the few characters an entity may have. */
    static int end(String in, int i) {
        for (int k = i + 1; k < in.length() && k <= i + 8; k++) {
            if (in.charAt(k) == ';') {
                return k;
            }
        }
        return -1;
    }

    /** The entity from {@code start} ({@code &}) to {@code end} ({@code ;}) as a character, or 0 for one not known here. */
    static char decode(String in, int start, int end) {
        String name = in.substring(start + 1, end);
        return switch (name) {
            case "quot", "#34" -> '"';
            case "#39", "apos" -> '\'';
            // How a literal quote is written (LiteralQuotes): shown as it is.
            case "#x22" -> LiteralQuotes.DOUBLE;
            case "#x27" -> LiteralQuotes.SINGLE;
            case "amp" -> '&';
            case "lt" -> '<';
            case "gt" -> '>';
            case "nbsp", "#160", "#xa0" -> ' ';
            default -> {
                // Any other numeric reference (&#8212;), read as HtmlAttributes reads one; 0 beyond the BMP.
                String decoded = HtmlAttributes.decode(name);
                yield decoded != null && decoded.length() == 1 ? decoded.charAt(0) : 0;
            }
        };
    }
}
