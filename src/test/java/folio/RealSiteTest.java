package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.project.Project;
import folio.render.RenderedFile;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Builds the real content/ and templates/ and checks every page of the result. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealSiteTest {
    /** The second build's folder; JUnit deletes it after the class. */
    @org.junit.jupiter.api.io.TempDir
    static Path work;
    private Build.Result result;
    private Map<String, RenderedFile> files;

    @BeforeAll
    void build() {
        result = RealSite.built();
        files = new HashMap<>();
        result.files().forEach(f -> files.put(f.path(), f));
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        List<String> problems = new ArrayList<>();
        for (RenderedFile page : RealSite.pages()) {
            String report = validator.validate(new ByteArrayInputStream(page.bytes()));
            for (String line : report.split("\n")) {
                if (line.contains("error:") || line.contains("fatal:")) {
                    problems.add(page.path() + line);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyInternalLinkAndAnchorResolves() {
        Map<String, Set<String>> ids = new HashMap<>();
        for (RenderedFile page : RealSite.pages()) {
            Document document = Jsoup.parse(page.text());
            ids.put(page.path(), document.select("[id]").stream().map(e -> e.id()).collect(Collectors.toSet()));
        }
        List<String> broken = new ArrayList<>();
        for (RenderedFile page : RealSite.pages()) {
            Document document = Jsoup.parse(page.text());
            for (Element element : document.select("a[href], link[href], script[src], img[src]")) {
                String target = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                if (target.isEmpty() || target.matches("^[a-z]+:.*") || target.startsWith("//")) {
                    continue;
                }
                if (page.path().equals("404.html")) {
                    target = target.replaceFirst("^" + java.util.regex.Pattern.quote(result.site().config().basePath()), "");
                }
                String path = target;
                String fragment = null;
                int hash = target.indexOf('#');
                if (hash >= 0) {
                    path = target.substring(0, hash);
                    fragment = target.substring(hash + 1);
                }
                String resolved = path.isEmpty() ? page.path()
                        : URI.create("https://x/" + page.path()).resolve(path).getPath().substring(1);
                if (resolved.endsWith("/") || resolved.isEmpty()) {
                    resolved = resolved + "index.html";
                }
                boolean exists = files.containsKey(resolved) || Files.exists(RealSite.output().resolve(resolved));
                if (!exists) {
                    broken.add(page.path() + " -> " + target + " (no file)");
                } else if (fragment != null && !fragment.isEmpty() && resolved.endsWith(".html")
                        && !ids.getOrDefault(resolved, Set.of()).contains(fragment)) {
                    broken.add(page.path() + " -> " + target + " (no anchor)");
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void everyPageIsInTheSitemap() {
        String base = result.site().config().baseUrl();
        Set<String> missing = new HashSet<>();
        for (RenderedFile page : RealSite.pages()) {
            if (page.path().equals("404.html")) {
                continue;
            }
            // Each language lists its own pages: uk/about/ is in uk/sitemap.xml.
            String prefix = result.site().config().languages().stream().map(folio.site.Language::prefix)
                    .filter(p -> !p.isEmpty() && page.path().startsWith(p)).findFirst().orElse("");
            String sitemap = files.get(prefix + "sitemap.xml").text();
            String url = base + page.path().replaceFirst("index\\.html$", "");
            if (!sitemap.contains("<loc>" + url + "</loc>")) {
                missing.add(url);
            }
        }
        assertEquals(Set.of(), missing);
    }

    /**
     * The browser gate's weight budget (tools/gates/gates.mjs), checked here too so that `mvn test`
     * names a page that content growth pushed over it before CI's browser step does.
     */
    @Test
    void everyPageStaysWithinTheWeightBudget() throws java.io.IOException {
        List<String> over = new ArrayList<>();
        for (RenderedFile page : RealSite.pages()) {
            long weight = ReactionsWeightTest.weight(page.path(), page.text(), files, Path.of("templates/static"),
                    result.site().config().basePath());
            if (weight > ReactionsWeightTest.BUDGET) {
                over.add(String.format("%s: %.1f K characters", page.path(), weight / 1024.0));
            }
        }
        assertEquals(List.of(), over, "pages over the 100 K characters budget: lower `paginate:` in the"
                + " listing's front matter, or shorten the page");
    }

    @Test
    void everyPageCarriesAContentSecurityPolicyAndOneH1() {
        for (RenderedFile page : RealSite.pages()) {
            Document document = Jsoup.parse(page.text());
            Element csp = document.selectFirst("meta[http-equiv=Content-Security-Policy]");
            assertTrue(csp != null && csp.attr("content").contains("script-src 'self'"), page.path());
            assertEquals(1, document.select("h1").size(), page.path());
        }
    }

    @Test
    void twoBuildsAreByteIdentical() throws Exception {
        Path second = work.resolve("second");
        Build.Result again = Build.run(new Build.Options(
                Project.of(Path.of(""), Path.of("content"), Path.of("templates"), second), null, false, true));
        assertEquals(0, again.exitCode());
        try (Stream<Path> a = Files.walk(RealSite.output()); Stream<Path> b = Files.walk(second)) {
            List<Path> left = a.filter(Files::isRegularFile).map(p -> RealSite.output().relativize(p)).sorted().toList();
            List<Path> right = b.filter(Files::isRegularFile).map(second::relativize).sorted().toList();
            assertEquals(left, right);
            for (Path file : left) {
                assertTrue(java.util.Arrays.equals(Files.readAllBytes(RealSite.output().resolve(file)),
                        Files.readAllBytes(second.resolve(file))), file.toString());
            }
        }
    }
}
