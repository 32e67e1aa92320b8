package folio.site;

import java.util.List;

/**
 * What the map of Ukraine shows: one layer is a set of first-level units that one territorial
 * provision (or part of one) concerns. {@code index} (1, 2, ...) is the layer's place in
 * content/data/map.yaml and picks its fill and hatching; {@code part} is a short name for tables
 * ("21a"; the label when none is given); {@code noteHtml} may be null.
 */
public record MapLayer(String id, int index, String label, String part, List<Provision> provisions, List<Oblast> oblasts,
                       PartialDate asOf, Markup noteHtml, List<Source> sources) {
    // An entry is itself (package-info): not compared field by field, so no method is linked at run time.
    @Override public boolean equals(Object other) { return this == other; }
    @Override public int hashCode() { return System.identityHashCode(this); }
    public String anchor() {
        return "map-layer-" + id;
    }

    public boolean covers(Oblast oblast) {
        return oblasts.contains(oblast);
    }
}
