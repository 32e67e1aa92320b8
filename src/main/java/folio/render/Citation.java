package folio.render;

import folio.site.PartialDate;
import folio.site.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One cited source as the citation and reference-list partials see it: its number on the page
 * (order of first citation), its id, and the source (null for an id no source has).
 * <p>
 * In a group that names its outlets ("[Axios; UNN]", on a page without a reference list) an outlet
 * cited for two or more reports would read "[Axios; Axios]", like a slip. Each of those reports
 * is then told apart by the first of these that no other report of that outlet in the group
 * shares: {@code date}, the report's date; {@code readAt}, the site we read it at (two sites'
 * retellings or copies of one outlet's story); else {@code ordinal}, its place among the outlet's
 * reports in the group (1, 2, ...), with {@code headline} (the source's headline in the page's
 * language where we have one, else as published) in {@code headlineLanguage} to name the report
 * to a screen reader. Elsewhere {@code date}, {@code readAt} and {@code headline} are null and
 * {@code ordinal} 0.
 */
public record Citation(int number, String id, Source source, PartialDate date, String readAt, int ordinal,
                       String headline, String headlineLanguage) {

    public Citation(int number, String id, Source source) {
        this(number, id, source, null, null, 0, null, null);
    }

    /** Whether this report is told apart from its outlet's others in the group (by date, site read at or place). */
    public boolean toldApart() {
        return date != null || readAt != null || ordinal > 0;
    }

    /**
     * The group as written, each id once (a template may pass a list that repeats one: the page
     * shows the source once), with each report of a repeated outlet told apart when the group names
     * outlets ({@code numbered} false: numbers tell reports apart already). {@code language}: the
     * page's.
     */
    static List<Citation> group(List<Citation> written, boolean numbered, String language) {
        Set<String> seen = new LinkedHashSet<>();
        List<Citation> group = new ArrayList<>(written.size());
        Map<String, Integer> perOutlet = new HashMap<>();
        for (Citation c : written) {
            if (seen.add(c.id())) {
                group.add(c);
                if (c.source() != null) {
                    perOutlet.merge(c.source().outlet(), 1, Integer::sum);
                }
            }
        }
        if (numbered || perOutlet.values().stream().allMatch(n -> n == 1)) {
            return group;
        }
        Map<String, Integer> places = new HashMap<>();
        List<Citation> told = new ArrayList<>(group.size());
        for (Citation c : group) {
            Source s = c.source();
            if (s == null || perOutlet.get(s.outlet()) == 1) {
                told.add(c);
                continue;
            }
            List<Source> others = group.stream().filter(o -> o != c && o.source() != null
                    && o.source().outlet().equals(s.outlet())).map(Citation::source).toList();
            if (s.date() != null && others.stream().noneMatch(o -> s.date().equals(o.date()))) {
                told.add(new Citation(c.number(), c.id(), s, s.date(), null, 0, null, null));
            } else if (s.readAt() != null && others.stream().noneMatch(o -> s.readAt().equals(o.readAt()))) {
                told.add(new Citation(c.number(), c.id(), s, null, s.readAt(), 0, null, null));
            } else {
                // Counted among the reports told by place only, so the first of them is report 1.
                int place = places.merge(s.outlet(), 1, Integer::sum);
                boolean rendered = s.rendering() != null;
                String headlineLanguage = rendered ? language : s.descriptive() ? s.descriptionLanguage() : s.languageCode();
                told.add(new Citation(c.number(), c.id(), s, null, null, place, rendered ? s.rendering() : s.title(),
                        headlineLanguage));
            }
        }
        return told;
    }
}
