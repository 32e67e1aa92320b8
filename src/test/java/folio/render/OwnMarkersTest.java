package folio.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.content.Markdown;
import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import org.junit.jupiter.api.Test;

/** A list whose items carry their own markers ("(a) ") is drawn with one marker each, not a bullet as well. */
class OwnMarkersTest {
    private static String html(String markdown) {
        return StandaloneHtml.of(folio.site.Markup.of(
                Markdown.parse(markdown, SourcePosition.of("content/a.md", 1), new Diagnostics()).document(), false), "");
    }

    @Test
    void aListLetteredInEveryItemHasTheClassThatDropsItsBullets() {
        assertTrue(html("- (a) Crimea;\n- (b) Kherson **frozen**;\n").startsWith("<ul class=\"own-markers\">\n<li>(a) Crimea;</li>"));
        assertTrue(html("- (а) Крим;\n- (б) Херсон;\n- (в) інші;\n- (г) Донецьк.\n").startsWith("<ul class=\"own-markers\">"));
        assertTrue(html("- (1) one\n- (2) two\n").startsWith("<ul class=\"own-markers\">"));
    }

    @Test
    void anOrdinaryListKeepsItsBullets() {
        assertTrue(html("- (a) lettered\n- not lettered\n").startsWith("<ul>\n"));
        assertTrue(html("- (Reuters) said\n- (b) x\n").startsWith("<ul>\n"));
        assertTrue(html("- plain\n").startsWith("<ul>\n"));
        assertTrue(html("1. (a) numbered already\n2. (b) too\n").startsWith("<ol>\n"));
    }
}
