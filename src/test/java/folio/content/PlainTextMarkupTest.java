package folio.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Which menu labels and interface strings hold markup that would show as typed, and which are only words. */
class PlainTextMarkupTest {

    @Test
    void markupIsFound() {
        assertEquals("<b>", PlainTextMarkup.in("<b>About</b>"));
        assertEquals("</i>", PlainTextMarkup.in("About</i>"));
        assertEquals("<script src=x.js>", PlainTextMarkup.in("<script src=x.js>"));
        assertEquals("<br>", PlainTextMarkup.in("Line<br>break"));
        assertEquals("<br/>", PlainTextMarkup.in("Line<br/>break"));
        assertEquals("**", PlainTextMarkup.in("**{n}** points"));
        assertEquals("**", PlainTextMarkup.in("Про **нас**"));
        assertEquals("](", PlainTextMarkup.in("[About](about.md)"));
    }

    @Test
    void wordsThatLookLikeMarkupAreText() {
        assertNull(PlainTextMarkup.in("Q&A"));
        assertNull(PlainTextMarkup.in("<3"));
        assertNull(PlainTextMarkup.in("a < b > c"));
        assertNull(PlainTextMarkup.in("Press <Enter> to search"));
        assertNull(PlainTextMarkup.in("folio new <name>"));
        assertNull(PlainTextMarkup.in("List<String>"));
        assertNull(PlainTextMarkup.in("5 ** 2"));
        assertNull(PlainTextMarkup.in("** estimated"));
        assertNull(PlainTextMarkup.in("Питання й відповіді ** (оцінка) **"));
    }
}
