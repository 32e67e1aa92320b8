package folio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.site.MapLayer;
import folio.site.Oblast;
import folio.site.PartialDate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unbescape.html.HtmlEscape;

/** The boundary data in templates/map/ and the SVG the built-in partials draw from it. */
class OblastMapTest {
    static final Path DATA = Path.of("templates").resolve(OblastMap.DATA_FILE);
    private static final PartialDate DATE = PartialDate.parse("2025-11-20/2025-11-21", false).orElseThrow();

    private static MapLayer layer(String id, int index, String... codes) {
        List<Oblast> oblasts = new ArrayList<>();
        for (String code : codes) {
            oblasts.add(Oblast.byId(code));
        }
        return new MapLayer(id, index, "Layer " + id, "Layer " + id, List.of(), List.copyOf(oblasts), DATE, null, List.of());
    }

    /** The map as the built-in partials (the same as the default theme's) draw it. */
    private static String svg(List<MapLayer> layers) throws IOException {
        return partials().render(Partials.OBLAST_MAP, java.util.Map.of("map", OblastMap.load(DATA).drawing(layers), "layers", layers, "shares", List.of(), "excerpt", false, "id", "oblast-map"));
    }

    private static String swatch(MapLayer layer, List<MapLayer> layers) {
        OblastMap.Key key = OblastMap.key(layer, layers);
        return partials().render(Partials.OBLAST_MAP_KEY,
                java.util.Map.of("layer", layer, "overlayOnly", key.overlayOnly(), "under", key.under()));
    }

    private static Partials partials() {
        return new Partials(new io.pebbletemplates.pebble.PebbleEngine.Builder()
                .loader(new ThemeLoader(Path.of("no-theme").toAbsolutePath())).strictVariables(true).autoEscaping(true).build());
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void dataHasTheCleanedIdsAndNamesOfAll27UnitsOnce() throws IOException {
        OblastMap map = OblastMap.load(DATA);
        List<String> ids = map.units().stream().map(OblastMap.Unit::id).toList();
        assertEquals(Oblast.ALL.stream().map(Oblast::id).toList(), ids);
        for (OblastMap.Unit unit : map.units()) {
            Oblast oblast = Oblast.byId(unit.id());
            assertEquals(oblast.name(), unit.name(), unit.id());
            assertEquals(oblast.kind().id(), unit.kind(), unit.id());
        }
        assertEquals("Donetsk", Oblast.byId("UA-14").name());
        assertEquals("Autonomous Republic of Crimea", Oblast.byId("UA-43").label());
        assertEquals("Zaporizhzhia oblast", Oblast.byId("UA-23").label());
        String text = Files.readString(DATA);
        for (String exonym : List.of("Kiev", "Odessa", "Zaporizhzhya", "Donets'k", "UA.MY", "UA.KM")) {
            assertFalse(text.contains(exonym), exonym);
        }
        assertTrue(Files.size(DATA) < 60_000, "boundary data should stay small: " + Files.size(DATA));
        String licence = Files.readString(DATA.resolveSibling("LICENSE.md"));
        assertTrue(licence.contains("Permission is hereby granted, free of charge") && licence.contains("Mark DiMarco"));
        assertTrue(licence.contains("Natural Earth") && licence.contains("public domain"));
    }

    @Test
    void svgHasOnePathPerUnitWithItsNameAndNoInlineStyles() throws IOException {
        String svg = svg(List.of(layer("a", 1, "UA-43", "UA-40", "UA-09", "UA-14"),
                layer("b", 2, "UA-65", "UA-23"), layer("d", 3, "UA-14")));
        List<String> paths = all(Pattern.compile("<path id=\"oblast-map-([^\"]+)\""), svg);
        assertEquals(Oblast.ALL.stream().map(Oblast::id).toList(), paths);
        assertEquals(paths, all(Pattern.compile(" data-oblast=\"([^\"]+)\""), svg));
        for (Oblast oblast : Oblast.ALL) {
            Matcher unit = Pattern.compile("<path id=\"oblast-map-" + oblast.id() + "\"[^>]*><title>([^<]+)</title></path>")
                    .matcher(svg);
            assertTrue(unit.find(), oblast.id());
            // The title names the unit first, then what shades it; compared unescaped, so any correct escaping passes.
            String title = HtmlEscape.unescapeHtml(unit.group(1));
            assertTrue(title.equals(oblast.label()) || title.startsWith(oblast.label() + ": "), title);
        }
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"oblast-map\" class=\"oblast-map\" viewBox=\"0 0 1000 "));
        assertTrue(svg.contains("role=\"img\" aria-labelledby=\"oblast-map-title oblast-map-desc\""));
        assertTrue(svg.contains("<title id=\"oblast-map-title\">") && svg.contains("<desc id=\"oblast-map-desc\">"));
        assertFalse(svg.contains("style="), "a strict CSP forbids inline styles");
        assertFalse(svg.contains("<style"), "a strict CSP forbids inline styles");
        assertFalse(Pattern.compile("\\d\\.\\d").matcher(svg.replaceAll("<pattern.*?</pattern>", "")
                .replaceAll("stroke-width=\"[^\"]*\"", "")).find(), "path coordinates are whole numbers");
        assertTrue(svg.length() < 30_000, "inline map should stay small: " + svg.length());
    }

    @Test
    void firstLayerFillsAndLaterLayersHatchOnTop() throws IOException {
        String svg = svg(List.of(layer("a", 1, "UA-14"), layer("d", 2, "UA-14"), layer("c", 3, "UA-63")));
        assertTrue(svg.contains("<path id=\"oblast-map-UA-14\" class=\"oblast oblast-map-layer-1 oblast-map-layer-2\" "
                + "data-oblast=\"UA-14\" fill=\"url(#oblast-map-fill-1)\""), svg);
        assertTrue(svg.contains("<path class=\"oblast-map-overlay oblast-map-layer-2\" fill=\"url(#oblast-map-mark-2)\""));
        assertTrue(svg.contains("data-oblast=\"UA-63\" fill=\"url(#oblast-map-fill-3)\""));
        assertTrue(svg.contains("data-oblast=\"UA-05\" fill=\"#e4e4e4\""));
        assertTrue(svg.contains("<title>Donetsk oblast: Layer a; Layer d</title>"));
        assertTrue(svg.contains("Layer c, as of 20–21 November 2025: Kharkiv oblast."), "the description lists each layer");
        // Each layer has its own texture, so the map reads without colour.
        assertTrue(svg.contains("<pattern id=\"oblast-map-mark-2\"") && svg.contains("<circle"));
        String key = swatch(layer("d", 2, "UA-14"), List.of(layer("a", 1, "UA-14"), layer("d", 2, "UA-14")));
        assertTrue(key.contains("aria-hidden=\"true\"") && key.contains("url(#oblast-map-key-2)"), key);
        // Drawn only over layer 1: its hatching (a mark, no fill of its own) over layer 1's colour.
        assertTrue(key.contains("<rect width=\"36\" height=\"24\" fill=\"#8f5fa8\"/>"), key);
        assertFalse(key.contains("<rect width=\"12\" height=\"12\""), key);
    }

    @Test
    void sameInputGivesTheSameBytes() throws IOException {
        List<MapLayer> layers = List.of(layer("a", 1, "UA-09"), layer("b", 2, "UA-23"));
        assertEquals(svg(layers), svg(layers));
    }

    @Test
    void brokenDataIsReported(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"units\": [{\"id\": \"UA.DT\", \"name\": \"Donets'k\", \"rings\": [[1,2,3,4,5,6]]}]}");
        IOException e = assertThrows(IOException.class, () -> OblastMap.load(file));
        assertTrue(e.getMessage().contains("unknown unit id 'UA.DT'"), e.getMessage());
    }

    @Test
    void brokenDataIsReportedAtItsLine(@TempDir Path dir) throws IOException {
        // Read as strictly as every other file: a byte that is not UTF-8, a control character, a YAML
        // error and a unit it does not know are each named at their line, not "Input length = 1".
        Path file = dir.resolve("bad.json");
        Files.write(file, "{\n\"about\": \"caf\u00e9\",\n\"units\": []\n}\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertTrue(located(file).startsWith("map.json:2 file is not valid UTF-8 at this byte (0xE9)"), located(file));
        Files.writeString(file, "{\n\"about\": \"a\u0007\",\n\"units\": []\n}\n");
        assertTrue(located(file).startsWith("map.json:2 control character U+0007"), located(file));
        Files.writeString(file, "{\n\"about\": \"a\",\n\"units\" [\n]\n}\n");
        assertTrue(located(file).startsWith("map.json:1 "), located(file));
        Files.writeString(file, "{\"units\": [\n{\"id\": \"UA-14\", \"rings\": [[1,2,3,4,5,6]]},\n{\"id\": \"UA.DT\"}]}");
        assertEquals("map.json:3 unknown unit id 'UA.DT': use ISO 3166-2:UA codes", located(file));
    }

    private static String located(Path file) {
        OblastBoundaries.Broken e = assertThrows(OblastBoundaries.Broken.class, () -> OblastMap.load(file, "map.json"));
        return e.at().path() + ":" + e.at().line() + " " + e.getMessage();
    }

    @Test
    void anExcerptIsCroppedToTheUnitsWithAShare() throws IOException {
        OblastMap map = OblastMap.load(DATA);
        List<MapLayer> layers = List.of(layer("a", 1, "UA-14", "UA-09"));
        PartialDate day = PartialDate.parse("2026-01-01", false).orElseThrow();
        List<folio.site.OblastShare> shares = List.of(
                new folio.site.OblastShare(Oblast.byId("UA-14"), "78.1", day, List.of(), null, null),
                new folio.site.OblastShare(Oblast.byId("UA-09"), "99.6", day, List.of(), null, null));
        OblastMap.Drawing whole = map.drawing(layers, shares, false);
        OblastMap.Drawing excerpt = map.drawing(layers, shares, true);
        assertEquals("0 0 1000 " + whole.height(), whole.viewBox());
        long[] box = java.util.Arrays.stream(excerpt.viewBox().split(" ")).mapToLong(Long::parseLong).toArray();
        assertTrue(box[0] > 700 && box[2] < 300, "east of Ukraine only: " + excerpt.viewBox());
        assertTrue(box[0] + box[2] <= 1000 && box[1] + box[3] <= whole.height(), excerpt.viewBox());
        assertEquals("78.1", excerpt.units().stream().filter(u -> u.id().equals("UA-14")).findFirst().orElseThrow()
                .share().percent());
        assertEquals(null, excerpt.units().stream().filter(u -> u.id().equals("UA-30")).findFirst().orElseThrow().share());
        // No shares: the excerpt is cropped to the units a layer covers (here the same two), and
        // with neither shares nor layers it is the whole country.
        assertEquals(excerpt.viewBox(), map.drawing(layers, List.of(), true).viewBox());
        assertEquals(whole.viewBox(), map.drawing(List.of(), List.of(), true).viewBox());
    }

    /** The text alternative names a date once: the one most layers share leads, and only a layer with another says its own. */
    @Test
    void theDateMostLayersShareIsFound() {
        PartialDate nov = PartialDate.parse("2025-11-20", false).orElseThrow();
        PartialDate jan = PartialDate.parse("2026-01-01", false).orElseThrow();
        assertEquals(nov, OblastMap.mostShared(List.of(nov, nov, jan, nov)));
        assertEquals(jan, OblastMap.mostShared(List.of(nov, jan, jan)));
        assertEquals(nov, OblastMap.mostShared(List.of(nov, jan, jan, nov)), "a tie goes to the first");
        assertEquals(null, OblastMap.mostShared(List.of(nov, jan)), "no date is shared");
        assertEquals(null, OblastMap.mostShared(List.of(nov)));
        assertEquals(null, OblastMap.mostShared(List.of()));
    }
}
