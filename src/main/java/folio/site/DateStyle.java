package folio.site;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * How one language writes dates, from the JDK's locale data: {@code day} formats a day
 * ("20 листопада 2025 р."), months alone take the standalone (nominative) form ("листопад 2025"),
 * {@code approximate} goes before an approximate date. {@link #ENGLISH} is the fixed English
 * style ("20 November 2025", "about 2025"), never the machine's locale.
 */
public record DateStyle(Locale locale, DateTimeFormatter day, String approximate) {
    public static final DateStyle ENGLISH = new DateStyle(Locale.ENGLISH, null, "about");

    /** The style for {@code language}: {@code pattern} (a DateTimeFormatter pattern) or the locale's long date. */
    public static DateStyle of(String language, String pattern, String approximate) {
        Locale locale = Locale.forLanguageTag(language);
        if (pattern == null && language.equals("en")) {
            return approximate == null ? ENGLISH : new DateStyle(locale, null, approximate);
        }
        DateTimeFormatter day = pattern == null ? DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                : checked(DateTimeFormatter.ofPattern(pattern, locale), pattern);
        return new DateStyle(locale, day, approximate == null ? (language.equals("en") ? "about" : "~") : approximate);
    }

    /**
     * {@code day}, if it writes every day of a page as a day: not empty (every date an empty
     * {@code <time>}), no time of day (a LocalDate has none: the render would stop), and the
     * day, the month and the year each shown (or two dates would read alike), the day as the day of
     * the month (d).
     */
    private static DateTimeFormatter checked(DateTimeFormatter day, String pattern) {
        if (pattern.isBlank()) {
            throw new IllegalArgumentException("it is empty, so every date would be published as nothing");
        }
        misleadingLetter(day, pattern);
        LocalDate sample = LocalDate.of(2025, 11, 20);
        String written;
        try {
            written = day.format(sample);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("it asks for a time of day or a zone, which a date does not have ("
                    + e.getMessage() + ")", e);
        }
        String[][] others = {{"the day", "2025-11-21"}, {"the month", "2025-12-20"}, {"the year", "2026-11-20"}};
        for (String[] other : others) {
            if (day.format(LocalDate.parse(other[1])).equals(written)) {
                throw new IllegalArgumentException("it does not show " + other[0] + ": 2025-11-20 and " + other[1]
                        + " would both be '" + written + "'");
            }
        }
        if (!hasDay(pattern)) {
            throw new IllegalArgumentException("it does not show the day of the month ('" + written
                    + "' for 2025-11-20): write d for it, as in 'EEEE, d MMMM yyyy'");
        }
        return day;
    }

    private static boolean hasDay(String pattern) {
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == 'd') {
                return true;
            }
        }
        return false;
    }

    /**
     * Allows, outside quoted text ('року'; a '' toggles twice), only the letters that write a date's own fields:
     * d (day of the month), M or L (month), y or u (year), E (day of the week) and G (era). Others can pass the
     * checks on 20 November 2025 and still write another field: Y writes 2025, e the weekday's number. Only
     * ASCII letters are pattern letters; any other character is written as it stands.
     */
    private static void misleadingLetter(DateTimeFormatter day, String pattern) {
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') && "dMLyuEG".indexOf(c) < 0) {
                throw new IllegalArgumentException(refused(day, c));
            }
        }
    }

    private static String refused(DateTimeFormatter day, char c) {
        if (c == 'D') {
            return "it has D, the day of the year (20 November 2025 would be day 324); the day of the month is d";
        }
        if ("HhKkmsSAnNaBb".indexOf(c) >= 0) {
            return "it has " + c + ", a time of day, which a date does not have; a date writes only d, M, y, E and G";
        }
        if ("VvzOXxZ".indexOf(c) >= 0) {
            return "it has " + c + ", a time zone, which a date does not have; a date writes only d, M, y, E and G";
        }
        String written;
        try {
            written = c == 'Y' ? " (2025-12-29 would be published as '" + day.format(LocalDate.of(2025, 12, 29)) + "')"
                    : " (2025-11-20 would be published as '" + day.format(LocalDate.of(2025, 11, 20)) + "')";
        } catch (DateTimeException e) {
            written = ""; // it asks for a time of day too: this letter is told first
        }
        return switch (c) {
            case 'Y' -> "it has Y, the week-based year, which in the last days of December and the first days of "
                    + "January can be the next or the previous year" + written + "; the year of the date is y";
            case 'e', 'c' -> "it has " + c + ", the day of the week as a number" + written
                    + "; the day of the month is d (the day's name is E)";
            case 'w', 'W' -> "it has " + c + ", the week of the " + (c == 'w' ? "year" : "month") + written
                    + "; the day of the month is d";
            case 'F' -> "it has F, a week's count within the month" + written + "; the day of the month is d";
            case 'g' -> "it has g, the modified Julian day" + written + "; the day of the month is d";
            case 'Q', 'q' -> "it has " + c + ", the quarter of the year" + written + "; the month is M";
            default -> "it has " + c + ", which is not a letter of a day, month or year" + written
                    + "; a date writes only d (day), M (month), y (year), E (day of the week) and G (era)";
        };
    }

    /**
     * What joins the two ends of a range written in words ("30 листопада — 2 грудня"): Ukrainian
     * typography puts a spaced em dash between words (the Ukrainian style sheet, "Dash between words");
     * other languages keep the spaced en dash the English edition uses.
     */
    String wordDash() {
        return locale.getLanguage().equals("uk") ? " \u2014 " : " \u2013 ";
    }

    boolean english() {
        return day == null;
    }
}
