package folio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlAttributesTest {
    private final List<String> ids = new ArrayList<>();
    private final List<String> hrefs = new ArrayList<>();

    private void scan(String html) {
        HtmlAttributes.idsAndHrefs(html, ids::add, hrefs::add);
    }

    @Test
    void findsIdsAndHrefsInPageOrder() {
        scan("<h2 id=\"one\">A</h2><p><a href=\"#one\">x</a> <span id='two'></span><a class=\"c\" href='/p/#two'>y</a></p>");
        assertEquals(List.of("one", "two"), ids);
        assertEquals(List.of("#one", "/p/#two"), hrefs);
    }

    @Test
    void readsSpacesAroundTheEqualsSignAndUnescapesValues() {
        scan("<a\nhref = \"?a=1&amp;b=2#x\"\tid\n=\n'q&quot;r'>");
        assertEquals(List.of("?a=1&b=2#x"), hrefs);
        assertEquals(List.of("q\"r"), ids);
    }

    @Test
    void ignoresOtherAttributesEndingInTheSameLetters() {
        scan("<div data-id=\"no\" grid=\"no\" valid=\"no\"><use xlink:href=\"#no\"/><a data-href='no'>");
        assertEquals(List.of(), ids);
        assertEquals(List.of(), hrefs);
    }

    @Test
    void anEqualsSignInsideAMatchedValueIsNotAnAttribute() {
        scan("<a href=\"/search?q=x id=y\" title=\"t\">");
        assertEquals(List.of("/search?q=x id=y"), hrefs);
        assertEquals(List.of(), ids);
    }

    @Test
    void anUnquotedValueIsSkippedAndAnUnclosedQuoteEndsTheScan() {
        scan("<p id=bare>a = b</p><a href=\"#ok\"><b id=\"open>");
        assertEquals(List.of(), ids);
        assertEquals(List.of("#ok"), hrefs);
    }
}
