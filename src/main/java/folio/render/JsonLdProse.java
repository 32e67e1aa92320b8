package folio.render;

import java.util.Set;

/** The prose of a page's structured data (JSON-LD), which the typographer's pass gives the page's marks too. */
final class JsonLdProse {
    private JsonLdProse() {}

    /** The keys of structured data (JSON-LD) whose values are prose. */
    private static final Set<String> PROSE_KEYS = Set.of("name", "headline", "description", "alternateName", "text", "caption",
            "abstract", "alternativeHeadline");

    /**
     * Structured data (JSON-LD) from {@code from} to {@code to}: the values of its prose keys (a name, a
     * headline, a description) are what search engines show of the page, so they get the page's marks too;
     * addresses, ids, types and dates are left as they are.
     */
    static void rewrite(String in, int from, int to, QuoteMarks marks, QuotePass.Edits edits) {
        String key = null;
        for (int i = from; i < to; i++) {
            if (in.charAt(i) != '"') {
                continue;
            }
            int end = i + 1;
            while (end < to && in.charAt(end) != '"') {
                end += in.charAt(end) == '\\' ? 2 : 1;
            }
            if (end >= to) {
                return;
            }
            int after = end + 1;
            while (after < to && in.charAt(after) == ' ') {
                after++;
            }
            if (after < to && in.charAt(after) == ':') {
                key = in.substring(i + 1, end);
            } else if (key != null && PROSE_KEYS.contains(key)) {
                PlainText.Shown value = unquote(in, i + 1, end);
                if (value.text().indexOf('"') >= 0 || value.text().indexOf('\'') >= 0) {
                    // The pass writes one mark for one quote: the straight ones keep their places.
                    String marked = new QuotePass(value.text(), marks, false, value.straight()).run();
                    edits.replace(i, end + 1, Json.quote(new PlainText.Shown(marked, value.straight())));
                }
            }
            i = end;
        }
    }

    /**
     * A JSON string's characters from {@code from} to {@code to} (between its quotes), its escapes undone; a quote
     * written as a six-character escape (backslash, u, 0022 or 0027, as the filter json writes a quote to be shown
     * straight: {@link Json#quote(PlainText.Shown)}) is marked to be shown straight.
     */
    private static PlainText.Shown unquote(String in, int from, int to) {
        StringBuilder value = new StringBuilder(to - from);
        java.util.List<Integer> straight = new java.util.ArrayList<>(0);
        for (int k = from; k < to; k++) {
            char c = in.charAt(k);
            if (c != '\\' || k + 1 >= to) {
                value.append(c);
                continue;
            }
            char e = in.charAt(++k);
            switch (e) {
                case 'n' -> value.append('\n');
                case 'r' -> value.append('\r');
                case 't' -> value.append('\t');
                case 'b' -> value.append('\b');
                case 'f' -> value.append('\f');
                case 'u' -> {
                    int code = 0;
                    for (int d = 1; d <= 4 && code >= 0; d++) {
                        int digit = k + d < to ? Character.digit(in.charAt(k + d), 16) : -1;
                        code = digit < 0 ? -1 : code * 16 + digit;
                    }
                    if (code >= 0) {
                        if (code == '"' || code == '\'') {
                            straight.add(value.length());
                        }
                        value.append((char) code);
                        k += 4;
                    } else {
                        value.append('u');
                    }
                }
                default -> value.append(e);
            }
        }
        return new PlainText.Shown(value.toString(), straight);
    }
}
