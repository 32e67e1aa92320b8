package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.project.Project;
import folio.render.RenderedFile;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository's theme names none of this site's pages: the pages it links to outside the menu
 * come from site.yaml's {@code links:} or from the pages that list a collection.
 */
class ThemeLinksTest {
    private static final String BASE = "https://example.org/";

    @TempDir
    Path work;

    private Build.Result build(TestSite site) {
        Project project = Project.of(site.root(), Path.of("content"), Path.of("templates").toAbsolutePath(), Path.of("site"));
        return Build.run(new Build.Options(project, null, false, true));
    }

    @Test
    void aSiteWithoutTheLinkedPagesHasNoDanglingLink() throws Exception {
        TestSite site = new TestSite(work).file("content/site.yaml", TestSite.CONFIG)
                .file("content/index.md", "---\ntitle: Home\n---\nWelcome.\n")
                .file("content/guide.md", "---\ntitle: Guide\n---\nA page.\n")
                .file("content/404.md", "---\ntitle: Not found\nlayout: 404\nurl: 404.html\n---\nNothing here.\n");
        Build.Result result = build(site);
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        Path out = work.resolve("site");
        Set<String> published = new HashSet<>();
        try (var walk = Files.walk(out)) {
            walk.filter(Files::isRegularFile).forEach(f -> published.add("/" + out.relativize(f).toString().replace('\\', '/')));
        }
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (RenderedFile file : result.files()) {
            if (!file.path().endsWith(".html")) {
                continue;
            }
            URI page = URI.create(file.path().equals("404.html") ? BASE + "deep/missing/" : BASE + file.path());
            for (Element link : Jsoup.parse(file.text()).select("a[href]")) {
                String target = link.attr("href");
                URI resolved = page.resolve(target);
                if (target.startsWith("#") || !"example.org".equals(resolved.getHost())) {
                    continue;
                }
                checked++;
                String path = resolved.getPath().endsWith("/") ? resolved.getPath() + "index.html" : resolved.getPath();
                if (!published.contains(path)) {
                    broken.add(file.path() + " -> " + target);
                }
            }
        }
        assertTrue(checked > 5, "links checked: " + checked);
        assertEquals(List.of(), broken);
    }

    @Test
    void theFooterAndTheErrorLinkAreTheOnesSiteYamlNames() {
        String about = "---\ntitle: About\n---\n## How to report an error\n\nWrite to us.\n";
        TestSite named = new TestSite(work.resolve("named")).file("content/site.yaml", TestSite.CONFIG + """
                links:
                  footer:
                    - {page: guide}
                    - {page: about, label: foot.about}
                  report_error: {page: about, heading: how-to-report-an-error}
                """).file("content/index.md", "---\ntitle: Home\n---\nWelcome.\n")
                .file("content/guide.md", "---\ntitle: The guide\n---\nA page.\n").file("content/about.md", about);
        Build.Result result = build(named);
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        String home = named.read("index.html");
        assertTrue(home.contains("<ul class=\"foot-links\"><li><a href=\"guide/index.html\">The guide</a></li>"
                + "<li><a href=\"about/index.html\">About and corrections</a></li>"), home);
        assertTrue(home.contains("<a href=\"about/index.html#how-to-report-an-error\">Report an error</a>"), home);

        TestSite unnamed = new TestSite(work.resolve("unnamed")).file("content/site.yaml", TestSite.CONFIG)
                .file("content/index.md", "---\ntitle: Home\n---\nWelcome.\n").file("content/about.md", about);
        result = build(unnamed);
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        assertFalse(unnamed.read("index.html").contains("about/"), "a page site.yaml does not name is not linked from the theme");
    }
    @Test
    void thePageNotFoundGivesTheAddressSiteYamlNamesAsItsExample() {
        String notFound = "---\ntitle: Not found\nlayout: 404\nurl: 404.html\n---\nNothing here.\n";
        String provision = "---\nnumber: 7\ntitle: Borders\ntheme: land\nsummary: \"Borders [@wire].\"\nsources: [wire]\n---\nText.\n";
        java.util.function.Function<String, TestSite> site = links -> new TestSite(work.resolve(String.valueOf(links.hashCode())))
                .file("content/site.yaml", TestSite.CONFIG + links)
                .file("content/index.md", "---\ntitle: Home\n---\nWelcome.\n")
                .file("content/guide.md", "---\ntitle: The guide\n---\nA page.\n")
                .file("content/404.md", notFound)
                .file("content/data/themes.yaml", "- id: land\n  name: Land\n  description: Who holds land.\n")
                .file("content/data/sources.yaml", "- id: wire\n  outlet: Wire\n  title: A headline\n"
                        + "  url: https://wire.example/a\n  flag: none\n")
                .file("content/data/provisions/07.md", provision);

        TestSite point = site.apply("links:\n  address_example: {page: provisions/7}\n");
        Build.Result result = build(point);
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        assertTrue(point.read("404.html").contains("<p>The points of the plan have addresses like "
                + "<a href=\"/provisions/7/index.html\">provisions/7/</a> for point\u00A07.</p>"), point.read("404.html"));

        TestSite page = site.apply("links:\n  address_example: {page: guide}\n");
        result = build(page);
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        assertTrue(page.read("404.html").contains("<p>Pages have addresses like <a href=\"/guide/index.html\">guide/</a>, "
                + "the address of “The guide”.</p>"), page.read("404.html"));

        TestSite none = site.apply("");
        result = build(none);
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        assertFalse(none.read("404.html").contains("addresses like"), "no example when site.yaml names none");
    }
}
