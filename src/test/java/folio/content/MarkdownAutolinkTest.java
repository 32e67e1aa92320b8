package folio.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import org.junit.jupiter.api.Test;

/** Bare addresses become links; texts that cannot hold one skip the autolink pass and lose nothing. */
class MarkdownAutolinkTest {
    private static String html(String markdown) {
        return folio.render.StandaloneHtml.of(folio.site.Markup.of(
                Markdown.parse(markdown, SourcePosition.of("content/a.md", 1), new Diagnostics()).document(), false), "");
    }

    @Test
    void bareUrlsAddressesAndWwwBecomeLinks() {
        assertTrue(html("See https://example.org/x for more.\n").contains("<a href=\"https://example.org/x\">"));
        assertTrue(html("Write to press@example.org today.\n").contains("<a href=\"mailto:press@example.org\">"));
        assertTrue(html("Visit www.example.org today.\n").contains("<a href=\"http://www.example.org\">"));
    }

    @Test
    void textWithoutATriggerIsRenderedAsBefore() {
        String text = "No links here: at 10:30, **bold** and [a link](other.md).\n\n| a | b |\n|---|---|\n| 1 | 2 |\n";
        assertFalse(Markdown.mayHaveAutolinks(text));
        assertEquals("<p>No links here: at 10:30, <strong>bold</strong> and <a href=\"other.md\">a link</a>.</p>\n"
                + "<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n<td>2</td>\n"
                + "</tr>\n</tbody>\n</table>\n", html(text));
    }

    @Test
    void everyTriggerOfTheAutolinkScannerCountsAsOne() {
        assertTrue(Markdown.mayHaveAutolinks("ftp://x"));
        assertTrue(Markdown.mayHaveAutolinks("a@b"));
        assertTrue(Markdown.mayHaveAutolinks("see www.x.org"));
        assertFalse(Markdown.mayHaveAutolinks("time: 10:30, ratio 1:2, path a/b"));
        // Spelled with an entity or an escape, a trigger is not in the source text as such.
        assertTrue(html("Mail a&#64;example.org now.\n").contains("href=\"mailto:a@example.org\""));
        assertTrue(html("See http&#58;//example.org now.\n").contains("href=\"http://example.org\""));
    }
}
