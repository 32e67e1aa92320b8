package folio.render;

import folio.site.MapLayer;
import folio.site.Oblast;
import folio.site.OblastShare;
import folio.site.PartialDate;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The map of Ukraine's first-level units, from the boundary data in
 * {@code templates/map/ukraine-oblasts.json} (see the LICENSE.md beside it): for given layers and
 * shares, each unit's outline, where its name goes, which layers cover it, and the view box (the
 * whole country or an excerpt's crop), placed by its {@link MapProjection}. The partials
 * oblast-map and oblast-map-key draw it (colours, hatching, labels); the result depends only on
 * its input.
 */
public final class OblastMap {
    public static final String DATA_FILE = "map/ukraine-oblasts.json";
    /** Label nudges (view-box units) where the centre of a unit crowds a neighbour's label or the edge. */
    private static final java.util.Map<String, int[]> NUDGES = java.util.Map.of(
            "UA-12", new int[] {-40, 4}, "UA-14", new int[] {6, 14}, "UA-09", new int[] {-18, -8},
            "UA-30", new int[] {0, -14}, "UA-65", new int[] {-8, 0});

    /** One unit: ISO 3166-2:UA code, name, kind, and its rings as flat longitude, latitude lists. */
    record Unit(String id, String name, String kind, List<double[]> rings) {}

    private final List<Unit> units;
    private final MapProjection projection;

    OblastMap(List<Unit> units) {
        this.units = List.copyOf(units);
        this.projection = new MapProjection(units);
    }

    /** Reads the boundary data (see {@link OblastBoundaries}). */
    static OblastMap load(Path file) throws IOException {
        return load(file, file.toString());
    }

    /** As {@link #load(Path)}, with the file named {@code shown} in messages. */
    static OblastMap load(Path file, String shown) throws IOException {
        return new OblastMap(OblastBoundaries.read(file, shown));
    }

    List<Unit> units() {
        return units;
    }

    /**
     * A unit as drawn: its SVG path data, the layers that cover it (in order), its share under
     * Russian control (null when none is given), where its name goes, and whether any of it lies in
     * the view box ({@code inView}: false only for a unit wholly outside an excerpt's crop, whose
     * outline nobody sees and the page need not carry). Public for templates (partials/oblast-map).
     */
    public record Shape(String id, Oblast oblast, String path, List<MapLayer> layers, OblastShare share, long labelX,
                        long labelY, boolean inView) {}

    /**
     * The map's geometry for the layers: the view box ({@code viewBox}: "x y width height", the
     * whole country or, for an excerpt, the units with a share), every unit's shape, the provisions the
     * layers belong to (sorted), and whether some unit is covered by more than one layer.
     * {@code sharesAsOf}: the one date of every share, or null (no shares, or more than one date);
     * {@code layersAsOf}: the date most layers share, when two or more share it (the first such in
     * the layers' order on a tie), or null. The text alternative says each once instead of after
     * every unit.
     */
    public record Drawing(int width, int height, String viewBox, List<Shape> units, List<Integer> provisionNumbers,
                          boolean hasOverlays, PartialDate sharesAsOf, PartialDate layersAsOf) {}

    /** What a legend swatch needs: whether the layer only ever lies over others, and which layer's fill is beneath it (0: land). */
    public record Key(MapLayer layer, boolean overlayOnly, int under) {}

    Drawing drawing(List<MapLayer> layers) {
        return drawing(layers, List.of(), false);
    }

    /**
     * {@code focus}: crop the view box to the units that have a share (with a margin), for an
     * excerpt; without shares, to the units a layer covers (the map page's crop for phones).
     */
    Drawing drawing(List<MapLayer> layers, List<OblastShare> shares, boolean focus) {
        List<Shape> shapes = new ArrayList<>(units.size());
        List<double[]> bounds = new ArrayList<>(units.size());
        boolean overlays = false;
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (Unit unit : units) {
            double[] own = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            projection.extend(own, unit);
            bounds.add(own);
            Oblast oblast = Oblast.byId(unit.id());
            List<MapLayer> covering = layers.stream().filter(l -> l.covers(oblast)).toList();
            OblastShare share = shares.stream().filter(s -> s.oblast().equals(oblast)).findFirst().orElse(null);
            overlays |= covering.size() > 1;
            double[] at = projection.centroid(unit);
            int[] nudge = NUDGES.getOrDefault(unit.id(), new int[] {0, 0});
            shapes.add(new Shape(unit.id(), oblast, projection.path(unit), covering, share, Math.round(at[0] + nudge[0]),
                    Math.round(at[1] + 7 + nudge[1]), true));
            if (share != null || shares.isEmpty() && !covering.isEmpty()) {
                projection.extend(box, unit);
            }
        }
        String viewBox = "0 0 " + MapProjection.WIDTH + " " + projection.height();
        if (focus && box[0] <= box[2]) {
            long[] crop = projection.crop(box);
            long x = crop[0], y = crop[1], w = crop[2], h = crop[3];
            viewBox = x + " " + y + " " + w + " " + h;
            for (int i = 0; i < shapes.size(); i++) {
                double[] own = bounds.get(i);
                if (own[2] < x || own[0] > x + w || own[3] < y || own[1] > y + h) {
                    Shape out = shapes.get(i);
                    shapes.set(i, new Shape(out.id(), out.oblast(), out.path(), out.layers(), out.share(), out.labelX(),
                            out.labelY(), false));
                }
            }
        }
        List<Integer> numbers = new ArrayList<>();
        layers.forEach(l -> l.provisions().forEach(p -> {
            if (!numbers.contains(p.number())) {
                numbers.add(p.number());
            }
        }));
        numbers.sort(null);
        List<PartialDate> shareDates = shares.stream().map(OblastShare::asOf).distinct().toList();
        return new Drawing(MapProjection.WIDTH, projection.height(), viewBox, List.copyOf(shapes), List.copyOf(numbers), overlays,
                shareDates.size() == 1 ? shareDates.get(0) : null, mostShared(layers.stream().map(MapLayer::asOf).toList()));
    }

    /** The date that most of {@code dates} are, when two or more are (the first such on a tie), else null. */
    static PartialDate mostShared(List<PartialDate> dates) {
        PartialDate best = null;
        long bestCount = 1;
        for (PartialDate date : dates) {
            long count = dates.stream().filter(date::equals).count();
            if (count > bestCount) {
                best = date;
                bestCount = count;
            }
        }
        return best;
    }

    static Key key(MapLayer layer, List<MapLayer> layers) {
        boolean overlayOnly = layer.oblasts().stream().allMatch(o -> layers.stream()
                .anyMatch(l -> l.index() < layer.index() && l.covers(o)));
        int under = layers.stream().filter(l -> !layer.oblasts().isEmpty() && l.covers(layer.oblasts().get(0)))
                .findFirst().map(MapLayer::index).orElse(0);
        return new Key(layer, overlayOnly, under);
    }
}
