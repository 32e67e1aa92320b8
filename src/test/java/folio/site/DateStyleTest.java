package folio.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Dates in a language's style come from the JDK's locale data: no month table of our own. */
class DateStyleTest {
    private static final DateStyle UK = DateStyle.of("uk", null, "приблизно");
    private static final DateStyle UK_RUNNING = DateStyle.of("uk", "d MMMM yyyy 'року'", "приблизно");

    private static String uk(String date) {
        return PartialDate.parse(date, false).orElseThrow().display(UK);
    }

    @Test
    void ukrainianDaysTakeTheGenitiveMonthsAloneTheNominative() {
        assertEquals("20 листопада 2025 р.", uk("2025-11-20"));
        assertEquals("20 листопада 2025 року", PartialDate.parse("2025-11-20", false).orElseThrow().display(UK_RUNNING));
        assertEquals("листопад 2025", uk("2025-11"));
        assertEquals("березень 2026", PartialDate.parse("2026-03-14", false).orElseThrow().monthLabel(UK));
        assertEquals("2025", uk("2025"));
    }

    @Test
    void ukrainianRangesAndApproximateDates() {
        assertEquals("20\u201321 листопада 2025 р.", uk("2025-11-20/2025-11-21"));
        assertEquals("30 листопада \u2014 2 грудня 2025 р.", uk("2025-11-30/2025-12-02"));
        assertEquals("листопад 2025 \u2014 січень 2026", uk("2025-11/2026-01"));
        assertEquals("приблизно листопад 2025", PartialDate.parse("2025-11", true).orElseThrow().display(UK));
    }

    /**
     * The style sheet's dash between words is a spaced em dash, numbers take an unspaced en dash
     * ("12–20 %"), and a year both ends share is written once, as in a range of days: the
     * timeline read "лютий 2014 – березень 2014".
     */
    @Test
    void ukrainianRangesTakeTheStyleSheetsDashesAndTheYearOnce() {
        assertEquals("лютий \u2014 березень 2014", uk("2014-02/2014-03"));
        assertEquals("приблизно лютий \u2014 березень 2014", PartialDate.parse("2014-02/2014-03", true).orElseThrow().display(UK));
        assertEquals("30 грудня 2025 р. \u2014 2 січня 2026 р.", uk("2025-12-30/2026-01-02"));
        assertEquals("2014\u20132022", uk("2014/2022"));
    }

    @Test
    void englishStaysAsItWas() {
        PartialDate date = PartialDate.parse("2025-11-20", true).orElseThrow();
        assertEquals("about 20 November 2025", date.display(DateStyle.of("en", null, null)));
        assertEquals(date.display(), date.display(DateStyle.ENGLISH));
        assertEquals("November 2025", date.monthLabel(DateStyle.ENGLISH));
        // A shared year once (reader30): it read "February 2014 \u2013 March 2014".
        assertEquals("February \u2013 March 2014", PartialDate.parse("2014-02/2014-03", false).orElseThrow().display());
        assertEquals("30 November \u2013 2 December 2025", PartialDate.parse("2025-11-30/2025-12-02", false).orElseThrow().display());
    }

    /**
     * A pattern that cannot write a day, or writes two days alike, is refused when site.yaml is
     * read: an empty one published every date as an empty <time>, a time of day stopped the
     * render with a template error that did not name site.yaml.
     */
    @Test
    void aPatternThatCannotWriteADayIsRefused() {
        assertTrue(message("").contains("empty"), message(""));
        assertTrue(message("  ").contains("empty"), message("  "));
        assertTrue(message("HH:mm d MMMM yyyy").contains("time of day"), message("HH:mm d MMMM yyyy"));
        assertTrue(message("d MMMM").contains("the year"), message("d MMMM"));
        assertTrue(message("MMMM yyyy").contains("the day"), message("MMMM yyyy"));
        assertTrue(message("d yyyy").contains("the month"), message("d yyyy"));
        assertTrue(message("'сьогодні'").contains("the day"), message("'сьогодні'"));
        assertEquals("20.11.2025", PartialDate.parse("2025-11-20", false).orElseThrow()
                .display(DateStyle.of("uk", "dd.MM.yyyy", null)));
    }

    /**
     * Y (week-based year) and D (day of the year) pass the checks above on 20 November 2025, but the
     * Ukrainian edition published 2025-12-29 as "29 грудня 2026" with Y, and every day as its number in
     * the year with D. Quoted text may hold the letters.
     */
    @Test
    void lettersThatWriteAnotherFieldAreRefused() {
        String week = message("d MMMM YYYY 'року'");
        assertTrue(week.contains("Y, the week-based year") && week.contains("'29 грудня 2026 року'")
                && week.contains("the year of the date is y"), week);
        assertTrue(message("YYYY-MM-dd").contains("week-based year"), message("YYYY-MM-dd"));
        String dayOfYear = message("D MMMM yyyy");
        assertTrue(dayOfYear.contains("D, the day of the year") && dayOfYear.contains("the day of the month is d"), dayOfYear);
        assertEquals("20 листопада 2025 р. (Y D)", PartialDate.parse("2025-11-20", false).orElseThrow()
                .display(DateStyle.of("uk", "d MMMM yyyy 'р. (Y D)'", null)));
        assertEquals("20 листопада 2025 'Y'", PartialDate.parse("2025-11-20", false).orElseThrow()
                .display(DateStyle.of("uk", "d MMMM yyyy '''Y'''", null)));
    }

    /**
     * Outside quoted text a pattern may use only the letters of a date's own fields (d, M, L, y, u, E, G) and must
     * show the day of the month with d; each refused letter is named, with what to write instead.
     */
    @Test
    void onlyTheLettersOfADatesOwnFieldsAreAccepted() {
        String weekday = message("e MMMM yyyy");
        assertTrue(weekday.contains("it has e, the day of the week as a number") && weekday.contains("'5 листопада 2025'")
                && weekday.contains("the day of the month is d"), weekday);
        assertTrue(message("c MMMM yyyy").contains("it has c, the day of the week as a number"), message("c MMMM yyyy"));
        assertTrue(message("g").contains("it has g, the modified Julian day"), message("g"));
        assertTrue(message("d MMMM yyyy, 'тиждень' w").contains("it has w, the week of the year"),
                message("d MMMM yyyy, 'тиждень' w"));
        assertTrue(message("d MMMM YYYY").contains("it has Y, the week-based year"), message("d MMMM YYYY"));
        assertTrue(message("D MMMM yyyy").contains("it has D, the day of the year"), message("D MMMM yyyy"));
        assertTrue(message("d MMMM yyyy Q").contains("it has Q, the quarter"), message("d MMMM yyyy Q"));
        String noDay = message("EEEE, MMMM yyyy");
        assertTrue(noDay.contains("does not show the day of the month") && noDay.contains("write d"), noDay);
        String en = assertThrows(IllegalArgumentException.class, () -> DateStyle.of("en", "e MMMM yyyy", null)).getMessage();
        assertTrue(en.contains("it has e") && en.contains("'5 November 2025'"), en);
    }

    @Test
    void theDatePatternsSitesWriteAreAccepted() {
        PartialDate date = PartialDate.parse("2025-11-20", false).orElseThrow();
        assertEquals("20 листопада 2025 року", date.display(DateStyle.of("uk", "d MMMM yyyy 'року'", null)));
        assertEquals("20 листопада 2025 р.", date.display(DateStyle.of("uk", "d MMMM yyyy 'р.'", null)));
        assertEquals("четвер, 20 листопада 2025 р.", date.display(DateStyle.of("uk", "EEEE, d MMMM yyyy 'р.'", null)));
        assertEquals("20.11.2025", date.display(DateStyle.of("uk", "dd.MM.uuuu", null)));
        assertEquals("20 November 2025", date.display(DateStyle.of("en", "d MMMM yyyy", null)));
        assertEquals("November 20, 2025", date.display(DateStyle.of("en", "MMMM d, yyyy", null)));
        assertEquals("Thursday, 20 November 2025", date.display(DateStyle.of("en", "EEEE, d MMMM yyyy", null)));
        assertEquals("Thu 20 Nov 2025 AD", date.display(DateStyle.of("en", "EEE d MMM y G", null)));
        assertEquals("20 November 2025", date.display(DateStyle.of("en", "d LLLL yyyy", null)));
    }

    private static String message(String pattern) {
        return assertThrows(IllegalArgumentException.class, () -> DateStyle.of("uk", pattern, null)).getMessage();
    }
}
