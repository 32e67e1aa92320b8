package folio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import folio.site.PartialDate;
import folio.site.Source;
import folio.site.SourceFlag;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A citation that names its outlets tells apart two reports of one outlet ("[Axios; Axios]" read
 * like a slip): by date where the dates differ, else by the report's place among the outlet's
 * reports in the group, with its headline for a screen reader; a source cited twice in one group
 * is shown once.
 */
class CitationGroupTest {
    private static Source source(String id, String outlet, String date, String rendering) {
        return source(id, outlet, date, rendering, null);
    }

    private static Source source(String id, String outlet, String date, String rendering, String readAt) {
        PartialDate when = date == null ? null : PartialDate.parse(date, false).orElseThrow();
        return new Source(id, outlet, "Headline " + id, null, rendering, null, when, "https://example.org/" + id, readAt, null,
                SourceFlag.NONE, "lv", null, null, null, null, "sources/#" + id, null, "en");
    }

    private static List<Citation> outlets(Source... sources) {
        return Citation.group(Arrays.stream(sources).map(s -> new Citation(0, s.id(), s)).toList(), false, "en");
    }

    private static final Source AXIOS_18 = source("axios-18", "Axios", "2025-11-18", null);
    private static final Source AXIOS_20 = source("axios-20", "Axios", "2025-11-20", null);
    private static final Source AXIOS_20B = source("axios-20b", "Axios", "2025-11-20", "Our rendering");
    private static final Source AXIOS_UNDATED = source("axios-x", "Axios", null, null);
    private static final Source UNN = source("unn", "UNN", "2025-11-20", null);

    @Test
    void anOutletCitedOnceIsLeftAsItIs() {
        List<Citation> group = outlets(AXIOS_18, UNN);
        assertEquals(List.of(AXIOS_18, UNN), group.stream().map(Citation::source).toList());
        group.forEach(c -> {
            assertNull(c.date());
            assertEquals(0, c.ordinal());
            assertNull(c.headline());
        });
    }

    @Test
    void reportsOfOneOutletOnDifferentDaysAreToldApartByTheirDates() {
        List<Citation> group = outlets(AXIOS_18, UNN, AXIOS_20);
        assertEquals(AXIOS_18.date(), group.get(0).date());
        assertNull(group.get(1).date(), "UNN is named once");
        assertEquals(AXIOS_20.date(), group.get(2).date());
        assertEquals(List.of(0, 0, 0), group.stream().map(Citation::ordinal).toList());
    }

    @Test
    void aSharedDateOrNoneFallsBackToThePlaceAmongTheOutletsReports() {
        List<Citation> group = outlets(AXIOS_18, AXIOS_20, AXIOS_UNDATED, AXIOS_20B);
        assertEquals(AXIOS_18.date(), group.get(0).date(), "the only report of 18 November keeps its date");
        assertEquals(List.of(0, 1, 2, 3), group.stream().map(Citation::ordinal).toList());
        assertNull(group.get(1).date());
        assertEquals("Headline axios-20", group.get(1).headline());
        assertEquals("lv", group.get(1).headlineLanguage(), "a headline as published is read in its own language");
        assertEquals("Our rendering", group.get(3).headline());
        assertEquals("en", group.get(3).headlineLanguage(), "our rendering is in the page's language");
    }

    /** A report told apart by its date takes no place: the reports told by place are numbered 1, 2, ... among themselves. */
    @Test
    void placesCountOnlyTheReportsToldByPlace() {
        Source axios19 = source("axios-19", "Axios", "2025-11-19", null);
        Source axios18b = source("axios-18b", "Axios", "2025-11-18", null);
        List<Citation> group = outlets(axios19, AXIOS_18, axios18b);
        assertEquals(axios19.date(), group.get(0).date());
        assertEquals(List.of(0, 1, 2), group.stream().map(Citation::ordinal).toList());
    }

    @Test
    void whereDatesDoNotTheSiteReadAtTellsReportsApart() {
        Source atLiga = source("axios-liga", "Axios", "2025-11-20", null, "LIGA.net");
        Source atUnn = source("axios-unn", "Axios", "2025-11-20", null, "UNN");
        Source atUnnToo = source("axios-unn-2", "Axios", null, null, "UNN");
        List<Citation> group = outlets(atLiga, atUnn, AXIOS_18, atUnnToo);
        assertEquals(Arrays.asList("LIGA.net", null, null, null), group.stream().map(Citation::readAt).toList());
        assertEquals(List.of(0, 1, 0, 2), group.stream().map(Citation::ordinal).toList(),
                "two read at UNN, one of them on the day read at LIGA.net too: their places");
        assertEquals(AXIOS_18.date(), group.get(2).date());
        assertEquals(List.of(true, true, true, true), group.stream().map(Citation::toldApart).toList());
    }

    @Test
    void aSourceCitedTwiceInOneGroupIsShownOnce() {
        List<Citation> group = outlets(AXIOS_18, UNN, AXIOS_18);
        assertEquals(List.of(AXIOS_18, UNN), group.stream().map(Citation::source).toList());
        assertNull(group.get(0).date(), "Axios is named once after all");
        List<Citation> numbered = Citation.group(List.of(new Citation(1, "axios-18", AXIOS_18),
                new Citation(1, "axios-18", AXIOS_18), new Citation(2, "axios-20", AXIOS_20)), true, "en");
        assertEquals(List.of(1, 2), numbered.stream().map(Citation::number).toList());
    }

    @Test
    void numbersTellReportsApartAlready() {
        List<Citation> group = Citation.group(List.of(new Citation(1, "axios-18", AXIOS_18),
                new Citation(2, "axios-20", AXIOS_20)), true, "en");
        group.forEach(c -> {
            assertNull(c.date());
            assertEquals(0, c.ordinal());
        });
    }
}
