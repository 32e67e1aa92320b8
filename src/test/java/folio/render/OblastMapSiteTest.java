package folio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.Build;
import folio.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The map collection (content/data/map.yaml) through a whole build: validation, rendering, determinism. */
class OblastMapSiteTest {
    @TempDir
    Path dir;

    private static final String GOOD_MAP = """
            - id: recognised
              label: "Recognised (point 21a)"
              provisions: [21]
              oblasts: [UA-43, UA-14]
              as_of: 2025-11-21
              sources: [wire]
            - id: buffer
              label: "Buffer zone (point 21d)"
              provisions: [21]
              oblasts: [UA-14]
              as_of: 2025-11-21
              note: "Only the part Ukraine held [@wire]."
              sources: [wire]
            """;

    private TestSite site(String mapYaml) throws IOException {
        TestSite site = TestSite.minimal(dir)
                .file("content/data/sources.yaml", """
                        - id: wire
                          outlet: Wire Service
                          title: "Draft plan reported"
                          url: https://wire.example/plan
                          flag: none
                        - id: blog
                          outlet: Some Blog
                          title: "Copy"
                          url: https://blog.example/copy
                          flag: agg
                        """)
                .file("content/data/themes.yaml", "- id: land\n  name: Land\n  description: \"Land.\"\n")
                .file("content/data/provisions/21.md", "---\nnumber: 21\ntitle: Territory\ntheme: land\n"
                        + "summary: \"Land [@wire].\"\nsources: [wire]\n---\nText.\n")
                .file("content/data/map.yaml", mapYaml)
                .file("content/map.md", "---\ntitle: Map\nlayout: map\nlists: map\n---\nIntro.\n")
                .file("templates/provision.peb", "{% extends \"page\" %}")
                .file("templates/map.peb", """
                        {% extends "page" %}{% block content %}{{ oblastMap(site.mapLayers) }}
                        <ul>{% for l in site.mapLayers %}<li id="{{ l.anchor }}">{{ oblastMapKey(l, site.mapLayers) }} {{ l.label }}: {% for o in l.oblasts %}{{ o.label }};{% endfor %} {{ l.asOf.display }} {{ cite(l.sources) }}{% if l.noteHtml is not null %} {{ l.noteHtml | raw }}{% endif %}</li>{% endfor %}</ul>{% endblock %}
                        """);
        Files.createDirectories(dir.resolve("templates/map"));
        Files.copy(OblastMapTest.DATA, dir.resolve("templates").resolve(OblastMap.DATA_FILE));
        return site;
    }

    @Test
    void mapPageShowsEveryLayerAndIsDeterministic() throws IOException {
        TestSite site = site(GOOD_MAP);
        Build.Result result = site.build();
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        String html = site.read("map/index.html");
        assertEquals(27, html.split("<path id=\"oblast-map-UA-", -1).length - 1, "one path per unit");
        assertTrue(html.contains("<title>Donetsk oblast: Recognised (point 21a); Buffer zone (point 21d)</title>"), html);
        assertTrue(html.contains("Recognised (point\u00A021a): Autonomous Republic of Crimea;Donetsk oblast; 21\u00A0November 2025"), html);
        assertTrue(html.contains("<sup class=\"cite\">"), "layer sources are cited");
        assertEquals(1, result.site().mapLayers().get(1).index() - 1);
        byte[] first = Files.readAllBytes(dir.resolve("site/map/index.html"));
        assertEquals(0, site.build().exitCode());
        assertEquals(new String(first, java.nio.charset.StandardCharsets.UTF_8), site.read("map/index.html"));
    }

    @Test
    void twoMapsOnOnePageHaveTheirOwnIds() throws IOException {
        TestSite site = site(GOOD_MAP).file("templates/map.peb", """
                {% extends "page" %}{% block content %}{{ oblastMap(site.mapLayers) }}
                {{ oblastMap(site.mapLayers, [], true, 'oblast-map-phone') }}{% endblock %}
                """);
        Build.Result result = site.build();
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        String html = site.read("map/index.html");
        java.util.List<String> ids = java.util.regex.Pattern.compile(" id=\"([^\"]+)\"").matcher(html).results()
                .map(m -> m.group(1)).toList();
        assertEquals(ids.size(), new java.util.HashSet<>(ids).size(), "ids are unique: " + ids);
        assertTrue(ids.containsAll(java.util.List.of("oblast-map", "oblast-map-title", "oblast-map-UA-14",
                "oblast-map-phone", "oblast-map-phone-title", "oblast-map-phone-desc", "oblast-map-phone-UA-14",
                "oblast-map-phone-fill-1")), ids.toString());
        assertTrue(html.contains("aria-labelledby=\"oblast-map-phone-title oblast-map-phone-desc\""), html);
        assertTrue(html.contains("fill=\"url(#oblast-map-phone-fill-1)\""), html);
    }

    @Test
    void aCropIsGivenTheWholeMapItsLocatorDrawsAgain() throws IOException {
        // The partial is told which map on the page holds the whole country (locator), so that the
        // crop's locator can draw it again by reference; a map without one is told nothing.
        TestSite site = site(GOOD_MAP).file("templates/partials/oblast-map.peb",
                "<svg id=\"{{ id }}\" data-locator=\"{{ locator }}\" viewBox=\"{{ map.viewBox }}\"></svg>")
                .file("templates/map.peb", """
                {% extends "page" %}{% block content %}{{ oblastMap(site.mapLayers) }}
                {{ oblastMap(site.mapLayers, [], true, 'oblast-map-phone', 'oblast-map') }}{% endblock %}
                """);
        Build.Result result = site.build();
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        String html = site.read("map/index.html");
        assertTrue(html.contains("<svg id=\"oblast-map\" data-locator=\"\" viewBox=\"0 0 1000 "), html);
        assertTrue(html.contains("<svg id=\"oblast-map-phone\" data-locator=\"oblast-map\" viewBox=\""), html);
    }

    @Test
    void aLocatorThatNamesNoMapIdIsATemplateErrorAtItsLine() throws IOException {
        TestSite site = site(GOOD_MAP).file("templates/map.peb", """
                {% extends "page" %}{% block content %}
                {{ oblastMap(site.mapLayers, [], true, 'oblast-map-phone', '#oblast-map') }}{% endblock %}
                """);
        Build.Result result = site.build();
        assertEquals(1, result.exitCode());
        String errors = TestSite.errors(result);
        assertTrue(errors.contains("templates/map.peb:2") && errors.contains("the locator must name the page's whole map")
                && errors.contains("'#oblast-map'"), errors);
    }

    /** The boundary data replaced by a folder: reported at the data file, with what to do and the line drawing the map. */
    @Test
    void boundaryDataThatIsAFolderIsReportedAtTheFileWithWhatToDo() throws IOException {
        TestSite site = site(GOOD_MAP);
        Path data = dir.resolve("templates").resolve(OblastMap.DATA_FILE);
        Files.delete(data);
        Files.createDirectories(data.resolve("inside"));
        Build.Result result = site.build();
        assertEquals(1, result.exitCode(), TestSite.errors(result));
        assertEquals("templates/map/ukraine-oblasts.json:1: error: the map's boundary data: this is a folder, where folio "
                + "reads a file: remove the folder and put the file in its place (git checkout -- templates/map/ukraine-oblasts.json "
                + "restores it if git keeps it) (templates/map.peb:1 draws the map)\n", TestSite.errors(result));
    }

    @Test
    void aMapIdThatIsNoIdIsATemplateErrorAtItsLine() throws IOException {
        TestSite site = site(GOOD_MAP).file("templates/map.peb", """
                {% extends "page" %}{% block content %}
                {{ oblastMap(site.mapLayers, [], true, 'two words') }}{% endblock %}
                """);
        Build.Result result = site.build();
        assertEquals(1, result.exitCode());
        String errors = TestSite.errors(result);
        assertTrue(errors.contains("templates/map.peb:2") && errors.contains("the map's id must be letters, digits and hyphens")
                && errors.contains("'two words'"), errors);
    }

    @Test
    void badLayersAreReportedAtFileAndLine() throws IOException {
        TestSite site = site("""
                - id: recognised
                  label: "Recognised (point 21a)"
                  provisions: [21]
                  oblasts: [UA-43, UA-15, Donetsk]
                  as_of: 2025-11-21
                  sources: [wire]
                - id: frozen
                  label: "Frozen (point 21b)"
                  provisions: [12]
                  oblasts: [UA-65]
                  as_of: 2025-11-21
                - id: blog-only
                  label: "Only an aggregator"
                  provisions: [21]
                  oblasts: [UA-63]
                  as_of: 21 November
                  sources: [blog, nowhere]
                """);
        Build.Result result = site.build();
        assertEquals(1, result.exitCode());
        String errors = TestSite.errors(result);
        assertTrue(errors.contains("content/data/map.yaml:4:3: error: unknown oblast id 'UA-15': did you mean 'UA-05'"), errors);
        assertTrue(errors.contains("content/data/map.yaml:4:3: error: unknown oblast id 'Donetsk'"), errors);
        assertTrue(errors.contains("content/data/map.yaml:9:3: error: map layer names provision 12, which does not exist"), errors);
        assertTrue(errors.contains("content/data/map.yaml:7: error: map layer has no sources"), errors);
        assertTrue(errors.contains("content/data/map.yaml:16:3: error: '21 November' is not a valid date"), errors);
        assertTrue(errors.contains("content/data/map.yaml:17:3: error:") && errors.contains("'nowhere'"), errors);
    }

    @Test
    void unknownKeyInALayerIsAnError() throws IOException {
        Build.Result result = site(GOOD_MAP.replace("as_of: 2025-11-21\n  sources", "asof: 2025-11-21\n  sources")).build();
        assertEquals(1, result.exitCode());
        String errors = TestSite.errors(result);
        assertTrue(errors.contains("content/data/map.yaml:5:") && errors.contains("asof"), errors);
    }

    private static final String GOOD_SHARES = """
            - id: ua-14
              share: 78.1
              as_of: 2026-01-01
              sources: [wire]
              rest: buffer
              note: "Another count put the rest at about 20% [@wire; @blog]."
            - id: ua-43
              share: 100
              as_of: 2026-01-01
              sources: [wire]
            """;

    @Test
    void sharesAreReadWithTheirRestAndLevel() throws IOException {
        TestSite site = site(GOOD_MAP).file("content/data/shares.yaml", GOOD_SHARES);
        Build.Result result = site.build();
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        var shares = result.site().oblastShares();
        assertEquals(2, shares.size());
        assertEquals("78.1", shares.get(0).percent());
        assertEquals("21.9", shares.get(0).restPercent(), "the rest keeps the source's precision");
        assertEquals("most", shares.get(0).level());
        assertEquals("buffer", shares.get(0).rest().id());
        assertEquals("all", shares.get(1).level());
        assertEquals("0", shares.get(1).restPercent());
        assertEquals(shares.get(0), result.site().shareOf(folio.site.Oblast.byId("UA-14")));
        assertEquals(java.util.List.of("most", "all").size(), result.site().sharesByLevel().size());
        assertEquals("wire", result.site().shareSources().get(0).id(), "the note's sources are not the figures' sources");
        assertEquals(1, result.site().shareSources().size());
    }

    @Test
    void badSharesAreReportedAtFileAndLine() throws IOException {
        TestSite site = site(GOOD_MAP).file("content/data/shares.yaml", """
                - id: ua-15
                  share: 10
                  as_of: 2026-01-01
                  sources: [wire]
                - id: ua-14
                  share: 120
                  as_of: 2026-01-01
                  sources: [wire]
                  rest: frozen
                - id: ua-43
                  as_of: 2026-01-01
                  sources: [wire]
                  rest: buffer
                - id: ua-63
                  share: about 5
                  as_of: 2026-01-01
                """);
        Build.Result result = site.build();
        assertEquals(1, result.exitCode());
        String errors = TestSite.errors(result);
        assertTrue(errors.contains("content/data/shares.yaml:1:3: error: unknown oblast id 'ua-15': did you mean 'ua-05'"), errors);
        assertTrue(errors.contains("content/data/shares.yaml:6:3: error: share '120' is not a per cent from 0 to 100"), errors);
        assertTrue(errors.contains("content/data/shares.yaml:9:3: error: rest names map layer 'frozen', which does not exist"), errors);
        assertTrue(errors.contains("content/data/shares.yaml:10: error: oblast share has neither share nor note"), errors);
        assertTrue(errors.contains("content/data/shares.yaml:13:3: error: map layer 'buffer' does not cover UA-43"), errors);
        assertTrue(errors.contains("content/data/shares.yaml:14:3: error: oblast share ua-63 (Kharkiv oblast) is in no map layer"), errors);
        assertTrue(errors.contains("content/data/shares.yaml:15:3: error: share 'about 5' is not a per cent"), errors);
        assertTrue(errors.contains("content/data/shares.yaml:14: error: oblast share has no sources"), errors);
    }
}
