package folio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlainTextTest {
    private static final String HTML = "<h2 id=\"a\">Heading</h2>\n<p>One &amp; two<br>three "
            + "<span class=\"term-pop\" id=\"term-pop-1\" popover><button>x</button>definition</span>four five</p>"
            + "<ul><li>six</li><li>seven</li></ul>";

    @Test
    void dropsTagsAndPopoversAndDecodesEntities() {
        assertEquals("Heading One & two three four five six seven", PlainText.of(HTML));
    }

    /** A theme names its popovers as it likes: the popover attribute marks them, nested elements and all. */
    @Test
    void anyPopoverIsDroppedWhateverItsClassAndContent() {
        String html = "<p>Donbas<button type=\"button\" popovertarget=\"d1\">?</button>"
                + "<div class='gloss' id=d1 popover=auto><div><b>Donbas:</b> an <span>area</span></div> of coal</div>"
                + " is a region <span title=\"a popover word\">in the east</span></p>";
        assertEquals("Donbas is a region in the east", PlainText.of(html));
    }

    @Test
    void aLimitStopsJustPastItWithTheSameStart() {
        String whole = PlainText.of(HTML);
        for (int limit = 0; limit < whole.length() + 3; limit++) {
            String part = PlainText.of(HTML, limit);
            assertTrue(whole.startsWith(part), "limit " + limit + ": " + part);
            if (whole.length() > limit) {
                // Past the limit (so a caller knows to cut), by at most a space and one character.
                assertTrue(part.length() > limit && part.length() <= limit + 2, "limit " + limit + ": " + part);
            } else {
                assertEquals(whole, part);
            }
        }
    }

    @Test
    void footnoteNumbersAndBackLinksAreNotText() {
        String html = "<p>A claim.<sup class=\"footnote-ref\"><a href=\"#fn-n\" id=\"fnref-n\" data-footnote-ref>1</a></sup></p>"
                + "<section class=\"footnotes\"><ol><li id=\"fn-n\"><p>The note. <a href=\"#fnref-n\" class=\"footnote-backref\" "
                + "data-footnote-backref data-footnote-backref-idx=\"1\" aria-label=\"Back to reference 1\">\u21a9</a></p></li></ol></section>";
        assertEquals("A claim. The note.", PlainText.of(html));
    }

    @Test
    void noSpaceIsLeftWhereACitationBeforePunctuationWasDropped() {
        assertEquals("Troops stay where they are. Then (later), more; done: yes!", PlainText.of("<p>Troops stay where they are . Then (later ) , more ; done : yes !</p>"));
    }

    /** Quotes in code are shown straight, as the typographer leaves them in code on the page; so are {@code &#x22;} and {@code &#x27;}. */
    @Test
    void quotesInCodeAndWrittenAsHexadecimalReferencesAreStraight() {
        PlainText.Shown shown = PlainText.shown("<p>say <code>&quot;hi&quot;</code>, <kbd>&#39;</kbd> &#x22;x&#x22; and &quot;bye&quot;</p>"
                + "<pre><code class=\"language-sh\">echo &quot;a&quot;\n</code></pre>", Integer.MAX_VALUE);
        assertEquals("say \"hi\", ' \"x\" and \"bye\" echo \"a\"", shown.text());
        assertEquals(java.util.List.of(4, 7, 10, 12, 14, 31, 33), shown.straight());
        assertEquals("say \"hi\", ' \"x\" and “bye” echo \"a\"", Typographer.text(shown, "en"));
        assertEquals("say «hi» і «bye»", Typographer.text(PlainText.shown("<p>say &quot;hi&quot; і &quot;bye&quot;</p>", 100), "uk"));
        assertEquals("\"say \\u0022hi\\u0022, ' \\u0022x\\u0022 and \\\"bye\\\" echo \\u0022a\\u0022\"",
                Json.quote(shown).replace("\\u0027", "'"));
    }
}
