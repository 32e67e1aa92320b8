package folio.site;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The notation editors write a {@link PartialDate} in ({@code 2025-11-20}, {@code 2025-11},
 * {@code 2025}, or two of one precision joined by {@code /}): reading it, and saying which part of
 * a well-shaped notation names no real date, so the report can point at it.
 */
final class DateNotation {
    private static final Pattern SINGLE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    /** Years a date may have: anything else in a site about current events is a typo (0000, 2205, 1025). */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;

    private DateNotation() {}

    /** Parses {@code 2025-11-20}, {@code 2025-11}, {@code 2025} or a range of two; empty when malformed. */
    static Optional<PartialDate> parse(String text, boolean approximate) {
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
        if (second.isEmpty() || second.get().precision() != first.get().precision()
                || second.get().end().isBefore(first.get().start())) {
            return Optional.empty();
        }
        return Optional.of(new PartialDate(first.get().start(), second.get().end(), first.get().precision(), approximate));
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
                        PartialDate.Precision.YEAR, approximate));
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(matcher.group(2)));
            if (matcher.group(3) == null) {
                return Optional.of(new PartialDate(month.atDay(1), month.atEndOfMonth(), PartialDate.Precision.MONTH, approximate));
            }
            LocalDate day = month.atDay(Integer.parseInt(matcher.group(3)));
            return Optional.of(new PartialDate(day, day, PartialDate.Precision.DAY, approximate));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * For a date written in the right shape that does not exist, which part is wrong:
     * "month 13 does not exist (months run from 01 to 12)", "day 31 in April (April has 30 days)".
     * Empty when every part of every end of the range exists.
     */
    static Optional<String> impossiblePart(String text) {
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
            String name = PartialDate.monthName(yearMonth.getMonth()) + (month == 2 ? " " + year : "");
            if (day < 1) {
                return Optional.of("day " + matcher.group(3) + " does not exist (days start at 01)");
            }
            if (day > yearMonth.lengthOfMonth()) {
                return Optional.of("day " + day + " in " + name + " (" + name + " has " + yearMonth.lengthOfMonth() + " days)");
            }
        }
        return Optional.empty();
    }
}
