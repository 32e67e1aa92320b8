package folio.site;

import folio.content.CollectionName;
import folio.content.ContentParser.Entry;
import folio.content.Raw;
import folio.content.Suggestions;
import folio.diag.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the map layers (content/data/map.yaml): every oblast id must be an ISO 3166-2:UA code
 * of {@link Oblast#ALL}, every provision must exist, and every layer needs an as_of date and sources.
 */
final class MapAssembler {
    private final AssemblyContext site;
    private final Checks checks;
    private final Diagnostics diagnostics;
    private final Map<Integer, Provision> provisions;
    private final String listingUrl;

    MapAssembler(AssemblyContext context) {
        this.site = context;
        this.checks = context.checks;
        this.diagnostics = context.diagnostics;
        this.provisions = context.provisions;
        this.listingUrl = context.listings.listingUrl("map");
    }

    List<MapLayer> build(Map<String, Entry<Raw.MapLayer>> entries) {
        List<MapLayer> layers = new ArrayList<>();
        entries.forEach((id, e) -> build(id, layers.size() + 1, e).ifPresent(layers::add));
        return List.copyOf(layers);
    }

    private Optional<MapLayer> build(String id, int index, Entry<Raw.MapLayer> e) {
        Raw.MapLayer raw = e.raw();
        boolean ok = checks.requiredText(e, "label", raw.label(), "map layer");
        PartialDate asOf = checks.date(e, "as_of", raw.asOf(), false, true, "map layer");
        Link owner = new Link(raw.label() == null ? id : raw.label(),
                listingUrl == null ? null : listingUrl + "#map-layer-" + id);
        List<Source> sources = site.sourceList(e, raw.sources(), true, "map layer", owner);
        List<Provision> concerned = new ArrayList<>();
        if (NoValue.isEmpty(raw.provisions()) && checks.noValue(e, "provisions",
                NoValue.Write.as("write the points the map layer shows after it, like provisions: [21]"))) {
            ok = false;
        } else if (NoValue.isEmpty(raw.provisions())) {
            diagnostics.error(e.at(), "map layer has no provisions: add provisions: [21] (the points it shows)");
            ok = false;
        } else {
            for (Integer number : raw.provisions()) {
                Provision provision = number == null ? null : provisions.get(number);
                if (provision == null && site.provisionFailed(number)) {
                    ok = false; // reported at the provision's file
                } else if (provision == null) {
                    diagnostics.error(e.keyAt("provisions"), "map layer names provision " + number + ", which does not exist: "
                            + site.unknownId(CollectionName.PROVISIONS, number, RemovedIds.inList("provisions"),
                                    () -> "provisions are content/data/provisions/NN.md" + site.provisionMisnamed(number)));
                    ok = false;
                } else if (!concerned.contains(provision)) {
                    concerned.add(provision);
                }
            }
        }
        List<Oblast> oblasts = new ArrayList<>();
        if (NoValue.isEmpty(raw.oblasts()) && checks.noValue(e, "oblasts", NoValue.Write.as("write the map layer's oblasts "
                + "after it, like oblasts: [UA-14] (ISO 3166-2:UA codes)"))) {
            ok = false;
        } else if (NoValue.isEmpty(raw.oblasts())) {
            diagnostics.error(e.at(), "map layer has no oblasts: add oblasts: [UA-14] (ISO 3166-2:UA codes)");
            ok = false;
        } else {
            for (String code : raw.oblasts()) {
                Oblast oblast = Oblast.byId(code);
                if (oblast == null) {
                    String hint = Suggestions.closest(String.valueOf(code), Oblast.ALL.stream().map(Oblast::id).toList())
                            .map(s -> Suggestions.question(s, Oblast.byId(s).label()) + " ").orElse("");
                    diagnostics.error(e.keyAt("oblasts"), "unknown oblast id '" + code + "': " + hint
                            + "use ISO 3166-2:UA codes, like UA-14 for Donetsk oblast (see docs/content-model.md)");
                    ok = false;
                } else if (oblasts.contains(oblast)) {
                    diagnostics.error(e.keyAt("oblasts"), "oblast " + code + " is listed twice in this map layer");
                    ok = false;
                } else {
                    oblasts.add(oblast);
                }
            }
        }
        Markup note = site.inline(e, "note", raw.note(), owner);
        if (!ok || asOf == null) {
            return Optional.empty();
        }
        String part = raw.part() == null || raw.part().isBlank() ? raw.label().strip() : raw.part().strip();
        return Optional.of(new MapLayer(id, index, raw.label().strip(), part, List.copyOf(concerned), List.copyOf(oblasts),
                asOf, note, sources));
    }
}
