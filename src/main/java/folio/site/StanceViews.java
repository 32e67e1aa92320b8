package folio.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who said what, as templates ask it of the site ({@code site.themeStances}, {@code
 * site.latestOnPlan(actor)}, ...): reactions grouped by actor, camp and theme, and each actor's
 * latest stance. {@link Site} implements it; the methods are the site's.
 */
public interface StanceViews {
    SiteConfig config();

    List<Actor> actors();

    List<Reaction> reactions();

    List<Theme> themes();

    List<Reaction> reactionsOf(Actor actor);

    default List<Stance> stances() {
        return Stance.onPlan();
    }

    /** Actors grouped by their group label, groups in a fixed order. */
    default Map<String, List<Actor>> actorsByGroup() {
        Map<String, List<Actor>> groups = new LinkedHashMap<>();
        for (ActorGroup group : ActorGroup.values()) {
            List<Actor> members = actors().stream().filter(a -> a.group() == group).toList();
            if (!members.isEmpty()) {
                groups.put(config().wording().group(group), members);
            }
        }
        return groups;
    }

    /** Reactions grouped by actor, in the order of the actors list. */
    default Map<Actor, List<Reaction>> reactionsByActor() {
        return reactionsByActor(reactions());
    }

    /** The reactions a page shows (a {@code pager.items}) grouped by actor, actors in list order, reactions by date. */
    default Map<Actor, List<Reaction>> reactionsByActor(List<?> shown) {
        List<Reaction> mine = only(Reaction.class, shown);
        Map<Actor, List<Reaction>> grouped = new LinkedHashMap<>();
        for (Actor actor : actors()) {
            List<Reaction> theirs = mine.stream().filter(r -> r.actor().equals(actor)).toList();
            if (!theirs.isEmpty()) {
                grouped.put(actor, theirs);
            }
        }
        return grouped;
    }

    /** Actors with a reaction to the plan, grouped by their group label, groups in a fixed order. */
    default Map<String, List<Actor>> actorsWithStancesByGroup() {
        Map<String, List<Actor>> groups = new LinkedHashMap<>();
        actorsByGroup().forEach((label, members) -> {
            List<Actor> with = members.stream().filter(a -> latestOnPlan(a) != null).toList();
            if (!with.isEmpty()) {
                groups.put(label, with);
            }
        });
        return groups;
    }

    /** Each camp's actors counted by their latest stance on the plan (see {@link CampStances}). */
    default List<CampStances> campStances() {
        return CampStances.of(this);
    }

    /** A theme and the latest recorded stance of each actor on its points. */
    record ThemeStances(Theme theme, List<Reaction> stances) {}

    /** Each theme with at least one recorded stance on its points (themes without one are left out). */
    default List<ThemeStances> themeStances() {
        List<ThemeStances> byTheme = new ArrayList<>();
        for (Theme theme : themes()) {
            List<Reaction> latest = actors().stream().map(a -> latestReaction(a, theme)).filter(java.util.Objects::nonNull).toList();
            if (!latest.isEmpty()) {
                byTheme.add(new ThemeStances(theme, latest));
            }
        }
        return byTheme;
    }

    /** The page (URL without anchor) that shows an actor's reactions, or null when it has none. */
    default String reactionsPageOf(Actor actor) {
        return reactionsOf(actor).isEmpty() ? null : pageOf(reactionsOf(actor).get(0).url());
    }

    /**
     * The stance an actor took on a theme: the latest reaction to the plan (not to a related
     * matter) naming a provision of it, or null.
     */
    default Reaction latestReaction(Actor actor, Theme theme) {
        Reaction latest = null;
        for (Reaction reaction : reactionsOf(actor)) {
            if (reaction.onPlan() && reaction.themes().contains(theme)) {
                latest = reaction;
            }
        }
        return latest;
    }

    /** The actor's latest reaction to the plan or one of its versions or points (never a related matter), or null. */
    default Reaction latestOnPlan(Actor actor) {
        Reaction latest = null;
        for (Reaction reaction : reactionsOf(actor)) {
            if (reaction.onPlan()) {
                latest = reaction;
            }
        }
        return latest;
    }

    /** Actors with at least one reaction to the plan: the rows of the stance matrix. */
    default List<Actor> actorsWithStances() {
        return actors().stream().filter(a -> latestOnPlan(a) != null).toList();
    }

    private static <T> List<T> only(Class<T> type, List<?> items) {
        return items.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static String pageOf(String url) {
        return url == null || !url.contains("#") ? url : url.substring(0, url.indexOf('#'));
    }
}
