package folio.site;

import folio.content.ContentParser.Entry;
import folio.content.Raw;
import folio.content.Suggestions;
import folio.diag.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Builds the oblast shares (content/data/shares.yaml): each id is an ISO 3166-2:UA code of
 * {@link Oblast#ALL} in lower case (ids are lower case everywhere: ua-14 is Donetsk oblast), the share a number from 0 to 100 (or absent, with a note saying why), every
 * entry dated and sourced; {@code rest} names a map layer that covers the oblast.
 */
final class ShareAssembler {
    private static final Pattern PERCENT = Pattern.compile("\\d{1,3}(\\.\\d+)?");

    private final AssemblyContext site;
    private final Checks checks;
    private final Diagnostics diagnostics;
    private final String listingUrl;

    ShareAssembler(AssemblyContext context) {
        this.site = context;
        this.checks = context.checks;
        this.diagnostics = context.diagnostics;
        this.listingUrl = context.listings.listingUrl("map");
    }

    List<OblastShare> build(Map<String, Entry<Raw.Share>> entries, List<MapLayer> layers) {
        List<OblastShare> shares = new ArrayList<>();
        entries.forEach((id, e) -> build(id, e, layers).ifPresent(shares::add));
        return List.copyOf(shares);
    }

    private Optional<OblastShare> build(String id, Entry<Raw.Share> e, List<MapLayer> layers) {
        Raw.Share raw = e.raw();
        boolean ok = true;
        Oblast oblast = Oblast.byId(id.toUpperCase(Locale.ROOT));
        if (oblast == null) {
            String hint = Suggestions.closest(id, Oblast.ALL.stream().map(o -> o.id().toLowerCase(Locale.ROOT)).toList())
                    .map(s -> Suggestions.question(s, Oblast.byId(s.toUpperCase(Locale.ROOT)).label()) + " ")
                    .orElse("");
            diagnostics.error(e.keyAt("id"), "unknown oblast id '" + id + "': " + hint
                    + "an oblast share's id is the unit's ISO 3166-2:UA code in lower case, like ua-14 for Donetsk oblast");
            ok = false;
        }
        if (oblast != null && layers.stream().noneMatch(l -> l.covers(oblast))) {
            // The table beside the map gives each oblast's part of the point: a share no layer covers has none.
            diagnostics.error(e.keyAt("id"), "oblast share " + id + " (" + oblast.label() + ") is in no map layer: add "
                    + oblast.id() + " to the oblasts of the layer in content/data/map.yaml for the part of the point that concerns it");
            ok = false;
        }
        String percent = raw.share() == null ? null : raw.share().strip();
        if (percent != null && (!PERCENT.matcher(percent).matches() || Double.parseDouble(percent) > 100)) {
            diagnostics.error(e.keyAt("share"), "share '" + percent + "' is not a per cent from 0 to 100: write the "
                    + "source's figure as a number, like share: 78.1");
            ok = false;
        }
        if (percent == null && raw.note() == null) {
            diagnostics.error(e.at(), "oblast share has neither share nor note: give the source's figure (share: 78.1)"
                    + " or, when it gives none, a note saying what it reports");
            ok = false;
        }
        PartialDate asOf = checks.date(e, "as_of", raw.asOf(), false, true, "oblast share");
        Link owner = new Link(oblast == null ? id : oblast.label(), listingUrl == null ? null : listingUrl + "#shares");
        List<Source> sources = site.sourceList(e, raw.sources(), true, "oblast share", owner);
        MapLayer rest = null;
        if (raw.rest() != null) {
            rest = layers.stream().filter(l -> l.id().equals(raw.rest())).findFirst().orElse(null);
            if (rest == null) {
                diagnostics.error(e.keyAt("rest"), "rest names map layer '" + raw.rest() + "', which does not exist: "
                        + Suggestions.didYouMean(raw.rest(), layers.stream().map(MapLayer::id).toList())
                        + "use the id of a layer in content/data/map.yaml");
                ok = false;
            } else if (oblast != null && !rest.covers(oblast)) {
                diagnostics.error(e.keyAt("rest"), "map layer '" + raw.rest() + "' does not cover " + oblast.id()
                        + ": add " + oblast.id() + " to its oblasts, or name the layer that does");
                ok = false;
            }
        }
        Markup note = site.inline(e, "note", raw.note(), owner);
        if (!ok || asOf == null) {
            return Optional.empty();
        }
        return Optional.of(new OblastShare(oblast, percent, asOf, sources, note, rest));
    }
}
