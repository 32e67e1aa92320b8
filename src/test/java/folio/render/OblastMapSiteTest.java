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
        assertTrue(html.contains("Recognised (point 21a): Autonomous Republic of Crimea;Donetsk oblast; 21 November 2025"), html);
        assertTrue(html.contains("<sup class=\"cite\">"), "layer sources are cited");
        assertEquals(1, result.site().mapLayers().get(1).index() - 1);
        byte[] first = Files.readAllBytes(dir.resolve("site/map/index.html"));
        assertEquals(0, site.build().exitCode());
        assertEquals(new String(first, java.nio.charset.StandardCharsets.UTF_8), site.read("map/index.html"));
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
}
