package folio.render;

/**
 * No-break spaces where a line break would part what a reader takes as one thing, as newspapers
 * set them: a date's day and month ("25 June", "20 листопада") and a year and
 * its "року" ("2025 року"), a number and its unit ("1 million",
 * "4,500 km²", "100 млрд"), a point and its number ("point 21", "пункт 21"), an initial and its name
 * ("М. К. Бхадракумар"), the two numbers of a range ("20–21", with a word joiner after the dash), and a dash with the word before it, so no line starts with " — " (as
 * Ukrainian typography asks). At a phone's width ordinary spaces left "25" / "June 2026", "point" / "21"
 * and "—" at a line's start on most pages of both editions. Three more for text at 200 % on a phone: a word joiner
 * after the hyphen of a word with a part of up to three letters ("де-факто", "28-point"), a particle with the word
 * before it («стала б», «гарантував би») and a Ukrainian one-letter word with the word after it («у Женеві»), the
 * last two whatever the word's length while the pair fits the narrowest line (14 characters).
 *
 * <p>It runs on each page's finished HTML, so every text is covered whatever wrote it (Markdown, a
 * YAML field, a date the templates format). Only the text between tags in the body changes; tags and
 * their attributes, the head, comments and raw elements ({@link TextBoundaries#RAW}) are written as
 * they are. It looks only at ordinary spaces, hyphens and en dashes and the characters beside them, so a page costs one
 * pass over its characters. The search index's titles, kinds and snippets, which are plain text, get the same
 * glue through {@link #text}, so a result does not part what its page keeps together.
 */
public final class NoBreaks {
    private NoBreaks() {}

    private static final String NO_BREAK_SPACE = "\u00A0";
    /** The page with those spaces made no-break spaces; the same string when none is. */
    public static String html(String html) {
        int body = html.indexOf("<body");
        return glued(html, Math.max(body, 0), true);
    }

    /**
     * A plain text (no tags, no entities: a search result's title or snippet) with the same spaces made no-break
     * spaces and the same word joiner after a range's dash as {@link #html} gives a page's text; the same string when
     * none is. A "<" here is text.
     */
    public static String text(String text) {
        return text == null || text.isEmpty() ? text : glued(text, 0, false);
    }

    /** The glue from {@code from} on: in {@code markup}, text between tags only; else every character is text. */
    private static String glued(String html, int from, boolean markup) {
        int n = html.length();
        // One copy read as an array: under the build's C1 compiler String.charAt per character cost about twice the
        // copy and the loop together, on every page of a site (bench/PROFILE.md, thirty-second round).
        char[] chars = new char[n];
        html.getChars(0, n, chars, 0);
        StringBuilder out = null;
        int copied = 0;
        int i = from;
        while (i < n) {
            char c = chars[i];
            if (c < STOPS.length ? !STOPS[c] : c != '\u2013') {
                i++;
                continue;
            }
            if (c == '<') {
                i = markup ? afterTag(html, chars, i) : i + 1;
                continue;
            }
            String with = null;
            if (c == ' ') {
                // glue() joins only a space beside a digit, before a dash or after a full stop: the rest are most
                // spaces of a page, told apart here without the call.
                if (i > 0 && i + 1 < n && NoBreakRules.mayGlue(chars, i) && NoBreakRules.glue(html, i)) {
                    with = NO_BREAK_SPACE;
                }
            } else if (c == '-') {
                // A short part of a hyphenated word ("де-факто", "будь-яку", "Абу-Дабі", "28-point"): Chromium breaks
                // after a hyphen, and at 200 % text on a phone "де-" ended a line. A word joiner after the hyphen keeps
                // the word whole; unlike a no-break hyphen (U+2011) it leaves the hyphen the page's own character, so
                // the browser's find, a copied word and the search index (which drops the joiner) all read "де-факто".
                if (i > 0 && i + 1 < n && NoBreakRules.shortPart(chars, i)) {
                    with = "-\u2060";
                }
            } else if (i > 0 && i + 1 < n && NoBreakRules.isDigit(chars[i - 1]) && NoBreakRules.isDigit(chars[i + 1])) {
                // A range ("20–21 November", "12–20 %"): Chromium breaks after an en dash, so a word joiner follows it.
                with = "\u2013\u2060";
            }
            if (with != null) {
                if (out == null) {
                    out = new StringBuilder(n + 64);
                }
                out.append(html, copied, i).append(with);
                copied = i + 1;
            }
            i++;
        }
        if (out == null) {
            return html;
        }
        return out.append(html, copied, n).toString();
    }

    /** The ASCII characters the loop stops at: a tag's start and a space; above ASCII only the en dash. */
    private static final boolean[] STOPS = new boolean[128];

    static {
        STOPS['<'] = true;
        STOPS[' '] = true;
        STOPS['-'] = true;
    }

    /** The elements whose text is written as it is: the raw ones and the title, which is in the head anyway. */
    private static final String[] AS_WRITTEN = asWritten();

    private static String[] asWritten() {
        java.util.List<String> names = new java.util.ArrayList<>(TextBoundaries.RAW);
        names.add("title");
        return names.toArray(String[]::new);
    }

    /** Where the text resumes after the tag, comment or raw element that starts at {@code at}. */
    private static int afterTag(String html, char[] chars, int at) {
        int n = chars.length;
        if (at + 3 < n && chars[at + 1] == '!' && chars[at + 2] == '-' && chars[at + 3] == '-') {
            int end = html.indexOf("-->", at + 4);
            return end < 0 ? n : end + 3;
        }
        int i = at + 1;
        boolean closing = i < n && chars[i] == '/';
        if (closing) {
            i++;
        }
        int nameStart = i;
        while (i < n && isNameChar(chars[i])) {
            i++;
        }
        if (i == nameStart) {
            return at + 1; // a "<" in text
        }
        String name = closing ? null : asWritten(chars, nameStart, i - nameStart);
        char quote = 0;
        while (i < n) {
            char c = chars[i];
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                break;
            }
            i++;
        }
        int end = Math.min(n, i + 1);
        if (name != null) {
            for (int close = html.indexOf("</", end); close >= 0; close = html.indexOf("</", close + 2)) {
                if (html.regionMatches(true, close + 2, name, 0, name.length())) {
                    return close;
                }
            }
            return n;
        }
        return end;
    }

    /** ASCII letters and digits and '-': most characters of tags' names, told apart without Character's tables. */
    private static final boolean[] ASCII_NAME_CHARS = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_NAME_CHARS[c] = Character.isLetterOrDigit(c) || c == '-';
        }
    }

    /** Whether {@code c} goes on a tag's name: a letter or digit (of any script, as before) or '-'. */
    private static boolean isNameChar(char c) {
        return c < 128 ? ASCII_NAME_CHARS[c] : Character.isLetterOrDigit(c);
    }

    /**
     * The element of {@link #AS_WRITTEN} named by the {@code length} characters at {@code start}, in upper or lower case
     * as HTML reads a tag's name (ASCII letters only: the Kelvin sign is no k); else null.
     */
    private static String asWritten(char[] chars, int start, int length) {
        for (String name : AS_WRITTEN) {
            if (name.length() == length && asciiLowerCaseIs(chars, start, name)) {
                return name;
            }
        }
        return null;
    }

    private static boolean asciiLowerCaseIs(char[] chars, int start, String lowerCase) {
        for (int k = 0; k < lowerCase.length(); k++) {
            char c = chars[start + k];
            if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != lowerCase.charAt(k)) {
                return false;
            }
        }
        return true;
    }

}
