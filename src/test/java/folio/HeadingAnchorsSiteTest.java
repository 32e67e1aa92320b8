package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every heading of a text has one anchor, the same in the page's HTML, in links into the page and
 * in a layout that shows the text in parts (the home, map and point layouts split it at a heading).
 */
class HeadingAnchorsSiteTest {
    @TempDir
    Path dir;

    private static final String IN_PARTS = """
            {% extends "page" %}{% block content %}<div>{{ page.contentHtmlBefore('middle') | raw }}</div>\
            <div>{{ page.contentHtmlFrom('middle') | raw }}</div>{% endblock %}
            """;

    @Test
    void aTextShownInPartsKeepsTheAnchorsItHasWhole() {
        TestSite site = TestSite.minimal(dir).file("templates/parts.peb", IN_PARTS)
                .file("content/index.md", "---\ntitle: Home\nlayout: parts\n---\n## Notes\n\nA.\n\n## Notes\n\nB.\n\n"
                        + "## Middle\n\nC.\n\n## Notes\n\nD.\n\n## Notes\n\nE.\n")
                .file("content/about.md", "---\ntitle: About\n---\nSee [two](index.md#notes-1) and [four](index.md#notes-3).\n");
        Build.Result result = site.build();
        assertEquals("", TestSite.errors(result));
        String home = site.read("index.html");
        // Each part used to count its headings anew: four id="notes" on one page.
        assertTrue(home.contains("<h2 id=\"notes\">Notes</h2>\n<p>A.</p>\n<h2 id=\"notes-1\">Notes</h2>"), home);
        assertTrue(home.contains("<h2 id=\"notes-2\">Notes</h2>\n<p>D.</p>\n<h2 id=\"notes-3\">Notes</h2>"), home);
    }

    @Test
    void aHeadingInAQuoteOrAListHasTheAnchorItsPageGivesIt() {
        TestSite site = TestSite.minimal(dir)
                .file("content/index.md", "---\ntitle: Home\n---\n> ## Notes\n>\n> Quoted.\n\n- ## Notes\n\n## Notes\n\nText.\n")
                .file("content/about.md", "---\ntitle: About\n---\nSee [the last](index.md#notes-2) and [[page:index#notes-1]].\n");
        Build.Result result = site.build();
        assertEquals("", TestSite.errors(result));
        String home = site.read("index.html");
        assertTrue(home.contains("<h2 id=\"notes-2\">Notes</h2>"), home);
        String about = site.read("about/index.html");
        assertTrue(about.contains("href=\"../index.html#notes-2\""), about);
        // [[page:index#...]] led to the anchor on the page that links: the home page's address is "".
        assertTrue(about.contains("href=\"../index.html#notes-1\""), about);
    }

    @Test
    void headingsThatWouldShareAnAnchorAreErrorsAtTheLaterOne() {
        TestSite site = TestSite.minimal(dir).file("content/index.md", """
                ---
                title: Home
                ---
                ## Notes

                ## Notes

                ## Notes 1

                ## Intro {#method}

                ## Method

                ## Summary

                ## Overview {#summary}
                """);
        Build.Result result = site.build();
        assertEquals(1, result.exitCode());
        String errors = TestSite.errors(result);
        assertTrue(errors.startsWith("content/index.md:8:1: error: this heading's anchor would be '#notes-1', which the heading at "
                + "line 6, numbered as a repeat of an earlier heading of the same words, already has: a link to #notes-1 would "
                + "land on that one, and the page would not be valid HTML; give this heading an anchor of its own by ending it "
                + "with {#another-id}, or reword it\n"), errors);
        assertTrue(errors.contains("content/index.md:12:1: error: this heading's anchor would be '#method', which the heading at "
                + "line 10, which gives itself {#method}, already has"), errors);
        assertTrue(errors.contains("content/index.md:16:1: error: this heading's anchor would be '#summary', which the heading "
                + "at line 14 already has"), errors);
        assertEquals(3, errors.lines().count(), errors);
    }
}
