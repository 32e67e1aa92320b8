package folio.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.Build;
import folio.TestSite;
import folio.i18n.Translations;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page's body is let go after assembly and made again for render from its tree as parsed, with
 * the addresses assembly rewrote put back ({@link MarkupTree.Replay}): in a build that parses the
 * text, and in one that resolves the last build's kept parse (expanded without most of its texts).
 */
class BodyReplayTest {
    private static final String PAGE = """
            ---
            title: Page
            ---
            ## Intro [next](next.md)

            See [next](next.md), ![Map](map.png), [home](../index.md), [out](https://example.org/) and [[page:index]].

            Below: `code`, <span>html</span> and *emphasis*.
            """;

    @TempDir
    Path dir;

    @Test
    void linksAndImagesGoWhereAssemblyRewroteThem() {
        TestSite site = site();
        Build.Result first = build(site);
        assertEquals(0, first.exitCode(), TestSite.errors(first));
        String parsed = site.read("guide/page/index.html");
        assertShown(parsed);
        String home = site.read("index.html");
        assertTrue(home.contains("#intro-next</main>"), home);
        // The first build into a folder keeps no parses: the second does, for the third.
        assertEquals(0, build(site).exitCode());
        // A new title renders the page again; its body, unchanged, comes from the kept parse.
        site.file("content/guide/page.md", PAGE.replace("title: Page", "title: Page two"));
        Build.Result again = build(site);
        assertEquals(0, again.exitCode(), TestSite.errors(again));
        assertTrue(again.reusedParses() > 0, "the page's text came from the last build's parse");
        String kept = site.read("guide/page/index.html");
        assertEquals(parsed.replace("Page<", "Page two<"), kept);
        assertEquals(home.replace("Page<", "Page two<"), site.read("index.html"), "another page reads the heading from the tree let go");
    }

    private static void assertShown(String html) {
        for (String expected : new String[] {"<h2 id=\"intro-next\">Intro <a href=\"../../guide/next/index.html\">next</a></h2>",
                "See <a href=\"../../guide/next/index.html\">next</a>, <img src=\"../../guide/map.png\" alt=\"Map\" />, "
                        + "<a href=\"../../index.html\">home</a>, <a href=\"https://example.org/\">out</a>",
                "<code>code</code>, &lt;span&gt;html&lt;/span&gt; and <em>emphasis</em>", "#intro-next</main>"}) {
            assertTrue(html.contains(expected), expected + "\n" + html);
        }
    }

    /** Into site/, as the command line builds: the next build finds this one's parses there. */
    private static Build.Result build(TestSite site) {
        return Build.run(new Build.Options(site.project(), null, false, true, false, null, Translations.Policy.STRICT));
    }

    private TestSite site() {
        // Whether the page has the heading is read from the tree resolved in assembly.
        return TestSite.minimal(dir)
                .file("templates/page.peb", TestSite.BASE_TEMPLATE.replace("</main>",
                        "{{ site.page('guide/page').fragment('intro-next') }}</main>"))
                .file("content/index.md", "---\ntitle: Home\n---\nSee [[page:guide/page#intro-next]].\n")
                .file("content/guide/page.md", PAGE)
                .file("content/guide/next.md", "---\ntitle: Next\n---\nNext.\n")
                .file("content/guide/map.png", "not really a picture");
    }
}
