package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Focused behaviour on small sites written inline. */
class BuildTest {
    @TempDir
    Path dir;

    @Test
    void genericCorpusNeedsOnlyTitleAndOneTemplate() {
        TestSite site = TestSite.minimal(dir)
                .file("content/index.md", "---\ntitle: Home\n---\nHello *world*.\n")
                .file("content/notes/first.md", "---\ntitle: First\ndate: 2025-11-20\n---\nSee [home](../index.md).\n");
        Build.Result result = site.build();
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        assertTrue(site.read("index.html").contains("Hello <em>world</em>."));
        assertTrue(site.read("notes/first/index.html").contains("<a href=\"../../index.html\">home</a>"),
                site.read("notes/first/index.html"));
        assertTrue(Files.exists(dir.resolve("site/.nojekyll")));
        assertTrue(site.read("sitemap.xml").contains("<loc>https://example.org/notes/first/</loc>"));
        assertTrue(site.read("robots.txt").contains("Sitemap: https://example.org/sitemap.xml"));
    }

    @Test
    void sitemapAndFeedComeFromTheThemesTemplatesWhenItHasThem() {
        TestSite site = TestSite.minimal(dir)
                .file("content/index.md", "---\ntitle: A & B\n---\nHello.\n")
                .file("templates/sitemap.xml.peb", "<urlset>{% for url in urls %}<u>{{ url }}|{{ site.pages[0].title }}</u>{% endfor %}</urlset>")
                .file("templates/feed.xml.peb", "<feed>{{ site.config.title }} {{ site.updates | length }}</feed>\n");
        Build.Result result = site.build();
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        assertEquals("<urlset><u>|A &amp; B</u></urlset>", site.read("sitemap.xml"), "the theme's template, autoescaped");
        assertEquals("<feed>Test site 0</feed>", site.read("feed.xml").strip(), "the theme's feed template");

        site.file("templates/feed.xml.peb", "{{ site.nothing }}\n");
        Build.Result bad = site.build();
        assertEquals(1, bad.exitCode());
        assertTrue(TestSite.errors(bad).contains("templates/feed.xml.peb:1")
                && TestSite.errors(bad).contains("template error while rendering feed.xml"),
                TestSite.errors(bad));
    }

    @Test
    void rawHtmlIsEscapedAndUnsafeLinksRejected() {
        TestSite site = TestSite.minimal(dir)
                .file("content/index.md", "---\ntitle: \"<script>alert(1)</script>\"\n---\n<script>alert(2)</script>\n\n"
                        + "<img src=x onerror=alert(3)>\n");
        Build.Result result = site.build();
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        String html = site.read("index.html");
        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));

        site.file("content/index.md", "---\ntitle: T\n---\n[x](javascript:alert(1)) and [y](/root/)\n");
        Build.Result bad = site.build();
        assertEquals(1, bad.exitCode());
        String errors = TestSite.errors(bad);
        assertTrue(errors.contains("content/index.md:4:1: error: unsafe link 'javascript:alert(1)'"), errors);
        assertTrue(errors.contains("root-relative link '/root/'"), errors);
    }

    /**
     * A file named with ':' was published, its link encoded (v2%3Aeast.png) so that no browser read
     * "v2:" as a scheme; a copy on Windows cannot hold the name, so it is now refused at the file
     * (folio.project.PortableNames), alone: the link to it is not reported too. An href still
     * encodes ':'.
     */
    @Test
    void aFileWithAColonInItsNameIsRefusedAndAColonInAnHrefIsEncoded() {
        TestSite site = TestSite.minimal(dir)
                .file("content/index.md", "---\ntitle: T\n---\nSee [the map](./v2:east.png).\n")
                .file("content/v2:east.png", "png");
        Build.Result result = site.build();
        assertEquals(1, result.exitCode());
        String errors = TestSite.errors(result);
        assertEquals(1, errors.lines().count(), errors);
        assertTrue(errors.startsWith("content/v2:east.png:1: error: the name of this file has the character ':'"), errors);
        assertTrue(errors.contains("rename it, for example v2-east.png"), errors);
        assertEquals("v2%3Aeast.png", folio.site.UrlPath.encode("v2:east.png"));
    }

    @Test
    void externalLinksGetNoopener() {
        TestSite site = TestSite.minimal(dir).file("content/index.md", "---\ntitle: T\n---\n<https://example.com/a>\n");
        assertEquals(0, site.build().exitCode());
        assertTrue(site.read("index.html").contains("<a href=\"https://example.com/a\">"));
    }

    @Test
    void unknownFrontMatterKeySuggestsTheRightOne() {
        TestSite site = TestSite.minimal(dir).file("content/index.md", "---\ntitle: T\nlayuot: page\n---\nx\n");
        Build.Result result = site.check();
        assertEquals(1, result.exitCode());
        String errors = TestSite.errors(result);
        assertTrue(errors.startsWith("content/index.md:3:1: error: unknown key 'layuot' in page front matter: "
                + "did you mean 'layout'?"), errors);
    }

    @Test
    void yamlSyntaxErrorIsReportedAtTheRealLine() {
        TestSite site = TestSite.minimal(dir).file("content/index.md", "---\ntitle: T\ndate: [2025\n---\nx\n");
        String errors = TestSite.errors(site.check());
        assertTrue(errors.startsWith("content/index.md:3:7: error: the [ list opened here is never closed. "), errors);
    }

    @Test
    void everyMistakeIsReportedInOneRun() {
        TestSite site = TestSite.minimal(dir)
                .file("content/a.md", "---\ntitle: A\n---\nSee [[page:nowhere]].\n")
                .file("content/b.md", "---\ntitle: B\ndate: 2025-02-30\n---\nCited [@missing].\n");
        Build.Result result = site.check();
        String errors = TestSite.errors(result);
        assertTrue(errors.contains("content/a.md:4:5: error: unknown page 'nowhere'"), errors);
        assertTrue(errors.contains("content/b.md:3:1: error: '2025-02-30' is not a valid date"), errors);
        assertTrue(errors.contains("content/b.md:5:7: error: unknown source 'missing'"), errors);
    }

    @Test
    void aValueOfTheWrongTypeInATemplateIsATemplateErrorNotACrash() {
        // Pebble throws a plain NumberFormatException for '-' before text (found by FuzzTest).
        TestSite site = TestSite.minimal(dir)
                .file("templates/page.peb", "<p>{{ -page.title }}</p>\n")
                .file("content/index.md", "---\ntitle: About\n---\nx\n");
        Build.Result result = site.build();
        String errors = TestSite.errors(result);
        assertEquals(1, result.exitCode(), errors);
        assertTrue(errors.contains("templates/page.peb:1: error: template error while rendering content/index.md: "
                + "a text that is not a number (\"About\") was used as a number (by an operator, filter or test in this template, "
                + "or a template it includes: check what it is given)\n"), errors);
        assertFalse(errors.contains("Exception"), errors);

        // The message quotes the value, which differs from page to page: still one error, with the other pages counted.
        site.file("content/about.md", "---\ntitle: Contact\n---\ny\n");
        Build.Result twoPages = site.build();
        String twoErrors = TestSite.errors(twoPages);
        assertEquals(1, twoErrors.lines().filter(line -> line.contains(": error: ")).count(), twoErrors);
        assertTrue(twoErrors.contains("templates/page.peb:1: error: template error while rendering content/about.md (and 1 other "
                + "page): a text that is not a number (\"Contact\") was used as a number"), twoErrors);

        site.file("templates/page.peb", "<p>{{ page.title }}</p>\n").file("templates/feed.xml.peb", "{{ -site.config.title }}\n");
        Build.Result feed = site.build();
        String feedErrors = TestSite.errors(feed);
        assertEquals(1, feed.exitCode(), feedErrors);
        assertTrue(feedErrors.contains("templates/feed.xml.peb:1: error: template error while rendering feed.xml: a text that is "
                + "not a number"), feedErrors);
        assertFalse(feedErrors.contains("Exception"), feedErrors);
    }

    @Test
    void templateErrorNamesTheTemplateAndLine() {
        TestSite site = TestSite.minimal(dir)
                .file("templates/page.peb", "<p>\n{{ page.title }}\n{{ page.nosuchfield }}\n</p>\n")
                .file("content/index.md", "---\ntitle: T\n---\nx\n");
        String errors = TestSite.errors(site.check());
        assertTrue(errors.startsWith("templates/page.peb:3: error: template error while rendering content/index.md"), errors);
    }

    @Test
    void missingLayoutIsAnErrorAtThePage() {
        TestSite site = TestSite.minimal(dir).file("content/index.md", "---\ntitle: T\nlayout: fancy\n---\nx\n");
        String errors = TestSite.errors(site.check());
        assertTrue(errors.contains("content/index.md:3:1: error: no layout 'fancy' (no file templates/fancy.peb): the layouts are page;"), errors);
    }

    @Test
    void checkWritesNothing() {
        TestSite site = TestSite.minimal(dir).file("content/index.md", "---\ntitle: T\n---\nx\n");
        assertEquals(0, site.check().exitCode());
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @Test
    void draftsAreLeftOutUnlessAsked() {
        TestSite site = TestSite.minimal(dir).file("content/index.md", "---\ntitle: T\n---\nx\n")
                .file("content/wip.md", "---\ntitle: W\ndraft: true\n---\nx\n");
        assertEquals(0, site.build().exitCode());
        assertFalse(Files.exists(dir.resolve("site/wip/index.html")));
        Build.Result withDrafts = Build.run(new Build.Options(site.project(), null, true, true));
        assertEquals(0, withDrafts.exitCode());
        assertTrue(Files.exists(dir.resolve("site/wip/index.html")));
    }

    @Test
    void notFoundPageLinksFromTheBasePath() {
        TestSite site = TestSite.minimal(dir)
                .file("content/site.yaml", TestSite.CONFIG.replace("https://example.org/", "https://u.github.io/repo/"))
                .file("content/index.md", "---\ntitle: T\n---\nx\n")
                .file("content/404.md", "---\ntitle: Not found\nurl: 404.html\n---\nGo [home](index.md).\n");
        assertEquals(0, site.build().exitCode());
        assertTrue(site.read("404.html").contains("href=\"/repo/index.html\""), site.read("404.html"));
        assertFalse(site.read("sitemap.xml").contains("404"));
    }

    @Test
    void aMissingKeyIsReportedAtItsOwnEntryNotTheNextOne() {
        TestSite site = TestSite.minimal(dir).file("content/index.md", "---\ntitle: T\n---\nx\n")
                .file("content/data/sources.yaml", "- id: a\n  outlet: A\n  title: T\n  url: https://a.example/\n"
                        + "- id: b\n  outlet: B\n  title: T\n  url: https://b.example/\n  flag: none\n");
        String errors = TestSite.errors(site.check());
        assertTrue(errors.startsWith("content/data/sources.yaml:1:"), errors);
        assertTrue(errors.contains("missing 'flag'"), errors);
    }

    @Test
    void thePreviewServersNextBuildExpandsTheTextsThatDidNotChange() {
        TestSite site = TestSite.minimal(dir)
                .file("content/index.md", "---\ntitle: Home\n---\nA *home* page with a [link](about.md).\n")
                .file("content/about.md", "---\ntitle: About\n---\nAbout this site.\n");
        BuildCache cache = new BuildCache();
        Build.Result first = Build.run(new Build.Options(site.project(), null, false, false, true, cache));
        assertEquals(0, first.exitCode(), TestSite.errors(first));
        assertEquals(0, first.reusedParses());
        site.file("content/about.md", "---\ntitle: About\n---\nAbout this site, edited.\n");
        Build.Result second = Build.run(new Build.Options(site.project(), null, false, false, true, cache));
        assertEquals(0, second.exitCode(), TestSite.errors(second));
        assertEquals(1, second.reusedParses(), "the home page's text, not the edited one");
        assertEquals(first.files().stream().filter(f -> f.path().equals("index.html")).findFirst().orElseThrow().text(),
                second.files().stream().filter(f -> f.path().equals("index.html")).findFirst().orElseThrow().text());
    }
}
