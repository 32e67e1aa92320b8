package folio.site;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern SINGLE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    /** Years a date may have: anything else in a site about current events is a typo (0000, 2205, 1025). */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;

    /** Parses {@code 2025-11-20}, {@code 2025-11}, {@code 2025} or a range of two; empty when malformed. */
    public static Optional<PartialDate> parse(String text, boolean approximate) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        String[] parts = trimmed.split("/", -1);
        if (parts.length > 2) {
            return Optional.empty();
        }
        Optional<PartialDate> first = single(parts[0], approximate);
        if (parts.length == 1 || first.isEmpty()) {
            return first;
        }
        Optional<PartialDate> second = single(parts[1], approximate);
        if (second.isEmpty() || second.get().precision != first.get().precision
                || second.get().end.isBefore(first.get().start)) {
            return Optional.empty();
        }
        return Optional.of(new PartialDate(first.get().start, second.get().end, first.get().precision, approximate));
    }

    private static Optional<PartialDate> single(String text, boolean approximate) {
        Matcher matcher = SINGLE.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(matcher.group(1));
            if (year < FIRST_YEAR || year > LAST_YEAR) {
                return Optional.empty();
            }
            if (matcher.group(2) == null) {
                return Optional.of(new PartialDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                        Precision.YEAR, approximate));
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(matcher.group(2)));
            if (matcher.group(3) == null) {
                return Optional.of(new PartialDate(month.atDay(1), month.atEndOfMonth(), Precision.MONTH, approximate));
            }
            LocalDate day = month.atDay(Integer.parseInt(matcher.group(3)));
            return Optional.of(new PartialDate(day, day, Precision.DAY, approximate));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * For a date written in the right shape that does not exist, which part is wrong:
     * "month 13 does not exist (months run from 01 to 12)", "day 31 in April (April has 30 days)".
     * Empty when every part of every end of the range exists.
     */
    public static Optional<String> impossiblePart(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (String part : text.strip().split("/", -1)) {
            Matcher matcher = SINGLE.matcher(part.strip());
            if (!matcher.matches()) {
                continue;
            }
            int year = Integer.parseInt(matcher.group(1));
            if (year < FIRST_YEAR || year > LAST_YEAR) {
                return Optional.of("year " + matcher.group(1) + " is outside the years folio takes, " + FIRST_YEAR
                        + " to " + LAST_YEAR);
            }
            if (matcher.group(2) == null) {
                continue;
            }
            int month = Integer.parseInt(matcher.group(2));
            if (month < 1 || month > 12) {
                return Optional.of("month " + matcher.group(2) + " does not exist (months run from 01 to 12)");
            }
            if (matcher.group(3) == null) {
                continue;
            }
            int day = Integer.parseInt(matcher.group(3));
            YearMonth yearMonth = YearMonth.of(year, month);
            String name = monthName(yearMonth.getMonth()) + (month == 2 ? " " + year : "");
            if (day < 1) {
                return Optional.of("day " + matcher.group(3) + " does not exist (days start at 01)");
            }
            if (day > yearMonth.lengthOfMonth()) {
                return Optional.of("day " + day + " in " + name + " (" + name + " has " + yearMonth.lengthOfMonth() + " days)");
            }
        }
        return Optional.empty();
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
