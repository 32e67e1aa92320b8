package folio.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The timeline and the glossary grouped for their listings ({@code site.eventsByYearAndMonth},
 * {@code site.termsByLetter}, ...), also one split page's share. {@link Site} implements it; the
 * methods are the site's.
 */
public interface ListingViews {
    SiteConfig config();

    List<TimelineEvent> events();

    List<GlossaryTerm> terms();

    /** Events grouped by year, then by month label ("November 2025"), both in date order. */
    default Map<Integer, Map<String, List<TimelineEvent>>> eventsByYearAndMonth() {
        return eventsByYearAndMonth(events());
    }

    /** The events a page shows (a {@code pager.items}), grouped as {@link #eventsByYearAndMonth()}. */
    default Map<Integer, Map<String, List<TimelineEvent>>> eventsByYearAndMonth(List<?> shown) {
        Map<Integer, Map<String, List<TimelineEvent>>> years = new LinkedHashMap<>();
        for (TimelineEvent event : only(TimelineEvent.class, shown)) {
            String month = event.date().precision() == PartialDate.Precision.YEAR
                    ? String.valueOf(event.date().year()) : event.date().monthLabel(config().dates());
            years.computeIfAbsent(event.date().year(), y -> new LinkedHashMap<>())
                    .computeIfAbsent(month, m -> new ArrayList<>()).add(event);
        }
        return years;
    }

    /** The latest {@code count} events, newest first. */
    default List<TimelineEvent> latestEvents(long count) {
        List<TimelineEvent> reversed = new ArrayList<>(events());
        java.util.Collections.reverse(reversed);
        return reversed.subList(0, (int) Math.min(count, reversed.size()));
    }

    /** Glossary terms grouped by first letter, A to Z. */
    default Map<String, List<GlossaryTerm>> termsByLetter() {
        return termsByLetter(terms());
    }

    /** The terms a page shows (a {@code pager.items}), grouped as {@link #termsByLetter()}. */
    default Map<String, List<GlossaryTerm>> termsByLetter(List<?> shown) {
        Map<String, List<GlossaryTerm>> letters = new LinkedHashMap<>();
        only(GlossaryTerm.class, shown).forEach(t -> letters.computeIfAbsent(t.letter(), l -> new ArrayList<>()).add(t));
        return letters;
    }

    /** Each year of the timeline and the page (URL without anchor) that shows its first event. */
    Map<Integer, String> eventYearPages();

    /** Each first letter of the glossary and the page (URL without anchor) that shows its first term. */
    Map<String, String> termLetterPages();

    /**
     * The first letters of {@link #termLetterPages()} outside an alphabet, its letters separated by
     * spaces (glossary.alphabet; a Latin headword's initial in a
     * Ukrainian glossary), with their pages: the letter bar gathers them under one marker, so that a
     * Latin E and a Cyrillic Е do not stand in it as two look-alike letters.
     */
    default Map<String, String> termLetterPagesOutside(String alphabet) {
        Map<String, String> pages = new LinkedHashMap<>(termLetterPages());
        pages.keySet().removeAll(List.of(alphabet.strip().split("\\s+")));
        return pages;
    }

    private static <T> List<T> only(Class<T> type, List<?> items) {
        return items.stream().filter(type::isInstance).map(type::cast).toList();
    }

    default List<TimelineEvent.Category> eventCategories() {
        return events().stream().map(TimelineEvent::category).distinct()
                .sorted(java.util.Comparator.comparing(TimelineEvent.Category::id)).toList();
    }
}
