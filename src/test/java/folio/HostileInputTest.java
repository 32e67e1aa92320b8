package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile text in every field never reaches the output as markup: no script (but JSON-LD), no
 * on* attribute, no href or src with a scheme other than http, https or mailto. Hostile URLs
 * are build errors. Checked with jsoup on the built HTML.
 */
class HostileInputTest {
    private static final String PAYLOAD = "<script>alert(1)</script><img src=x onerror=alert(2)>"
            + "<a href=\"javascript:alert(3)\" onclick=\"alert(4)\">x</a><svg onload=alert(5)>"
            + "<iframe src=\"data:text/html,<script>alert(6)</script>\"></iframe>";

    @TempDir
    Path dir;

    private static String yaml(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Test
    void hostileTextInEveryFieldIsEscaped() throws IOException {
        String q = yaml(PAYLOAD);
        TestSite site = TestSite.minimal(dir)
                .file("content/site.yaml", TestSite.CONFIG.replace("title: Test site", "title: " + q))
                .file("content/index.md", "---\ntitle: " + q + "\ndescription: " + q + "\n---\n" + PAYLOAD
                        + "\n\n<div onmouseover=\"alert(7)\">raw block</div>\n\n*emphasis <b onclick=x>b</b>*\n\n"
                        + "[label <script>alert(8)</script>](https://example.org/ok) [[page:about|x\" onclick=\"alert(10) &amp; 'y]]\n\n"
                        + "A claim [@src-a].\n\n```\n" + PAYLOAD + "\n```\n")
                .file("content/about.md", "---\ntitle: About\n---\nAbout.\n")
                .file("content/who.md", "---\ntitle: Who\nlists: [actors, reactions, terms, sources]\n---\n")
                .file("content/data/sources.yaml", "- id: src-a\n  outlet: " + q + "\n  title: " + q
                        + "\n  url: https://example.org/a?q='onmouseover=alert(9)\n  flag: none\n  note: " + q + "\n")
                .file("content/data/actors.yaml", "- id: alice\n  name: " + q + "\n  role: " + q
                        + "\n  kind: person\n  group: other\n  description: " + q + "\n")
                .file("content/data/reactions.yaml", "- id: alice-1\n  actor: alice\n  date: 2025-11-21\n  subject: draft\n  stance: support\n"
                        + "  summary: " + q + "\n  quote:\n    text: " + q + "\n    source: src-a\n  sources: [src-a]\n")
                .file("content/data/terms.yaml", "- id: donbas\n  term: " + q + "\n  definition: " + q
                        + "\n  sources: [src-a]\n")
                .file("templates/page.peb", """
                        <!DOCTYPE html>
                        <html lang="en"><head><meta charset="utf-8"><title>{{ page.title }}</title>
                        <meta name="description" content="{{ page.description }}"></head>
                        <body><header>{{ site.config.title }}</header><main>{{ page.contentHtml | raw }}
                        {% for a in site.actors %}<p title="{{ a.name }}">{{ a.name }} {{ a.role }} {{ a.descriptionHtml | raw }}</p>{% endfor %}
                        {% for r in site.reactions %}<p>{{ r.summaryHtml | raw }} <q>{{ r.quote.text }}</q></p>{% endfor %}
                        {% for t in site.terms %}<p>{{ t.term }} {{ t.definitionHtml | raw }}</p>{% endfor %}
                        {% for s in site.sources %}<p id="{{ s.anchor }}"><a href="{{ s.url }}" rel="noopener">{{ s.title }}</a> {{ s.outlet }}</p>{% endfor %}
                        {{ references() }}</main></body></html>
                        """);
        Build.Result result = site.build();
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        int pages = assertSafe(dir.resolve("site"));
        assertTrue(pages >= 3);
        String home = site.read("index.html");
        assertTrue(home.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the payload is shown as text");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](&#x6A;avascript&#58;alert(1))",
        "[x](java&#x09;script:alert(1))",
        "[x](<java script:alert(1)>)",
        "[x](%20javascript:alert(1))",
        "[x](vbscript:msgbox(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![x](data:image/svg+xml,<svg onload=alert(1)>)",
        "![x](javascript:alert(1))",
        "<javascript:alert(1)>",
        "<vbscript:alert(1)>",
        "[x][ref]\n\n[ref]: javascript:alert(1)",
        "[x][ref]\n\n[ref]: jAvAsCrIpT:alert(1) \"title\"",
        "![x][img]\n\n[img]: data:image/png;base64,AAAA",
        "[x](\u0001javascript:alert(1))",
        "[x](file:///etc/passwd)",
    })
    void hostileMarkdownUrlsAreErrorsOrNeverPublished(String markdown) throws IOException {
        TestSite site = TestSite.minimal(dir).file("content/index.md", "---\ntitle: Home\n---\n" + markdown + "\n");
        Build.Result result = site.build();
        if (result.ok()) {
            assertSafe(dir.resolve("site"));
        } else {
            assertEquals(1, result.exitCode());
            String errors = TestSite.errors(result);
            // At the line that writes the address: a reference definition's, else the link's.
            List<String> lines = markdown.lines().toList();
            int written = java.util.stream.IntStream.range(0, lines.size())
                    .filter(i -> lines.get(i).matches("\\[[^\\]]+\\]: .*")).findFirst().orElse(0);
            assertTrue(errors.startsWith("content/index.md:" + (4 + written) + ":"), errors);
            assertTrue(errors.contains("unsafe link") || errors.contains("leaves the content folder")
                    || errors.contains("no page") || errors.contains("no file")
                    || errors.contains("no web page may hold it") || errors.contains("is shown as text"), errors);
            assertFalse(Files.exists(dir.resolve("site")), "a failed build writes nothing");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JAVASCRIPT:alert(1)", " javascript:alert(1)",
        "data:text/html,x", "vbscript:x", "//evil.example/x", "ftp://example.org/x", "java\tscript:alert(1)",
        "https://example.org/\"><script>alert(1)</script>"})
    void hostileSourceUrlsAreErrors(String url) {
        TestSite site = TestSite.minimal(dir).file("content/index.md", "---\ntitle: Home\n---\nClaim [@src-a].\n")
                .file("content/data/sources.yaml", "- id: src-a\n  outlet: Outlet\n  title: Title\n  url: "
                        + yaml(url) + "\n  flag: none\n");
        Build.Result result = site.build();
        assertEquals(1, result.exitCode(), url);
        assertTrue(TestSite.errors(result).startsWith("content/data/sources.yaml:4:3: error: source url"),
                TestSite.errors(result));
    }

    /**
     * An external link opens in the same tab (no target), where rel="noopener" changes nothing: the page's
     * weight no longer carries it (about 1 K on a page of sources); assertSafe still asks for it beside a target.
     */
    @Test
    void externalMarkdownLinksOpenInTheSameTabWithoutRel() throws IOException {
        TestSite site = TestSite.minimal(dir).file("content/index.md",
                "---\ntitle: Home\n---\n[a](https://example.org/) <https://example.com/x> https://example.net/y "
                        + "[m](mailto:a@example.org)\n");
        assertEquals(0, site.build().exitCode());
        Document document = Jsoup.parse(site.read("index.html"));
        List<Element> external = document.select("a[href^=http]");
        assertEquals(3, external.size(), document.body().html());
        for (Element link : external) {
            assertFalse(link.hasAttr("rel") || link.hasAttr("target"), link.outerHtml());
        }
    }

    /** Every HTML file under root passes the output safety rules; returns how many were checked. */
    static int assertSafe(Path root) throws IOException {
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(root)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).toList();
        }
        for (Path page : pages) {
            Document document = Jsoup.parse(Files.readString(page));
            String where = root.relativize(page).toString();
            for (Element script : document.select("script")) {
                boolean jsonLd = script.attr("type").equals("application/ld+json");
                boolean local = script.hasAttr("src") && safeUrl(script.attr("src")) && !external(script.attr("src"));
                assertTrue(jsonLd || local, where + ": " + script.outerHtml());
            }
            for (Element element : document.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    String name = attribute.getKey().toLowerCase(Locale.ROOT);
                    assertFalse(name.startsWith("on"), where + ": event handler " + element.outerHtml());
                    if (List.of("href", "src", "action", "formaction", "srcset", "poster", "data", "xlink:href")
                            .contains(name)) {
                        assertTrue(safeUrl(attribute.getValue()), where + ": unsafe " + name + " in " + element.outerHtml());
                    }
                }
                // A link that opens a new tab or window must not hand it this page (window.opener).
                if (element.hasAttr("target") && !element.attr("target").equalsIgnoreCase("_self")) {
                    assertTrue(element.attr("rel").matches("(?i).*\\bno(opener|referrer)\\b.*"), where + ": " + element.outerHtml());
                }
                assertFalse(List.of("iframe", "object", "embed", "base", "form").contains(element.tagName()),
                        where + ": " + element.outerHtml());
            }
        }
        return pages.size();
    }

    private static boolean external(String url) {
        return url.startsWith("//") || url.matches("(?i)^https?:.*");
    }

    static boolean safeUrl(String url) {
        String cleaned = url.replaceAll("[\\x00-\\x20\\x7F]", "").toLowerCase(Locale.ROOT);
        int colon = cleaned.indexOf(':');
        int slash = cleaned.indexOf('/');
        int question = cleaned.indexOf('?');
        int hash = cleaned.indexOf('#');
        boolean hasScheme = colon >= 0 && (slash < 0 || colon < slash) && (question < 0 || colon < question)
                && (hash < 0 || colon < hash);
        if (!hasScheme) {
            return true;
        }
        String scheme = cleaned.substring(0, colon);
        return scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto");
    }
}
