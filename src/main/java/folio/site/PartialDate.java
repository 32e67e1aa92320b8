package folio.site;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * A date as precise as the sources allow: a day, a month or a year, optionally approximate,
 * optionally a range ({@code 2025-11-21/2025-11-24}). Formatting is fixed English, or a
 * language's {@link DateStyle} from the JDK's locale data; never the machine's locale.
 */
public record PartialDate(LocalDate start, LocalDate end, Precision precision, boolean approximate)
        implements Comparable<PartialDate> {
    // A value, compared as the generated methods would; written out, as those are linked at run time (package-info).
    @Override
    public boolean equals(Object other) {
        return other instanceof PartialDate date && java.util.Objects.equals(start, date.start) && java.util.Objects.equals(end, date.end)
                && precision == date.precision && approximate == date.approximate;
    }

    @Override public int hashCode() { return java.util.Objects.hash(start, end, precision, approximate); }

    public enum Precision { DAY, MONTH, YEAR }

    /** Parses {@code 2025-11-20}, {@code 2025-11}, {@code 2025} or a range of two; empty when malformed. */
    public static Optional<PartialDate> parse(String text, boolean approximate) {
        return DateNotation.parse(text, approximate);
    }

    /**
     * For a date written in the right shape that does not exist, which part is wrong (see
     * {@link DateNotation#impossiblePart}); empty when every part of every end of the range exists.
     */
    public static Optional<String> impossiblePart(String text) {
        return DateNotation.impossiblePart(text);
    }

    public boolean isRange() {
        return switch (precision) {
            case DAY -> !start.equals(end);
            case MONTH -> !YearMonth.from(start).equals(YearMonth.from(end));
            case YEAR -> start.getYear() != end.getYear();
        };
    }

    /** "20 November 2025", "20–21 November 2025", "January – March 2026", "November 2025", "about 2025". */
    public String display() {
        return display(DateStyle.ENGLISH);
    }

    /**
     * The date in a language's style: "20 листопада 2025 р.", "20–21 листопада 2025 р.",
     * "30 листопада — 2 грудня 2025 р.", "лютий — березень 2014", "2014–2022", "листопад 2025",
     * "приблизно 2025". Numbers take an unspaced en dash, words the style's {@link DateStyle#wordDash()};
     * a year both ends share is written once, as a day range already did.
     */
    public String display(DateStyle style) {
        if (!style.english()) {
            return styled(style);
        }
        String text;
        if (!isRange()) {
            text = format(start);
        } else if (precision == Precision.DAY && start.getYear() == end.getYear()
                && start.getMonth() == end.getMonth()) {
            text = start.getDayOfMonth() + "\u2013" + format(end);
        } else if (precision == Precision.DAY && start.getYear() == end.getYear()) {
            text = start.getDayOfMonth() + " " + monthName(start.getMonth()) + " \u2013 " + format(end);
        } else if (precision == Precision.MONTH && start.getYear() == end.getYear()) {
            text = monthName(start.getMonth()) + " \u2013 " + format(end);
        } else {
            text = format(start) + " \u2013 " + format(end);
        }
        return approximate ? "about " + text : text;
    }

    private String styled(DateStyle style) {
        String text;
        String dash = style.wordDash();
        if (!isRange()) {
            text = format(start, style);
        } else if (precision == Precision.DAY && start.getYear() == end.getYear()
                && start.getMonth() == end.getMonth()) {
            text = start.getDayOfMonth() + "\u2013" + format(end, style);
        } else if (precision == Precision.DAY && start.getYear() == end.getYear()) {
            text = DateTimeFormatter.ofPattern("d MMMM", style.locale()).format(start) + dash + format(end, style);
        } else if (precision == Precision.MONTH && start.getYear() == end.getYear()) {
            text = DateTimeFormatter.ofPattern("LLLL", style.locale()).format(start) + dash + format(end, style);
        } else if (precision == Precision.YEAR) {
            text = start.getYear() + "\u2013" + end.getYear();
        } else {
            text = format(start, style) + dash + format(end, style);
        }
        return approximate ? style.approximate() + " " + text : text;
    }

    private String format(LocalDate date, DateStyle style) {
        return switch (precision) {
            case DAY -> style.day().format(date);
            case MONTH -> DateTimeFormatter.ofPattern("LLLL yyyy", style.locale()).format(date);
            case YEAR -> String.valueOf(date.getYear());
        };
    }

    private String format(LocalDate date) {
        return switch (precision) {
            case DAY -> date.getDayOfMonth() + " " + monthName(date.getMonth()) + " " + date.getYear();
            case MONTH -> monthName(date.getMonth()) + " " + date.getYear();
            case YEAR -> String.valueOf(date.getYear());
        };
    }

    /** English month names, written out: reading them from the JDK's locale data took a fresh JVM tens of milliseconds. */
    private static final String[] ENGLISH_MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    static String monthName(Month month) {
        return ENGLISH_MONTHS[month.ordinal()];
    }

    /** The machine-readable form for {@code <time datetime>}: 2025-11-20, 2025-11 or 2025. */
    public String iso() {
        return switch (precision) {
            case DAY -> start.toString();
            case MONTH -> YearMonth.from(start).toString();
            case YEAR -> String.valueOf(start.getYear());
        };
    }

    /** The original notation, ranges included, as an editor would write it. */
    public String notation() {
        if (!isRange()) {
            return iso();
        }
        PartialDate last = new PartialDate(end, end, precision, approximate);
        return iso() + "/" + last.iso();
    }

    public int year() {
        return start.getYear();
    }

    /** "November 2025", for grouping by month. */
    public String monthLabel() {
        return monthName(start.getMonth()) + " " + start.getYear();
    }

    /** "листопад 2025": the month alone, in the nominative (standalone) form of the style's language. */
    public String monthLabel(DateStyle style) {
        return style.english() ? monthLabel() : DateTimeFormatter.ofPattern("LLLL yyyy", style.locale()).format(start);
    }

    public String monthKey() {
        return YearMonth.from(start).toString();
    }

    public String precisionLabel() {
        if (approximate) {
            return "approximate date";
        }
        return switch (precision) {
            case DAY -> "exact day";
            case MONTH -> "month only";
            case YEAR -> "year only";
        };
    }

    @Override
    public int compareTo(PartialDate other) {
        int byStart = start.compareTo(other.start);
        if (byStart != 0) {
            return byStart;
        }
        int byPrecision = other.precision.compareTo(precision);
        return byPrecision != 0 ? byPrecision : end.compareTo(other.end);
    }
}
