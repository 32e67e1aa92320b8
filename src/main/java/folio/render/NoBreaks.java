package folio.render;

import java.util.Locale;
import java.util.Set;

/**
 * No-break spaces where a line break would part what a reader takes as one thing, as newspapers
 * set them: a date's day and month ("25 June", "20 листопада") and a year and
 * its "року" ("2025 року"), a number and its unit ("1 million",
 * "4,500 km²", "100 млрд"), a point and its number ("point 21", "пункт 21"), an initial and its name
 * ("М. К. Бхадракумар"), the two numbers of a range ("20–21", with a word joiner after the dash), and a dash with the word before it, so no line starts with " — " (as
 * Ukrainian typography asks). At a phone's width ordinary spaces left "25" / "June 2026", "point" / "21"
 * and "—" at a line's start on most pages of both editions.
 *
 * <p>It runs on each page's finished HTML, so every text is covered whatever wrote it (Markdown, a
 * YAML field, a date the templates format). Only the text between tags in the body changes; tags and
 * their attributes, the head, comments and raw elements ({@link TextBoundaries#RAW}) are written as
 * they are. It looks only at ordinary spaces and the characters beside them, so a page costs one
 * pass over its characters. The search index's titles, kinds and snippets, which are plain text, get the same
 * glue through {@link #text}, so a result does not part what its page keeps together.
 */
public final class NoBreaks {
    private NoBreaks() {}

    private static final String NO_BREAK_SPACE = "\u00A0";
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december",
            "січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
            "листопада", "грудня",
            "січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень", "вересень", "жовтень",
            "листопад", "грудень");
    private static final Set<String> UNITS = Set.of("million", "billion", "trillion", "km", "млн", "млрд", "трлн", "тис",
            "км");
    private static final Set<String> POINTS = Set.of("point", "points", "пункт", "пункту", "пункти", "пунктів",
            "пунктом", "пункті", "пунктах", "пунктам");

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
                if (i > 0 && i + 1 < n && mayGlue(chars[i - 1], chars[i + 1]) && glue(html, i)) {
                    with = NO_BREAK_SPACE;
                }
            } else if (i > 0 && i + 1 < n && isDigit(chars[i - 1]) && isDigit(chars[i + 1])) {
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
    }

    /** Whether a space between {@code before} and {@code after} is one {@link #glue} may join (it says no to every other). */
    private static boolean mayGlue(char before, char after) {
        return isDigit(before) || isDigit(after) || after == '\u2014' || before == '.';
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

    /** Whether the ordinary space at {@code i} (with a character on each side) joins the things beside it. */
    static boolean glue(CharSequence s, int i) {
        char before = s.charAt(i - 1);
        char after = s.charAt(i + 1);
        if (after == '\u2014') {
            return before != ' ' && before != '\n';
        }
        if (isDigit(before)) {
            int start = i - 1;
            while (start > 0 && isDigit(s.charAt(start - 1))) {
                start--;
            }
            int digits = i - start;
            if (start > 0 && Character.isLetter(s.charAt(start - 1))) {
                return false;
            }
            String word = wordAfter(s, i + 1);
            if (digits <= 2 && MONTHS.contains(word)) {
                return true;
            }
            if (digits == 4 && (word.equals("року") || word.equals("р") && i + 2 < s.length() && s.charAt(i + 2) == '.')) {
                return true;
            }
            // A number's last group ("4,500", "9.1") takes its unit as a whole number does.
            return UNITS.contains(word);
        }
        if (isDigit(after)) {
            String word = wordBefore(s, i);
            if (POINTS.contains(word)) {
                return true;
            }
            // A month and its year may part ("25 June" / "2026"): holding the whole date together made
            // dates in narrow table cells split inside a word and pushed citations after them to a line of their own.
            return false;
        }
        // An initial ("М. К. Бхадракумар"): one capital letter and a full stop, then a capitalised name.
        if (before == '.' && i >= 2 && Character.isUpperCase(s.charAt(i - 2)) && Character.isUpperCase(after)
                && (i == 2 || !Character.isLetterOrDigit(s.charAt(i - 3)) && s.charAt(i - 3) != '.')) {
            return true;
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The letters that start at {@code from}, lower-cased; empty where a letter follows none. */
    private static String wordAfter(CharSequence s, int from) {
        int end = from;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        return s.subSequence(from, end).toString().toLowerCase(Locale.ROOT);
    }

    /** The letters that end just before {@code end}, lower-cased. */
    private static String wordBefore(CharSequence s, int end) {
        int start = end;
        while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
            start--;
        }
        return s.subSequence(start, end).toString().toLowerCase(Locale.ROOT);
    }
}
