package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The not-found page must be written to 404.html, the only file a static host shows for a missing address. */
class NotFoundPageTest {
    @TempDir
    Path dir;

    private static final String INDEX = "---\ntitle: Home\n---\nText.\n";

    @Test
    void aNotFoundPageWithoutItsUrlIsAnErrorAtItsFrontMatter() {
        Build.Result result = TestSite.minimal(dir).file("content/index.md", INDEX)
                .file("content/404.md", "---\ntitle: Not found\n---\nNo page here.\n").build();
        assertEquals(1, result.exitCode());
        assertEquals("content/404.md:1: error: the not-found page is written to '404/', but a static host shows only 404.html "
                + "for an address it does not have: add url: 404.html to its front matter\n", TestSite.errors(result));
    }

    @Test
    void aPageOfThe404LayoutWithAnotherUrlIsToldAtItsUrl() {
        Build.Result result = TestSite.minimal(dir).file("content/index.md", INDEX)
                .file("content/missing.md", "---\ntitle: Not found\nlayout: \"404\"\nurl: missing.html\n---\nNo page here.\n")
                .file("templates/404.peb", "{% extends \"page\" %}").build();
        assertEquals(1, result.exitCode());
        assertEquals("content/missing.md:4:1: error: the not-found page is written to 'missing.html', but a static host shows "
                + "only 404.html for an address it does not have: write url: 404.html\n", TestSite.errors(result));
    }

    @Test
    void aNotFoundPageAt404HtmlBuilds() {
        TestSite site = TestSite.minimal(dir).file("content/index.md", INDEX)
                .file("content/404.md", "---\ntitle: Not found\nurl: 404.html\n---\nNo page here.\n");
        assertEquals(0, site.build().exitCode());
    }
}
