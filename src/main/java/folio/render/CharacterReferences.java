package folio.render;

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

    /**
     * Whether the entity from {@code start} to {@code end} is a quote written to be shown straight: {@code &#x22;} or
     * {@code &#x27;}, as the render stage writes a Markdown {@code \"} or {@code \'} (folio.content.LiteralQuote) and a
     * template writes one on purpose. Autoescaping writes the other forms.
     */
    static boolean straight(String in, int start, int end) {
        return end == start + 5 && in.charAt(start + 1) == '#' && in.charAt(start + 2) == 'x' && in.charAt(start + 3) == '2'
                && (in.charAt(start + 4) == '2' || in.charAt(start + 4) == '7');
    }

    /** The entity from {@code start} ({@code &}) to {@code end} ({@code ;}) as a character, or 0 for one not known here. */
    static char decode(String in, int start, int end) {
        String name = in.substring(start + 1, end);
        return switch (name) {
            case "quot", "#34", "#x22" -> '"';
            case "#39", "apos", "#x27" -> '\'';
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
