package folio.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The feed has no page to resolve markers against: named markers are dropped, other text kept. */
class MarkersTest {
    @Test
    void namedMarkersAreDroppedAndTheTextAroundThemKept() {
        String html = "<p>Said on 20 November" + Markers.citation(List.of("ap", "bbc")) + ".</p>"
                + Markers.referenceList() + "<a href=\"" + Markers.root("terms/") + "\">x</a>";
        assertEquals("<p>Said on 20 November.</p><a href=\"" + Markers.ROOT + "terms/\">x</a>",
                Markers.withoutNamed(html));
    }

    @Test
    void htmlWithoutMarkersIsReturnedAsItIs() {
        String html = "<p>No markers here.</p>";
        assertSame(html, Markers.withoutNamed(html));
    }
}
