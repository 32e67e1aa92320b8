package folio.render;

import java.util.Locale;
import java.util.Set;

/**
 * Which characters of a page's text {@link NoBreaks} joins to their neighbours: a space beside a date's month, a
 * year's «року», a unit, a point's number, an initial, a dash, a one-letter word or a particle; a hyphen with a
 * short part beside it. Static, so a call from the pass's loop costs what a method of its own did.
 */
final class NoBreakRules {
    private NoBreakRules() {}

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

    /** The longest part of a hyphenated word that a word joiner keeps with the hyphen: "де", "Абу", "яку", "28". */
    private static final int SHORT_PART = 3;

    /**
     * The longest unit a joiner or a no-break space makes here (a hyphenated word, a one-letter word or a particle with
     * its word): 10 characters, which a heading's line holds at 200 % text on a 320 px phone, so joining never makes a
     * line break inside a word (a long compound, "Non-Proliferation", «по-українськи», may still break at its hyphen).
     */
    private static final int LONGEST_UNIT = 10;

    /**
     * The longest pair a particle or a one-letter word makes with its word (the space, and an opening quotation mark,
     * counted): 14 characters, «гарантував би», «у Словʼянську», which the narrowest line at 200 % text on a 320 px
     * phone holds whole (an event's or a card's, 256 px: about 15 letters of body text; a heading's line holds a word
     * of 16, style.css's --f). Ukrainian typesetting keeps a particle off a line's start and a one-letter word off a
     * line's end whatever the word's length; only a pair wider than the line is left to part, since held together it
     * would break inside the word.
     */
    private static final int LONGEST_PAIR = 14;

    /**
     * Whether the hyphen at {@code at} joins two word characters in a compound (letters, digits, apostrophes and
     * hyphens) of at most {@link #LONGEST_UNIT} characters, with the part before or after it (to the next other
     * character, so another hyphen ends a part) at most {@link #SHORT_PART} long, outside an address.
     */
    static boolean shortPart(char[] chars, int at) {
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
    static boolean inAddress(char[] chars, int at) {
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

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\u02BC' || c == '\u2019' || c == '\'';
    }

    /** Whether the space at {@code i} (with a character on each side) is one {@link #glue} may join (it says no to every other). */
    static boolean mayGlue(char[] chars, int i) {
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
    static boolean isOneLetterWord(char c) {
        return switch (c) {
            case '\u0430', '\u0432', '\u0437', '\u0456', '\u0439', '\u043E', '\u0443', '\u044F',
                 '\u0410', '\u0412', '\u0417', '\u0406', '\u0419', '\u041E', '\u0423', '\u042F' -> true;
            default -> false;
        };
    }

    /** The particles that go with the word before them: б, би, ж, же («стала б», «все ж»). */
    private static final Set<String> PARTICLES = Set.of("\u0431", "\u0431\u0438", "\u0436", "\u0436\u0435");


    /** Whether the ordinary space at {@code i} (with a character on each side) joins the things beside it. */
    static boolean glue(CharSequence s, int i) {
        char before = s.charAt(i - 1);
        char after = s.charAt(i + 1);
        if (after == '\u2014') {
            return before != ' ' && before != '\n';
        }
        // A one-letter word with the word after it («у Женеві», «і ЗСУ», «з 2022», «у демілітаризованій» is too long), a
        // particle with the word before it («стала б», «гарантував би»): at a phone's width at 200 % text «б» stood
        // alone on a line between two long words, and «би» started one after «гарантував».
        // Not where that word is held to what follows it ("в минулому\u00a0[26, 27]" in a table's narrow cell): the
        // chain would outgrow the line and break inside it.
        if (isOneLetterWord(before) && (i < 2 || !isWordChar(s.charAt(i - 2)))) {
            int length = wordLength(s, i + 1);
            int end = i + 1 + length + (length > 0 && "«„\"“(".indexOf(s.charAt(i + 1)) >= 0 ? 1 : 0);
            if (length > 0 && end - (i - 1) <= LONGEST_PAIR && (end >= s.length() || s.charAt(end) != '\u00A0')) {
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
                return end - start <= LONGEST_PAIR;
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

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The letters that start at {@code from}, lower-cased; empty where a letter follows none. */
    static String wordAfter(CharSequence s, int from) {
        int end = from;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        return s.subSequence(from, end).toString().toLowerCase(Locale.ROOT);
    }

    /** How many letters and digits a word starting at {@code from} has (after an opening quote or bracket). */
    static int wordLength(CharSequence s, int from) {
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
    static String wordBefore(CharSequence s, int end) {
        int start = end;
        while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
            start--;
        }
        return s.subSequence(start, end).toString().toLowerCase(Locale.ROOT);
    }
}
