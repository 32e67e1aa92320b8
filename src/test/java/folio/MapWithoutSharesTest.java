package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.project.Project;
import folio.render.RenderedFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The map page of a site without oblast shares (the full-map fixture, built with this repository's
 * templates). On a phone map.css hides the whole country and shows the crop to the shaded units, which
 * leaves out Kyiv and every unit around them: the crop needs the locator that the map with shares has
 * (the whole country, small, the crop framed), or a reader cannot tell where in Ukraine it lies.
 */
class MapWithoutSharesTest {
    @TempDir
    Path work;

    @Test
    void thePhoneCropHasALocatorThatPaintsTheShadedUnits() {
        Project project = Project.of(Path.of(""), Path.of("src/test/resources/sites/full-map/input/content"),
                Path.of("templates"), work.resolve("site"));
        Build.Result result = Build.run(new Build.Options(project, null, false, true));
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        RenderedFile file = result.files().stream().filter(f -> f.path().equals("map/index.html")).findFirst().orElseThrow();
        Document page = Jsoup.parse(new String(file.bytes(), StandardCharsets.UTF_8));
        assertTrue(page.select(".share-caption").isEmpty(), "the fixture has shares now: this test needs a site without");

        Element locator = page.selectFirst("figure .oblast-locator");
        assertNotNull(locator, "no locator before the phone's crop: " + page.select("figure").outerHtml());
        assertEquals("oblast-map-phone", locator.nextElementSibling().id(), "the locator comes right before the crop");
        assertEquals("#oblast-map-units", locator.selectFirst("use").attr("href"));
        assertTrue(locator.text().length() > 20, "the locator says what the crop shows: " + locator.text());

        // The locator draws the whole map's units by reference, and the hatching they are filled with is
        // defined in that map, hidden on a phone, so it is not painted: each shaded unit names a colour after it.
        for (Element unit : page.select("#oblast-map-units path[class~=oblast-map-layer-]")) {
            assertTrue(unit.attr("fill").matches("url\\(#oblast-map-fill-\\d+\\) #[0-9a-f]{6}"), unit.attr("data-oblast") + " fill=" + unit.attr("fill"));
        }
        assertTrue(page.select("#oblast-map-units path[class~=oblast-map-layer-]").size() >= 3, "the fixture shades three units");
    }
}
