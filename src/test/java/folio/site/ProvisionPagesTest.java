package folio.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.Build;
import folio.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Provision pages are assembled with the site: each knows its page and the points before and after it. */
class ProvisionPagesTest {
    @TempDir
    Path root;

    private static String point(int number, String title) {
        return "---\nnumber: " + number + "\ntitle: " + title + "\ntheme: land\nsummary: \"About " + title
                + " [@wire].\"\nsources: [wire]\n---\nBody of " + number + ", see [[term:zone]].\n";
    }

    @Test
    void neighboursFollowNumberOrderAcrossGaps() {
        TestSite site = TestSite.minimal(root)
                .file("content/data/themes.yaml", "- id: land\n  name: Land\n  description: \"Land.\"\n")
                .file("content/data/sources.yaml", "- id: wire\n  outlet: Wire\n  title: \"Plan\"\n"
                        + "  url: https://wire.example/plan\n  flag: none\n")
                .file("content/data/terms.yaml", "- id: zone\n  term: Zone\n  definition: \"An area.\"\n  sources: [wire]\n")
                .file("content/glossary.md", "---\ntitle: Glossary\nlists: [terms]\n---\n")
                .file("content/data/provisions/02.md", point(2, "Two"))
                .file("content/data/provisions/01.md", point(1, "One"))
                .file("content/data/provisions/05.md", point(5, "Five"))
                .file("templates/provision.peb", "{% extends \"page\" %}{% block content %}{% if provision.previous != null %}"
                        + "<a rel=\"prev\" href=\"{{ url(provision.previous.url) }}\">{{ provision.previous.label }}: "
                        + "{{ provision.previous.title }}</a>{% endif %}{% if provision.next != null %}<a rel=\"next\" "
                        + "href=\"{{ url(provision.next.url) }}\">{{ provision.next.label }}</a>{% endif %}"
                        + "{% for t in site.relatedTerms(provision) %}<i>{{ t.term }}</i>{% endfor %}{% endblock %}");
        Build.Result result = site.build();
        assertTrue(result.ok(), result.diagnostics().toString());
        List<Provision> points = result.site().provisions();
        assertEquals(List.of(1, 2, 5), points.stream().map(Provision::number).toList());
        assertNull(points.get(0).previous());
        assertEquals(5, points.get(1).next().number());
        assertEquals(2, points.get(2).previous().number());
        assertNull(points.get(2).next());
        assertEquals("Point 5: Five", points.get(2).page().title());
        assertEquals("About Five.", points.get(2).page().description());
        String five = site.read("provisions/5/index.html");
        assertTrue(five.contains("<a rel=\"prev\" href=\"../../provisions/2/index.html\">Point\u00A02: Two</a>"), five);
        assertTrue(!five.contains("rel=\"next\""), five);
        assertTrue(five.contains("<i>Zone</i>"), five);
    }

    /** A point's free-form params reach its page, as a page's do: the theme splits the text where they say. */
    @Test
    void aPointsParamsReachItsPage() {
        TestSite site = TestSite.minimal(root)
                .file("content/data/themes.yaml", "- id: land\n  name: Land\n  description: \"Land.\"\n")
                .file("content/data/sources.yaml", "- id: wire\n  outlet: Wire\n  title: \"Plan\"\n"
                        + "  url: https://wire.example/plan\n  flag: none\n")
                .file("content/data/provisions/01.md", "---\nnumber: 1\ntitle: One\ntheme: land\nsummary: \"About one [@wire].\"\n"
                        + "sources: [wire]\nparams: {map_before: effects}\n---\nWhat it says.\n\n## Effects {#effects}\n\nWhat it does.\n")
                .file("content/data/provisions/02.md", point(2, "Two").replace(", see [[term:zone]]", ""))
                .file("templates/provision.peb", "{% set split = page.params.map_before | default('') %}"
                        + "[{{ page.contentHtmlBefore(split) | raw }}]MAP[{{ page.contentHtmlFrom(split) | raw }}]");
        Build.Result result = site.build();
        assertTrue(result.ok(), result.diagnostics().toString());
        assertEquals("[<p>What it says.</p>\n]MAP[<h2 id=\"effects\">Effects</h2>\n<p>What it does.</p>\n]",
                site.read("provisions/1/index.html"));
        assertTrue(site.read("provisions/2/index.html").endsWith("]MAP[]"), "no params: the whole text, then the map");
    }
}
