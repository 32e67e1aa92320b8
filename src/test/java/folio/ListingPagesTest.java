package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import folio.site.Site;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The pages where the timeline's years and the glossary's letters begin are made once, when the site is assembled, not
 * for each page that reads them (a split glossary's every page does, for its letter bar), and they are the pages of
 * each year's first event and each letter's first term.
 */
class ListingPagesTest {
    private static final Site SITE = RealSite.built().site();

    private static String pageOf(String url) {
        return url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
    }

    @Test
    void eachYearAndLetterLeadsToThePageOfItsFirstEntry() {
        Map<Integer, String> years = new LinkedHashMap<>();
        SITE.events().forEach(event -> years.putIfAbsent(event.date().year(), pageOf(event.url())));
        Map<String, String> letters = new LinkedHashMap<>();
        SITE.terms().forEach(term -> letters.putIfAbsent(term.letter(), pageOf(term.url())));
        assertFalse(years.isEmpty());
        assertFalse(letters.isEmpty());
        assertEquals(years, SITE.eventYearPages());
        assertEquals(letters, SITE.termLetterPages());
        assertEquals(String.join(",", years.keySet().stream().map(String::valueOf).toList()),
                String.join(",", SITE.eventYearPages().keySet().stream().map(String::valueOf).toList()), "in date order");
        assertEquals(String.join(",", letters.keySet()), String.join(",", SITE.termLetterPages().keySet()), "in glossary order");
    }

    @Test
    void madeOnceNotForEachPage() {
        assertSame(SITE.eventYearPages(), SITE.eventYearPages());
        assertSame(SITE.termLetterPages(), SITE.termLetterPages());
    }
}
