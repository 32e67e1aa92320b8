package folio.render;

import folio.content.YamlNode;
import folio.content.YamlReader;
import folio.site.MapLayer;
import folio.site.Oblast;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Draws the SVG map of Ukraine's first-level units from the boundary data in
 * {@code templates/map/ukraine-oblasts.json} (see the LICENSE.md beside it), shading the units
 * each map layer covers. The projection is equirectangular, longitudes scaled by the cosine of
 * the middle latitude; coordinates are whole units of a 1000-wide view box, written as relative steps. A unit's first layer
 * gives it a fill; later layers that cover it add their hatching on top, so every layer stays
 * visible and each is told apart by its pattern as well as its colour. The output has no inline
 * styles (presentation attributes and class names only) and depends only on its input.
 */
public final class OblastMap {
    public static final String DATA_FILE = "map/ukraine-oblasts.json";
    static final int WIDTH = 1000;
    private static final int MARGIN = 8;
    private static final String LAND = "#e4e4e4";
    private static final String[] COLOURS = {"#8f5fa8", "#e39a2d", "#3d9e84", "#5aa7d6", "#c8553d", "#9a9a3a"};
    private static final String[] TEXTURES = {"solid", "diagonal", "dots", "cross", "horizontal", "vertical"};
    /** Label nudges (view-box units) where the centre of a unit crowds a neighbour's label or the edge. */
    private static final java.util.Map<String, int[]> NUDGES = java.util.Map.of(
            "UA-12", new int[] {-40, 4}, "UA-14", new int[] {6, 14}, "UA-09", new int[] {-6, -8},
            "UA-30", new int[] {0, -14}, "UA-65", new int[] {-8, 0});

    /** One unit: ISO 3166-2:UA code, name, kind, and its rings as flat longitude, latitude lists. */
    record Unit(String id, String name, String kind, List<double[]> rings) {}

    private final List<Unit> units;
    private final double minLon;
    private final double maxLat;
    private final double xScale;
    private final double yScale;
    private final int height;

    OblastMap(List<Unit> units) {
        this.units = List.copyOf(units);
        double loMin = Double.MAX_VALUE, loMax = -Double.MAX_VALUE, laMin = Double.MAX_VALUE, laMax = -Double.MAX_VALUE;
        for (Unit unit : units) {
            for (double[] ring : unit.rings()) {
                for (int i = 0; i + 1 < ring.length; i += 2) {
                    loMin = Math.min(loMin, ring[i]);
                    loMax = Math.max(loMax, ring[i]);
                    laMin = Math.min(laMin, ring[i + 1]);
                    laMax = Math.max(laMax, ring[i + 1]);
                }
            }
        }
        double cos = Math.cos(Math.toRadians((laMin + laMax) / 2));
        this.minLon = loMin;
        this.maxLat = laMax;
        this.yScale = (WIDTH - 2.0 * MARGIN) / ((loMax - loMin) * cos);
        this.xScale = yScale * cos;
        this.height = (int) Math.ceil((laMax - laMin) * yScale) + 2 * MARGIN;
    }

    /** Reads the boundary data; every unit must be one of {@link Oblast#ALL}, each exactly once. */
    static OblastMap load(Path file) throws IOException {
        // JSON is YAML: the YAML reader already loaded serves, and no JSON library has to start.
        YamlNode root = YamlReader.compose(Files.readString(file));
        List<Unit> units = new ArrayList<>();
        for (YamlNode node : root.get("units").orElse(root).items()) {
            String id = text(node, "id");
            if (Oblast.byId(id) == null) {
                throw new IOException("unknown unit id '" + id + "': use ISO 3166-2:UA codes");
            }
            if (units.stream().anyMatch(u -> u.id().equals(id))) {
                throw new IOException("unit " + id + " appears twice");
            }
            List<double[]> rings = new ArrayList<>();
            for (YamlNode ring : node.get("rings").orElse(node).items()) {
                List<YamlNode> numbers = ring.items();
                double[] points = new double[numbers.size()];
                for (int i = 0; i < points.length; i++) {
                    points[i] = number(numbers.get(i), id);
                }
                if (points.length < 6 || points.length % 2 != 0) {
                    throw new IOException("unit " + id + " has a ring that is not 3 or more longitude, latitude pairs");
                }
                rings.add(points);
            }
            units.add(new Unit(id, text(node, "name"), text(node, "kind"), rings));
        }
        if (units.size() != Oblast.ALL.size()) {
            throw new IOException("expected the " + Oblast.ALL.size() + " units of Ukraine, found " + units.size());
        }
        return new OblastMap(units);
    }

    private static String text(YamlNode node, String key) {
        return node.get(key).map(YamlNode::text).orElse("");
    }

    private static double number(YamlNode node, String id) throws IOException {
        try {
            return Double.parseDouble(node.text());
        } catch (NumberFormatException e) {
            throw new IOException("unit " + id + " has a coordinate that is not a number: " + node.text());
        }
    }

    List<Unit> units() {
        return units;
    }

    /** The map, shading what the layers cover, as one {@code <svg>} element for inline use. */
    public String svg(List<MapLayer> layers) {
        StringBuilder out = new StringBuilder();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"oblast-map\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(height).append("\" role=\"img\" aria-labelledby=\"oblast-map-title oblast-map-desc\">\n")
                .append("<title id=\"oblast-map-title\">Map of Ukraine's oblasts").append(layers.isEmpty() ? "" : ": "
                        + xml(provisionsText(layers))).append("</title>\n")
                .append("<desc id=\"oblast-map-desc\">").append(xml(description(layers))).append("</desc>\n<defs>\n");
        for (MapLayer layer : layers) {
            out.append(pattern("oblast-map-fill-" + layer.index(), layer.index(), true));
            out.append(pattern("oblast-map-mark-" + layer.index(), layer.index(), false));
        }
        out.append("</defs>\n<g class=\"oblast-map-units\" stroke=\"#ffffff\" stroke-width=\"1.5\" stroke-linejoin=\"round\" fill-rule=\"evenodd\">\n");
        List<String> overlays = new ArrayList<>();
        for (Unit unit : units) {
            Oblast oblast = Oblast.byId(unit.id());
            List<MapLayer> covering = layers.stream().filter(l -> l.covers(oblast)).toList();
            String d = path(unit);
            StringBuilder classes = new StringBuilder("oblast");
            covering.forEach(l -> classes.append(" oblast-map-layer-").append(l.index()));
            out.append("<path id=\"oblast-map-").append(unit.id()).append("\" class=\"").append(classes)
                    .append("\" data-oblast=\"").append(unit.id()).append("\" fill=\"")
                    .append(covering.isEmpty() ? LAND : "url(#oblast-map-fill-" + covering.get(0).index() + ")")
                    .append("\" d=\"").append(d).append("\"><title>").append(xml(oblast.label()));
            if (!covering.isEmpty()) {
                out.append(": ").append(xml(covering.stream().map(MapLayer::label).collect(Collectors.joining("; "))));
            }
            out.append("</title></path>\n");
            for (MapLayer later : covering.subList(Math.min(1, covering.size()), covering.size())) {
                overlays.add("<path class=\"oblast-map-overlay oblast-map-layer-" + later.index()
                        + "\" fill=\"url(#oblast-map-mark-" + later.index() + ")\" d=\"" + d + "\"/>\n");
            }
        }
        out.append("</g>\n");
        if (!overlays.isEmpty()) {
            out.append("<g class=\"oblast-map-overlays\" fill-rule=\"evenodd\" stroke=\"none\" pointer-events=\"none\">\n");
            overlays.forEach(out::append);
            out.append("</g>\n");
        }
        labels(out, layers);
        return out.append("</svg>").toString();
    }

    /** A small key for one layer: its fill (or, for a layer drawn only on top of others, its hatching). */
    public static String swatch(MapLayer layer, List<MapLayer> layers) {
        boolean overlayOnly = layer.oblasts().stream().allMatch(o -> layers.stream()
                .anyMatch(l -> l.index() < layer.index() && l.covers(o)));
        String under = layers.stream().filter(l -> !layer.oblasts().isEmpty() && l.covers(layer.oblasts().get(0)))
                .findFirst().map(l -> COLOURS[(l.index() - 1) % COLOURS.length]).orElse(LAND);
        String id = "oblast-map-key-" + layer.index();
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"oblast-map-key oblast-map-layer-" + layer.index()
                + "\" width=\"36\" height=\"24\" viewBox=\"0 0 36 24\" aria-hidden=\"true\" focusable=\"false\"><defs>"
                + pattern(id, layer.index(), !overlayOnly).strip() + "</defs>"
                + (overlayOnly ? "<rect width=\"36\" height=\"24\" fill=\"" + under + "\"/>" : "")
                + "<rect width=\"36\" height=\"24\" fill=\"url(#" + id + ")\" stroke=\"#555555\" stroke-width=\"1\"/></svg>";
    }

    /** A fill (background colour and texture) or a mark (the texture alone, to draw over another fill). */
    private static String pattern(String id, int index, boolean fill) {
        String colour = COLOURS[(index - 1) % COLOURS.length];
        String texture = TEXTURES[(index - 1) % TEXTURES.length];
        StringBuilder p = new StringBuilder("<pattern id=\"").append(id)
                .append("\" patternUnits=\"userSpaceOnUse\" width=\"12\" height=\"12\">");
        if (fill) {
            p.append("<rect width=\"12\" height=\"12\" fill=\"").append(colour).append("\"/>");
        }
        String ink = fill ? "#1b1b1b" : "#ffffff";
        String halo = fill ? null : "#1b1b1b";
        String shape = switch (texture) {
            case "diagonal" -> "<path d=\"M-3 3L3 -3M0 12L12 0M9 15L15 9\" fill=\"none\" stroke-width=\"%s\" stroke=\"%s\"/>";
            case "dots" -> "<circle cx=\"6\" cy=\"6\" r=\"%s\" fill=\"%s\"/>";
            case "cross" -> "<path d=\"M0 0L12 12M12 0L0 12\" fill=\"none\" stroke-width=\"%s\" stroke=\"%s\"/>";
            case "horizontal" -> "<path d=\"M0 6H12\" fill=\"none\" stroke-width=\"%s\" stroke=\"%s\"/>";
            case "vertical" -> "<path d=\"M6 0V12\" fill=\"none\" stroke-width=\"%s\" stroke=\"%s\"/>";
            default -> null;
        };
        if (shape != null) {
            boolean dot = texture.equals("dots");
            if (halo != null) {
                p.append(String.format(java.util.Locale.ROOT, shape, dot ? "3" : "3.5", halo));
            }
            p.append(String.format(java.util.Locale.ROOT, shape, dot ? "2" : "1.5", ink));
        }
        return p.append("</pattern>\n").toString();
    }

    private static String provisionsText(List<MapLayer> layers) {
        List<Integer> numbers = new ArrayList<>();
        layers.forEach(l -> l.provisions().forEach(p -> {
            if (!numbers.contains(p.number())) {
                numbers.add(p.number());
            }
        }));
        numbers.sort(null);
        String list = numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return "the areas " + (numbers.size() == 1 ? "point " : "points ") + list + " of the draft concern"
                + (numbers.size() == 1 ? "s" : "");
    }

    private static String description(List<MapLayer> layers) {
        StringBuilder text = new StringBuilder("Outline map of Ukraine's 24 oblasts, the Autonomous Republic of "
                + "Crimea and the cities of Kyiv and Sevastopol.");
        for (MapLayer layer : layers) {
            text.append(' ').append(layer.label()).append(", as of ").append(layer.asOf().display()).append(": ")
                    .append(layer.oblasts().stream().map(Oblast::label).collect(Collectors.joining(", "))).append('.');
        }
        if (!layers.isEmpty()) {
            text.append(" Whole units are shaded; the provisions concern only parts of some of them, and the map "
                    + "does not show the line of contact.");
        }
        return text.toString();
    }

    /** Names on the shaded units (Crimea shortened) and on Kyiv, for orientation; none on the small cities. */
    private void labels(StringBuilder out, List<MapLayer> layers) {
        out.append("<g class=\"oblast-map-labels\" font-family=\"system-ui, sans-serif\" font-size=\"21\" "
                + "text-anchor=\"middle\" fill=\"#111111\" stroke=\"#ffffff\" stroke-width=\"4\" stroke-linejoin=\"round\" "
                + "paint-order=\"stroke\" aria-hidden=\"true\">\n");
        for (Unit unit : units) {
            Oblast oblast = Oblast.byId(unit.id());
            boolean shaded = layers.stream().anyMatch(l -> l.covers(oblast));
            boolean capital = unit.id().equals("UA-30");
            if (!(shaded && oblast.kind().equals("oblast") || shaded && unit.id().equals("UA-43") || capital)) {
                continue;
            }
            double[] at = centroid(unit);
            String name = unit.id().equals("UA-43") ? "Crimea" : oblast.name();
            int[] nudge = NUDGES.getOrDefault(unit.id(), new int[] {0, 0});
            out.append("<text x=\"").append(Math.round(at[0] + nudge[0])).append("\" y=\"").append(Math.round(at[1] + 7 + nudge[1]))
                    .append("\">").append(xml(name)).append("</text>\n");
        }
        out.append("</g>\n");
    }

    /** The area-weighted centre of a unit's largest ring, in view-box units. */
    private double[] centroid(Unit unit) {
        double[] best = null;
        double bestArea = -1;
        double[] centre = new double[2];
        for (double[] ring : unit.rings()) {
            double area = 0, cx = 0, cy = 0;
            int n = ring.length / 2;
            for (int i = 0; i < n; i++) {
                int j = (i + 1) % n;
                double x0 = x(ring[2 * i]), y0 = y(ring[2 * i + 1]), x1 = x(ring[2 * j]), y1 = y(ring[2 * j + 1]);
                double cross = x0 * y1 - x1 * y0;
                area += cross;
                cx += (x0 + x1) * cross;
                cy += (y0 + y1) * cross;
            }
            if (Math.abs(area) > bestArea) {
                bestArea = Math.abs(area);
                best = ring;
                centre = new double[] {cx / (3 * area), cy / (3 * area)};
            }
        }
        return best == null ? new double[] {0, 0} : centre;
    }

    private String path(Unit unit) {
        StringBuilder d = new StringBuilder();
        for (double[] ring : unit.rings()) {
            long lastX = Long.MIN_VALUE, lastY = Long.MIN_VALUE;
            int written = 0;
            StringBuilder part = new StringBuilder();
            for (int i = 0; i + 1 < ring.length; i += 2) {
                long px = Math.round(x(ring[i]));
                long py = Math.round(y(ring[i + 1]));
                if (px == lastX && py == lastY) {
                    continue;
                }
                if (written == 0) {
                    part.append('M').append(px).append(' ').append(py);
                } else {
                    // Relative steps between rounded points: shorter, and exactly the same shape.
                    long dx = px - lastX;
                    long dy = py - lastY;
                    part.append(written == 1 ? "l" : dx < 0 ? "" : " ").append(dx).append(dy < 0 ? "" : " ").append(dy);
                }
                lastX = px;
                lastY = py;
                written++;
            }
            if (written >= 3) {
                d.append(part).append('z');
            }
        }
        return d.toString();
    }

    private double x(double lon) {
        return MARGIN + (lon - minLon) * xScale;
    }

    private double y(double lat) {
        return MARGIN + (maxLat - lat) * yScale;
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
