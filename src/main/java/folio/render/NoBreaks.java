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
 * and "—" at a line's start on most pages of both editions. Three more for text at 200 % on a phone: a word joiner
 * after the hyphen of a word with a part of up to three letters ("де-факто", "28-point"), a particle with the word
 * before it («стала б») and a Ukrainian one-letter word with the word after it («у Женеві»), the last two only beside
 * a word of up to eight letters.
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
                if (i > 0 && i + 1 < n && mayGlue(chars, i) && glue(html, i)) {
                    with = NO_BREAK_SPACE;
                }
            } else if (c == '-') {
                // A short part of a hyphenated word ("де-факто", "будь-яку", "Абу-Дабі", "28-point"): Chromium breaks
                // after a hyphen, and at 200 % text on a phone "де-" ended a line. A word joiner after the hyphen keeps
                // the word whole; unlike a no-break hyphen (U+2011) it leaves the hyphen the page's own character, so
                // the browser's find, a copied word and the search index (which drops the joiner) all read "де-факто".
                if (i > 0 && i + 1 < n && shortPart(chars, i)) {
                    with = "-\u2060";
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
        STOPS['-'] = true;
    }

    /** The longest part of a hyphenated word that a word joiner keeps with the hyphen: "де", "Абу", "яку", "28". */
    private static final int SHORT_PART = 3;

    /**
     * The longest unit a joiner or a no-break space makes here (a hyphenated word, a one-letter word or a particle with
     * its word): 10 characters, which a heading's line holds at 200 % text on a 320 px phone, so joining never makes a
     * line break inside a word (a long compound, "Non-Proliferation", «по-українськи», may still break at its hyphen).
     */
    private static final int LONGEST_UNIT = 10;

    /**
     * Whether the hyphen at {@code at} joins two word characters in a compound (letters, digits, apostrophes and
     * hyphens) of at most {@link #LONGEST_UNIT} characters, with the part before or after it (to the next other
     * character, so another hyphen ends a part) at most {@link #SHORT_PART} long, outside an address.
     */
    private static boolean shortPart(char[] chars, int at) {
        if (!Character.isLetterOrDigit(chars[at - 1]) || !Character.isLetterOrDigit(chars[at + 1])) {
            return false;
        }
        boolean letters = false;
        int start = at;
        while (start > 0 && at - start < LONGEST_UNIT && (isWordChar(chars[start - 1]) || chars[start - 1] == '-')) {
            letters |= Character.isLetter(chars[--start]);
        }
        int end = at + 1;
        while (end < chars.length && end - start <= LONGEST_UNIT && (isWordChar(chars[end]) || chars[end] == '-')) {
            letters |= Character.isLetter(chars[end++]);
        }
        // Numbers alone ("2025-11-20", "15-17") are no words: a date written so, or a range, as written.
        if (end - start > LONGEST_UNIT || !letters) {
            return false;
        }
        int before = 0;
        for (int k = at - 1; k >= start && isWordChar(chars[k]); k--) {
            before++;
        }
        int after = 0;
        for (int k = at + 1; k < end && isWordChar(chars[k]); k++) {
            after++;
        }
        return (before <= SHORT_PART || after <= SHORT_PART) && !inAddress(chars, at);
    }

    /**
     * Whether the hyphen at {@code at} is in an address written as text ("kyivindependent.com/zaporizhzhia-npp-needs",
     * "polska-ie.com"), a run to white space or a tag with a '/', an '@' or a full stop before a letter in it: its parts
     * are no words, and a joiner in it would go with the address when copied.
     */
    private static boolean inAddress(char[] chars, int at) {
        for (int k = at - 1; k >= 0 && !Character.isWhitespace(chars[k]) && chars[k] != '>'; k--) {
            if (chars[k] == '/' || chars[k] == '@' || chars[k] == '.' && Character.isLetter(chars[k + 1])) {
                return true;
            }
        }
        for (int k = at + 1; k < chars.length && !Character.isWhitespace(chars[k]) && chars[k] != '<'; k++) {
            if (chars[k] == '/' || chars[k] == '@' || chars[k] == '.' && k + 1 < chars.length && Character.isLetter(chars[k + 1])) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\u02BC' || c == '\u2019' || c == '\'';
    }

    /** Whether the space at {@code i} (with a character on each side) is one {@link #glue} may join (it says no to every other). */
    private static boolean mayGlue(char[] chars, int i) {
        char before = chars[i - 1];
        char after = chars[i + 1];
        if (isDigit(before) || isDigit(after) || after == '\u2014' || before == '.') {
            return true;
        }
        // Most Ukrainian words end in one of the one-letter words' letters and many start with б: the letter beside
        // them tells a word of one letter, or of one letter and и or е, from those without the call.
        if (isOneLetterWord(before) && (i < 2 || !isWordChar(chars[i - 2]))) {
            return true;
        }
        if (after == '\u0431' || after == '\u0436') {
            char next = i + 2 < chars.length ? chars[i + 2] : ' ';
            return !isWordChar(next) || next == '\u0438' || next == '\u0435';
        }
        return false;
    }

    /** The Ukrainian words of one letter that go with the word after them: а, в, з, і, й, о, у, я (either case). */
    private static boolean isOneLetterWord(char c) {
        return switch (c) {
            case '\u0430', '\u0432', '\u0437', '\u0456', '\u0439', '\u043E', '\u0443', '\u044F',
                 '\u0410', '\u0412', '\u0417', '\u0406', '\u0419', '\u041E', '\u0423', '\u042F' -> true;
            default -> false;
        };
    }

    /** The particles that go with the word before them: б, би, ж, же («стала б», «все ж»). */
    private static final Set<String> PARTICLES = Set.of("\u0431", "\u0431\u0438", "\u0436", "\u0436\u0435");


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
        // A one-letter word with the word after it («у Женеві», «і ЗСУ», «з 2022»), a particle with the word before it
        // («стала б»): at a phone's width at 200 % text «б» stood alone on a line between two long words.
        // Not where that word is held to what follows it ("в минулому\u00a0[26, 27]" in a table's narrow cell): the
        // chain would outgrow the line and break inside it.
        if (isOneLetterWord(before) && (i < 2 || !isWordChar(s.charAt(i - 2)))) {
            int length = wordLength(s, i + 1);
            int end = i + 1 + length + (length > 0 && "«„\"“(".indexOf(s.charAt(i + 1)) >= 0 ? 1 : 0);
            if (length > 0 && 2 + length <= LONGEST_UNIT && (end >= s.length() || s.charAt(end) != '\u00A0')) {
                return true;
            }
        }
        if ((after == '\u0431' || after == '\u0436') && Character.isLetter(before)) {
            int end = i + 2;
            while (end < s.length() && Character.isLetter(s.charAt(end)) && end - i <= 3) {
                end++;
            }
            if ((end == s.length() || !isWordChar(s.charAt(end))) && PARTICLES.contains(s.subSequence(i + 1, end).toString())) {
                int start = i;
                while (start > 0 && isWordChar(s.charAt(start - 1))) {
                    start--;
                }
                return end - start <= LONGEST_UNIT;
            }
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

    /** How many letters and digits a word starting at {@code from} has (after an opening quote or bracket). */
    private static int wordLength(CharSequence s, int from) {
        int start = from;
        if (start < s.length() && "«„\"“(".indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        int end = start;
        while (end < s.length() && isWordChar(s.charAt(end))) {
            end++;
        }
        return end - start;
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
