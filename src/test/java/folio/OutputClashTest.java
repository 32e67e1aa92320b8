package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A page's url may name a path folio writes for something else: a provision's page (which it
 * silently replaced), or a file it generates or copies, as a folder (which failed as a write error).
 */
class OutputClashTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "provisions/1/|this page and content/data/provisions/01.md both write provisions/1/index.html",
            "sitemap.xml/|site/sitemap.xml/index.html needs a folder sitemap.xml where folio writes the file site/sitemap.xml",
            "feed.xml/x.html|site/feed.xml/x.html needs a folder feed.xml where folio writes the file site/feed.xml",
            "style.css/|site/style.css/index.html needs a folder style.css where folio writes the file site/style.css (copied from templates/static/style.css)",
            "data/sources.json/|site/data/sources.json/index.html needs a folder data/sources.json where folio writes the file site/data/sources.json"})
    void aPageThatWouldOverwriteOrUnfoldAnotherFileIsAnErrorAtThePage(String url, String message) throws Exception {
        TestSite site = TestSite.minimal(dir)
                .file("content/index.md", "---\ntitle: Home\n---\nSee [[provision:1]] [@wire].\n")
                .file("content/news.md", "---\ntitle: News\nurl: " + url + "\n---\nNews.\n")
                .file("content/sources.md", "---\ntitle: Sources\nlists: sources\nlayout: sources\n---\n")
                .file("templates/sources.peb", "<html><body>{% for s in site.sources %}<p id=\"{{ s.anchor }}\">{{ s.title }}</p>"
                        + "{% endfor %}</body></html>")
                .file("content/data/sources.yaml", "- id: wire\n  outlet: Wire\n  title: A headline\n"
                        + "  url: https://wire.example/a\n  flag: none\n")
                .file("content/data/themes.yaml", "- id: land\n  name: Land\n  description: Land.\n")
                .file("content/data/provisions/01.md", "---\nnumber: 1\ntitle: Territory\ntheme: land\n"
                        + "summary: Land [@wire].\nsources: [wire]\n---\nText.\n")
                .file("templates/provision.peb", TestSite.BASE_TEMPLATE)
                .file("templates/static/style.css", "body {}\n");
        Build.Result result = site.build();
        String errors = TestSite.errors(result);
        assertEquals(1, result.exitCode(), errors);
        assertTrue(errors.contains("content/news.md:1: error: " + message), errors);
        assertFalse(errors.contains("cannot write"), errors);
        assertFalse(Files.exists(dir.resolve("site")));
    }
}
