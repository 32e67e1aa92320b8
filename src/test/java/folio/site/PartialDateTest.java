package folio.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PartialDateTest {

    private static PartialDate date(String text) {
        return PartialDate.parse(text, false).orElseThrow();
    }

    @Test
    void englishMonthNamesAreTheJdksWhateverTheMachinesLocale() {
        for (java.time.Month month : java.time.Month.values()) {
            assertEquals(month.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH),
                    PartialDate.monthName(month));
        }
    }

    @Test
    void formatsEachPrecisionInEnglish() {
        assertEquals("20 November 2025", date("2025-11-20").display());
        assertEquals("November 2025", date("2025-11").display());
        assertEquals("2014", date("2014").display());
        assertEquals("about October 2025", PartialDate.parse("2025-10", true).orElseThrow().display());
    }

    @Test
    void formatsRanges() {
        assertEquals("21\u201324 November 2025", date("2025-11-21/2025-11-24").display());
        assertEquals("30 November \u2013 2 December 2025", date("2025-11-30/2025-12-02").display());
        // A year both months share is written once, as in Ukrainian («січень — березень 2026»), not "January 2026 – March 2026".
        assertEquals("January \u2013 March 2026", date("2026-01/2026-03").display());
        assertEquals("about February \u2013 March 2014", PartialDate.parse("2014-02/2014-03", true).orElseThrow().display());
        assertEquals("November 2025 \u2013 January 2026", date("2025-11/2026-01").display());
        assertEquals("2025-11-21/2025-11-24", date("2025-11-21/2025-11-24").notation());
    }

    @Test
    void isoAndOrdering() {
        assertEquals("2025-11", date("2025-11").iso());
        assertTrue(date("2025-11").compareTo(date("2025-11-01")) < 0, "a month sorts before its first day");
        assertTrue(date("2025-11-20").compareTo(date("2025-11-21")) < 0);
    }

    @Test
    void rejectsImpossibleAndMalformedDates() {
        assertTrue(PartialDate.parse("2025-02-30", false).isEmpty());
        assertTrue(PartialDate.parse("2025-13", false).isEmpty());
        assertTrue(PartialDate.parse("20 Nov 2025", false).isEmpty());
        assertTrue(PartialDate.parse("2025-11-24/2025-11-21", false).isEmpty());
        assertTrue(PartialDate.parse("2025-11/2025-11-21", false).isEmpty());
    }

    @Test
    void namesThePartOfAnImpossibleDateThatIsWrong() {
        assertEquals("month 13 does not exist (months run from 01 to 12)", PartialDate.impossiblePart("2026-13-01").orElseThrow());
        assertEquals("day 31 in April (April has 30 days)", PartialDate.impossiblePart("2026-04-31").orElseThrow());
        assertEquals("day 29 in February 2026 (February 2026 has 28 days)", PartialDate.impossiblePart("2026-02-29").orElseThrow());
        assertEquals("day 00 does not exist (days start at 01)", PartialDate.impossiblePart("2026-01-00").orElseThrow());
        assertEquals("month 00 does not exist (months run from 01 to 12)", PartialDate.impossiblePart("2025-11-20/2026-00").orElseThrow());
        assertTrue(PartialDate.impossiblePart("2024-02-29").isEmpty());
        assertTrue(PartialDate.impossiblePart("20/11/2025").isEmpty());
        assertEquals("year 0000 is outside the years folio takes, 1900 to 2100",
                PartialDate.impossiblePart("0000-01-01").orElseThrow());
        assertEquals("year 2205 is outside the years folio takes, 1900 to 2100",
                PartialDate.impossiblePart("2025-11/2205-11").orElseThrow());
        assertTrue(PartialDate.parse("0000-01-01", false).isEmpty());
        assertTrue(PartialDate.parse("1899", false).isEmpty());
        assertTrue(PartialDate.parse("1900-01-01/2100-12-31", false).isPresent());
    }

    @Test
    void equalAsValuesWithEqualHashesAndUnequalWhenAnyPartDiffers() {
        PartialDate november = PartialDate.parse("2025-11", false).orElseThrow();
        assertEquals(november, PartialDate.parse("2025-11", false).orElseThrow());
        assertEquals(november.hashCode(), PartialDate.parse("2025-11", false).orElseThrow().hashCode());
        assertNotEquals(november, PartialDate.parse("2025-11", true).orElseThrow());
        assertNotEquals(november, PartialDate.parse("2025-11-20", false).orElseThrow());
        assertNotEquals(november, PartialDate.parse("2025-12", false).orElseThrow());
        assertNotEquals(november, null);
    }
}
