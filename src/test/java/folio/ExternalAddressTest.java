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
        assertTrue(html.contains("<a href=\"https://example.org/a%20b\" rel=\"noopener\">a</a>"), html);
        assertTrue(html.contains("<a href=\"https://example.org/a%22onclick=x\" rel=\"noopener\">q</a>"), html);
        assertTrue(html.contains("<a href=\"https://example.org/r%20x\" rel=\"noopener\">r</a>"), html);
        assertTrue(html.contains("<a href=\"mailto:a%20b@example.org\" rel=\"noopener\">m</a>"), html);
        assertTrue(html.contains("<a href=\"https://example.org/%7Ba%7D%7C%5E?q=1%20&amp;r=é#f\" rel=\"noopener\">o</a>"),
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

    @Test
    void writtenKeepsWhatAUrlHoldsAndEncodesTheRest() {
        String plain = "https://example.org/a-b_c.d~e/f?g=h&i=%20j#k:l@m!$'()*+,;=é";
        assertTrue(plain == LinkUrls.written(plain), "a URL with nothing to encode is returned as it is");
        assertEquals("https://x.org/%20%22%3C%3E%60%7B%7D%7C%5E%09%7F", LinkUrls.written("https://x.org/ \"<>`{}|^\t\u007F"));
    }
}
