package folio.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.Build;
import folio.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A listing split by paginate: its pages, their navigation, and links that reach the right page. */
class PaginationSiteTest {
    @TempDir
    Path dir;

    // Ids in one order, outlets in another: the sources page sorts by outlet (A, B, C, D, E).
    private static final String SOURCES = """
            - {id: s1, outlet: Echo, title: "E", url: "https://e.example/", flag: none}
            - {id: s2, outlet: Alpha, title: "A", url: "https://a.example/", flag: none}
            - {id: s3, outlet: delta, title: "D", url: "https://d.example/", flag: none}
            - {id: s4, outlet: Charlie, title: "C", url: "https://c.example/", flag: none}
            - {id: s5, outlet: Bravo, title: "B", url: "https://b.example/", flag: none}
            """;

    private TestSite site(String paginate) {
        return TestSite.minimal(dir)
                .file("content/data/sources.yaml", SOURCES)
                .file("templates/search.peb", "{{ page.title }}") // a theme with a search page gets the index
                .file("content/sources.md", "---\ntitle: Sources\nlayout: sources\nlists: sources\n" + paginate + "---\nAll of them.\n")
                .file("content/about.md", "---\ntitle: About\n---\nAs reported [@s1] and [@s2], and see [[source:s1]].\n")
                .file("templates/sources.peb", """
                        {% extends "page" %}{% block content %}{% include "partials/pagination" with {"pager": page.pager} %}
                        <ol start="{{ page.pager.start }}">{% for s in page.pager.items %}<li id="{{ s.anchor }}">{{ s.outlet }}</li>{% endfor %}</ol>{% endblock %}
                        """);
    }

    @Test
    void paginatedListingWritesItsPagesAndLinksGoToThePageThatHoldsTheItem() throws Exception {
        TestSite site = site("paginate: 2\n");
        Build.Result result = site.build();
        assertEquals(0, result.exitCode(), TestSite.errors(result));

        String first = site.read("sources/index.html");
        String second = site.read("sources/2/index.html");
        String third = site.read("sources/3/index.html");
        assertTrue(first.contains("id=\"s2\">Alpha") && first.contains("id=\"s5\">Bravo"), first);
        assertTrue(second.contains("<ol start=\"3\"><li id=\"s4\">Charlie</li><li id=\"s3\">delta</li></ol>"), second);
        assertTrue(third.contains("id=\"s1\">Echo"), third);
        assertFalse(Files.exists(dir.resolve("site/sources/4/index.html")));

        assertTrue(second.contains("<title>Sources (page 2 of 3)</title>"), second);
        assertTrue(first.contains("<title>Sources</title>"), first);
        assertTrue(second.contains("<nav class=\"list-pages\" aria-label=\"Pages of the list\">"), second);
        assertTrue(second.contains("<a href=\"../../sources/2/index.html\" aria-current=\"page\">2</a>"), second);
        assertTrue(second.contains("<a href=\"../../sources/index.html\">1</a>"), second);
        assertTrue(second.contains("<a class=\"list-next\" href=\"../../sources/3/index.html\">Next page</a>"), second);
        assertFalse(third.contains("list-next"), "the last page has no next link");

        // Citations and references of s1 (Echo, page 3) and s2 (Alpha, page 1).
        String about = site.read("about/index.html");
        assertTrue(about.contains("href=\"../sources/3/index.html#s1\""), about);
        assertTrue(about.contains("href=\"../sources/index.html#s2\""), about);
        assertFalse(about.contains("sources/index.html#s1"), about);
        assertEquals("sources/3/#s1", result.site().sources().stream()
                .filter(s -> s.id().equals("s1")).findFirst().orElseThrow().pageUrl());

        String sitemap = site.read("sitemap.xml");
        assertTrue(sitemap.contains("https://example.org/sources/2/") && sitemap.contains("https://example.org/sources/3/"), sitemap);
        String index = site.read("search-index.json");
        assertTrue(index.contains("\"url\":\"sources/3/index.html\""), index);
        assertEquals("sources", result.site().listing("sources").id(), "the listing is the first page");
    }

    @Test
    void oneShortListIsOnePageWithoutNavigation() {
        TestSite site = site("paginate: 10\n");
        Build.Result result = site.build();
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        assertFalse(site.read("sources/index.html").contains("<nav"), "no navigation for a single page");
        assertFalse(Files.exists(dir.resolve("site/sources/2/index.html")));
    }

    @Test
    void badPaginateIsReportedAtItsLine() {
        TestSite site = site("paginate: 0\n");
        Build.Result result = site.build();
        assertEquals(1, result.exitCode());
        String errors = TestSite.errors(result);
        assertTrue(errors.contains("content/sources.md:5:") && errors.contains("paginate: 0 must be a whole number"), errors);
    }

    @Test
    void splitByGroupWritesAnOverviewAndOnePagePerCampAndReactionsLinkToTheirCamp() {
        TestSite site = TestSite.minimal(dir)
                .file("content/data/sources.yaml", "- {id: s1, outlet: Echo, title: \"E\", url: \"https://e.example/\", flag: none}\n")
                .file("content/data/actors.yaml", """
                        - {id: kyiv, name: Kyiv, role: Government, kind: body, group: ukraine}
                        - {id: moscow, name: Moscow, role: Government, kind: body, group: russia}
                        """)
                .file("content/data/reactions/2025.yaml", """
                        - {id: kyiv-1, actor: kyiv, date: 2025-11-21, subject: \"related: talks\", stance: none, summary: Said a thing., sources: [s1]}
                        - {id: moscow-1, actor: moscow, date: 2025-11-22, subject: \"related: talks\", stance: none, summary: Said another., sources: [s1]}
                        """)
                .file("content/reactions.md", "---\ntitle: Reactions\nlayout: reactions\nlists: reactions\npaginate_by: group\n---\nAll.\n")
                .file("templates/reactions.peb", """
                        {% extends "page" %}{% block content %}[{{ page.pager.label }}|{{ page.pager.overview }}]{% for l in page.pager.pages %}<a href="{{ url(l.url) }}">{{ l.label }}</a>{% endfor %}
                        {% for r in page.pager.items %}<p id="{{ r.anchor }}">{{ r.id }}</p>{% endfor %}{% endblock %}
                        """);
        Build.Result result = site.build();
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        String overview = site.read("reactions/index.html");
        String ukraine = site.read("reactions/ukraine/index.html");
        String russia = site.read("reactions/russia/index.html");
        assertTrue(overview.contains("[Reactions|true]") && !overview.contains("<p id="), overview);
        assertTrue(overview.contains("<a href=\"../reactions/ukraine/index.html\">Ukraine</a><a href=\"../reactions/russia/index.html\">Russia</a>"), overview);
        assertTrue(ukraine.contains("<title>Reactions: Ukraine</title>") && ukraine.contains("id=\"kyiv-1\"") && !ukraine.contains("moscow-1"), ukraine);
        assertTrue(russia.contains("id=\"moscow-1\"") && !russia.contains("kyiv-1"), russia);
        assertEquals("reactions/russia/#moscow-1", result.site().reactions().stream()
                .filter(r -> r.id().equals("moscow-1")).findFirst().orElseThrow().url());
    }

    @Test
    void paginateByAnythingButGroupIsReportedAtItsLine() {
        TestSite site = site("paginate_by: year\n");
        Build.Result result = site.build();
        assertEquals(1, result.exitCode());
        String errors = TestSite.errors(result);
        assertTrue(errors.contains("content/sources.md:5:") && errors.contains("paginate_by: year is not a way to split a list"), errors);
    }
}
