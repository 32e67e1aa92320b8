package folio.output;

import folio.site.Actor;
import folio.site.GlossaryTerm;
import folio.site.Site;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a person or a term is called in the site's other editions, so that each edition's search
 * index finds it by those names too: a Ukrainian reader typing "Vance" finds «Джей Ді Венс», an
 * English reader typing «Венс» finds JD Vance. Transliteration alone cannot do it (Венс folds to
 * "vens"). Taken from the data (who's who, the glossary), never from a hand-written list.
 */
public record OtherNames(Map<String, String> actors, Map<String, String> terms) {
    /** No other edition. */
    public static final OtherNames NONE = new OtherNames(Map.of(), Map.of());

    public OtherNames {
        actors = Map.copyOf(actors);
        terms = Map.copyOf(terms);
    }

    /** For each edition's language, the names its entries have in the other editions, by entry id. */
    public static Map<String, OtherNames> of(List<Site> editions) {
        Map<String, OtherNames> byLanguage = new HashMap<>();
        for (Site site : editions) {
            Map<String, Set<String>> actors = new HashMap<>();
            Map<String, Set<String>> terms = new HashMap<>();
            for (Site other : editions) {
                if (other == site) {
                    continue;
                }
                for (Actor actor : other.actors()) {
                    actors.computeIfAbsent(actor.id(), id -> new LinkedHashSet<>()).add(actor.name());
                }
                for (GlossaryTerm term : other.terms()) {
                    Set<String> names = terms.computeIfAbsent(term.id(), id -> new LinkedHashSet<>());
                    names.add(term.term());
                    names.addAll(term.aliases());
                }
            }
            byLanguage.put(site.config().language(), new OtherNames(joined(actors), joined(terms)));
        }
        return byLanguage;
    }

    private static Map<String, String> joined(Map<String, Set<String>> names) {
        Map<String, String> out = new HashMap<>();
        names.forEach((id, set) -> out.put(id, String.join(" ", set)));
        return out;
    }

    /** The other editions' name of actor {@code id}, or "". */
    String actor(String id) {
        return actors.getOrDefault(id, "");
    }

    /** The other editions' headword and aliases of term {@code id}, or "". */
    String term(String id) {
        return terms.getOrDefault(id, "");
    }
}
