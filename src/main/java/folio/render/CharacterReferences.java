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
            default -> numeric(name);
        };
    }

    /** A numeric character reference's character ({@code #8212}, {@code #x2014}), or 0 for anything else or beyond the BMP. */
    private static char numeric(String name) {
        if (name.length() < 2 || name.charAt(0) != '#') {
            return 0;
        }
        boolean hex = name.charAt(1) == 'x' || name.charAt(1) == 'X';
        try {
            int code = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
            return code > 0 && code <= 0xFFFF ? (char) code : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
