package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.content.LinkUrls;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An address off the site written in {@code <...>} or in a reference definition may hold a space, a
 * quotation mark or an angle bracket, which CommonMark keeps: the href is written with them
 * percent-encoded, so the page stays valid HTML and the browser asks for the same address.
 */
class ExternalAddressTest {
    @TempDir
    Path dir;

    @Test
    void charactersNoUrlHoldsArePercentEncodedInTheHref() {
        TestSite site = TestSite.minimal(dir).file("content/index.md", """
                ---
                title: T
                ---
                See [a](<https://example.org/a b>), [q](<https://example.org/a"onclick=x>),
                [r][ref], [m](<mailto:a b@example.org>) and [o](https://example.org/{a}|^?q=1%20&r=é#f).

                [ref]: <https://example.org/r x>
                """);
        Build.Result result = site.build();
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        String html = site.read("index.html");
        assertTrue(html.contains("<a href=\"https://example.org/a%20b\">a</a>"), html);
        assertTrue(html.contains("<a href=\"https://example.org/a%22onclick=x\">q</a>"), html);
        assertTrue(html.contains("<a href=\"https://example.org/r%20x\">r</a>"), html);
        assertTrue(html.contains("<a href=\"mailto:a%20b@example.org\">m</a>"), html);
        assertTrue(html.contains("<a href=\"https://example.org/%7Ba%7D%7C%5E?q=1%20&amp;r=é#f\">o</a>"),
                html);
    }

    /** Pages allow only the site's own images (the theme's Content-Security-Policy): one from elsewhere would show broken. */
    @Test
    void anImageFromAnotherSiteIsAnErrorAtItsPlace() {
        TestSite site = TestSite.minimal(dir).file("content/index.md", """
                ---
                title: T
                ---
                A map: ![map](<https://example.org/m p.png>) and a link to it, [map](https://example.org/m.png).
                """);
        Build.Result result = site.build();
        assertEquals(1, result.exitCode());
        assertEquals("content/index.md:4:8: error: image 'https://example.org/m p.png' is on another site, and pages show "
                + "only the site's own images: save the picture under content/ (like content/images/map.png) and write its path\n",
                TestSite.errors(result));
    }

    /**
     * Browsers read a backslash in an http(s) address's host or path as / (https://example.org\\evil.net/ leads to
     * example.org/evil.net/), so neither keeping it nor %5C is the address as it reads: an error at its place, in a
     * Markdown link (written \\\\ or as a lone \\ CommonMark keeps), a reference definition and a source's url.
     * In a query or fragment browsers keep it, so there it is percent-encoded like the characters above.
     */
    @Test
    void aBackslashBeforeTheQueryIsAnErrorAtItsPlaceAndEncodedAfterIt() {
        TestSite site = TestSite.minimal(dir).file("content/index.md", """
                ---
                title: T
                ---
                See [a](https://example.org\\\\evil.net/) and [b](<https://example.org/a\\b c>) and [r][ref] [@s].
                Kept: [q](https://example.org/x?p=a\\\\b#c\\\\d).

                [ref]: https:\\\\example.org
                """).file("content/data/sources.yaml", """
                - id: s
                  outlet: Outlet
                  title: Title
                  url: https://example.org\\news/a.html
                  flag: none
                """);
        Build.Result result = site.build();
        assertEquals(1, result.exitCode());
        String tail = ": it holds a backslash \\, which browsers read as / in a web address, so the link would lead "
                + "elsewhere than it reads: write / if a folder is meant, or %5C for a backslash that is part of the address\n";
        assertEquals("content/data/sources.yaml:4:3: error: source url 'https://example.org\\news/a.html'" + tail
                + "content/index.md:4:5: error: link 'https://example.org\\evil.net/'" + tail
                + "content/index.md:4:45: error: link 'https://example.org/a\\b c'" + tail
                + "content/index.md:7:1: error: link 'https:\\example.org'" + tail,
                TestSite.errors(result));
        assertEquals("https://x.org/a?b=%5C#%5C", LinkUrls.written("https://x.org/a?b=\\#\\"));
    }

    /**
     * A relative link written with Windows' separator ([a](guides\\intro.md)) was told "no page content/guides\\intro.md
     * exists", which sends the editor looking for a missing file: no file may have \\ in its name, so it is told what to write.
     */
    @Test
    void aBackslashInARelativeLinkIsToldToBeASlash() {
        TestSite site = TestSite.minimal(dir).file("content/guides/intro.md", "---\ntitle: Intro\n---\nIntro.\n")
                .file("content/index.md", """
                        ---
                        title: T
                        ---
                        See [a](guides\\\\intro.md#top) and ![m](<img\\map.png>).
                        """);
        Build.Result result = site.build();
        assertEquals(1, result.exitCode());
        String tail = ", which is no folder separator in a link (it is one on Windows): write / between folders, like ";
        assertEquals("content/index.md:4:5: error: link 'guides\\intro.md#top' has a backslash \\" + tail + "guides/intro.md#top\n"
                + "content/index.md:4:35: error: link 'img\\map.png' has a backslash \\" + tail + "img/map.png\n",
                TestSite.errors(result));
    }

    /** A source's url and original_url go into every citation's href: encoded as a Markdown link's address is. */
    @Test
    void aSourcesAddressIsEncodedAsALinksIs() {
        TestSite site = TestSite.minimal(dir).file("content/index.md", "---\ntitle: T\n---\nA claim [@s].\n")
                .file("content/data/sources.yaml", """
                        - id: s
                          outlet: Outlet
                          title: Title
                          url: https://example.org/a|b^{c}`d?q=e\\f
                          original_url: https://example.org/o|p
                          flag: none
                        """);
        Build.Result result = site.build();
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        folio.site.Source source = result.site().sources().get(0);
        assertEquals("https://example.org/a%7Cb%5E%7Bc%7D%60d?q=e%5Cf", source.url());
        assertEquals("https://example.org/o%7Cp", source.originalUrl());
    }

    @Test
    void writtenKeepsWhatAUrlHoldsAndEncodesTheRest() {
        String plain = "https://example.org/a-b_c.d~e/f?g=h&i=%20j#k:l@m!$'()*+,;=é";
        assertTrue(plain == LinkUrls.written(plain), "a URL with nothing to encode is returned as it is");
        assertEquals("https://x.org/%20%22%3C%3E%60%7B%7D%7C%5E%09%7F", LinkUrls.written("https://x.org/ \"<>`{}|^\t\u007F"));
    }
}
