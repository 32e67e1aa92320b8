package folio.site;

import java.util.ArrayList;
import java.util.List;

/**
 * One camp's actors counted by the stance of their latest reaction to the plan, for a summary
 * such as the home page's "who backs it, who opposes it". {@code page} is the URL (without
 * anchor) of the page listing the camp's reactions; {@code stances} holds only stances someone took.
 */
public record CampStances(String label, String page, List<StanceCount> stances) {

    /** A stance and the actors whose latest reaction to the plan took it, in the actors list's order. */
    public record StanceCount(Stance stance, List<Actor> actors) {
        public int count() {
            return actors.size();
        }
    }

    /** Every camp with at least one stance on the plan, camps in their fixed order. */
    static List<CampStances> of(StanceViews site) {
        List<CampStances> camps = new ArrayList<>();
        site.actorsWithStancesByGroup().forEach((label, actors) -> {
            List<StanceCount> counts = new ArrayList<>();
            for (Stance stance : Stance.onPlan()) {
                List<Actor> taking = actors.stream().filter(a -> site.latestOnPlan(a).stance() == stance).toList();
                if (!taking.isEmpty()) {
                    counts.add(new StanceCount(stance, taking));
                }
            }
            camps.add(new CampStances(label, site.reactionsPageOf(actors.get(0)), List.copyOf(counts)));
        });
        return List.copyOf(camps);
    }
}
