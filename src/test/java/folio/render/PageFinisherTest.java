package folio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import folio.content.Markers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageFinisherTest {
    private final PageFinisher finisher = new PageFinisher(Map.of(), Map.of(), new Partials(builtInTemplates()));

    /** An engine with folio's built-in partials only (and its functions), as a theme without partials of its own gets. */
    private static io.pebbletemplates.pebble.PebbleEngine builtInTemplates() {
        io.pebbletemplates.pebble.loader.ClasspathLoader loader = new io.pebbletemplates.pebble.loader.ClasspathLoader();
        loader.setPrefix("folio/theme");
        loader.setSuffix(".peb");
        return new io.pebbletemplates.pebble.PebbleEngine.Builder().loader(loader).strictVariables(true)
                .extension(new FolioExtension(java.nio.file.Path.of("templates"))).build();
    }

    @Test
    void rootMarkersBecomeThePathToTheRoot() {
        assertEquals("<a href=\"../../x/\">x</a> <img src=\"../../a.png\">",
                finisher.finish("<a href=\"" + Markers.root("x/") + "\">x</a> <img src=\"" + Markers.root("a.png") + "\">", "../../"));
    }

    @Test
    void citationsAreNumberedInOrderOfFirstUseAndListedWhereTheListMarkerIs() {
        String html = "<p>a" + Markers.citation(List.of("one")) + " b" + Markers.citation(List.of("two", "one"))
                + "</p>" + Markers.referenceList() + "<footer>" + Markers.root("") + "</footer>";
        assertEquals("<p>a<sup class=\"cite\">[<a href=\"#ref-1\" aria-label=\"Source 1: source\">1</a>]</sup>"
                + " b<sup class=\"cite\">[<a href=\"#ref-2\" aria-label=\"Source 2: source\">2</a>, "
                + "<a href=\"#ref-1\" aria-label=\"Source 1: source\">1</a>]</sup></p>"
                + "<ol class=\"references\"><li id=\"ref-1\">one</li><li id=\"ref-2\">two</li></ol><footer>./</footer>",
                finisher.finish(html, "./"));
    }

    @Test
    void textWithoutMarkersIsUnchangedAndStrayMarkersAreDropped() {
        assertEquals("plain – text", finisher.finish("plain – text", "../"));
        assertEquals("ab", finisher.finish("a" + Markers.CLOSE + "b", "../"));
        assertEquals("ab", finisher.finish("a" + Markers.OPEN + "b", "../"));
    }
}
