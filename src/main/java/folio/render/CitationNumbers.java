package folio.render;

import folio.site.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers one rendering of a page gave its citations, in order of first citation, and what it showed of its
 * reference list: the part of a {@link PageContext} from which it tells whether the page must be rendered again
 * ({@link PageContext#secondPass}). {@code numbered}: whether citations get numbers, the guess that the page shows
 * its reference list.
 */
final class CitationNumbers {
    private final boolean numbered;
    private final Map<String, Integer> numbers;
    private boolean cited;
    private boolean listShown;
    private boolean listIncomplete;

    CitationNumbers(boolean numbered, Map<String, Integer> numbers) {
        this.numbered = numbered;
        this.numbers = numbers;
    }

    boolean numbered() {
        return numbered;
    }

    boolean showedList() {
        return listShown;
    }

    /** The citations of {@code ids}, in the order of their numbers; an id cited for the first time gets the next. */
    List<Citation> cite(List<String> ids, Map<String, Source> sources) {
        cited = true;
        List<Citation> citations = new ArrayList<>(ids.size());
        for (String id : ids) {
            int number = 0;
            if (numbered) {
                Integer known = numbers.get(id);
                if (known == null) {
                    known = numbers.size() + 1;
                    numbers.put(id, known);
                    listIncomplete |= listShown;
                }
                number = known;
            }
            citations.add(new Citation(number, id, sources.get(id)));
        }
        // A group reads in order ([6, 11, 12]), whatever order the sources were written in.
        citations.sort(java.util.Comparator.comparingInt(Citation::number));
        return citations;
    }

    /** The reference list: every source cited so far, with its number. */
    List<Citation> references(Map<String, Source> sources) {
        listShown = true;
        List<Citation> list = new ArrayList<>(numbers.size());
        numbers.forEach((id, number) -> list.add(new Citation(number, id, sources.get(id))));
        return list;
    }

    /**
     * The numbering to render the page with again, or null when this one stands: a page that cited sources but
     * showed no list gets outlet citations; a list written before the page's last new citation is written again
     * with every number known.
     */
    CitationNumbers again() {
        if (cited && numbered && !listShown) {
            return new CitationNumbers(false, new LinkedHashMap<>());
        }
        if (!numbered && listShown || listIncomplete) {
            return new CitationNumbers(true, new LinkedHashMap<>(numbers));
        }
        return null;
    }

    /** The same guess, with no citation numbered yet: for a page rendered again for another reason. */
    CitationNumbers afresh() {
        return new CitationNumbers(numbered, new LinkedHashMap<>());
    }
}
