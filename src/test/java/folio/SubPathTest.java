package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real site built for a GitHub Pages project site resolves every link under /repo/. */
class SubPathTest {
    private static final String BASE = "https://example.github.io/repo/";

    @TempDir
    Path work;

    @Test
    void everyLinkAssetFeedAndSitemapEntryStaysUnderTheSubPath() throws Exception {
        Build.Result result = Build.run(new Build.Options(
                Project.of(Path.of(""), Path.of("content"), Path.of("templates"), work.resolve("site")), BASE, false, true));
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        Set<String> published = new HashSet<>();
        try (var walk = Files.walk(work.resolve("site"))) {
            walk.filter(Files::isRegularFile).forEach(f -> published.add("/repo/" + work.resolve("site").relativize(f).toString().replace('\\', '/')));
        }
        List<String> broken = new ArrayList<>();
        for (RenderedFile file : result.files()) {
            if (!file.path().endsWith(".html")) {
                continue;
            }
            // 404.html is served at whatever address was missed; its links must work from anywhere.
            URI page = URI.create(file.path().equals("404.html") ? BASE + "deep/missing/path/" : BASE + file.path());
            for (Element element : Jsoup.parse(file.text()).select("a[href], link[href], script[src], img[src], form[action]")) {
                String target = element.hasAttr("href") ? element.attr("href") : element.hasAttr("src") ? element.attr("src") : element.attr("action");
                if (target.isEmpty() || target.startsWith("#") || target.startsWith("mailto:")) {
                    continue;
                }
                URI resolved = page.resolve(target);
                if (!"example.github.io".equals(resolved.getHost())) {
                    continue;
                }
                String path = resolved.getPath();
                if (path.endsWith("/")) {
                    path = path + "index.html";
                }
                if (!path.startsWith("/repo/") || !published.contains(path)) {
                    broken.add(file.path() + " -> " + target + " (" + path + ")");
                }
            }
        }
        assertEquals(List.of(), broken);
        for (String generated : List.of("sitemap.xml", "feed.xml")) {
            Matcher matcher = Pattern.compile("(?:<loc>|href=\")(https?://[^<\"]+)").matcher(Files.readString(work.resolve("site").resolve(generated)));
            int count = 0;
            while (matcher.find()) {
                count++;
                assertTrue(matcher.group(1).startsWith(BASE), generated + ": " + matcher.group(1));
                String path = URI.create(matcher.group(1)).getPath();
                path = path.endsWith("/") ? path + "index.html" : path;
                assertTrue(published.contains(path), generated + ": " + matcher.group(1) + " is not published");
            }
            assertTrue(count > 0, generated);
        }
    }

    /**
     * A ' or & in the base path is written escaped in 404.html's links (&#39;, &amp;): they are its
     * own links, not root-relative ones. The build failed, blaming templates/404.peb.
     */
    @Test
    void aBasePathWithCharactersTheHtmlEscapesIsThe404PagesOwn() throws Exception {
        Build.Result result = Build.run(new Build.Options(Project.of(Path.of(""), Path.of("content"), Path.of("templates"),
                work.resolve("site")), "https://example.github.io/o'brien&co/", false, true));
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        assertTrue(Files.readString(work.resolve("site/404.html")).contains("href=\"/o&#39;brien&amp;co/"));
    }

    @Test
    void aRootRelativeLinkInATemplateFailsTheBuild(@TempDir Path dir) {
        TestSite site = TestSite.minimal(dir)
                .file("templates/page.peb", "<!DOCTYPE html>\n<html lang=\"en\"><head><title>x</title>\n"
                        + "<link rel=\"stylesheet\" href=\"/style.css\"></head><body><h1>x</h1></body></html>\n")
                .file("content/index.md", "---\ntitle: T\n---\nx\n");
        Build.Result result = site.check();
        assertEquals(1, result.exitCode());
        String errors = TestSite.errors(result);
        assertTrue(errors.startsWith("templates/page.peb:3:24: error: root-relative link href=\"/style.css\""), errors);
    }
}
