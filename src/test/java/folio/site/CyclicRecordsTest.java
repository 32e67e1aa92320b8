package folio.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import folio.Build;
import folio.project.Project;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records point one way only (a reaction at its actor, a provision at its theme); what points
 * back is the site's index, so records can be hashed, compared and printed without a cycle.
 */
class CyclicRecordsTest {
    @TempDir
    Path work;

    private Site site() {
        Path input = Path.of("src/test/resources/sites/every-collection/input");
        Build.Result result = Build.run(new Build.Options(
                Project.of(input, Path.of("content"), Path.of("templates"), work.resolve("site")), null, false, false));
        assertNotNull(result.site(), result.diagnostics().toString());
        return result.site();
    }

    @Test
    void backLinksComeFromTheSiteIndex() {
        Site site = site();
        Actor actor = site.actors().get(0);
        assertEquals(2, site.reactionsByActor().get(actor).size());
        assertEquals(site.reactionsByActor().get(actor), site.reactionsOf(actor));
        Provision point = site.provision(1L);
        assertEquals(point, site.provisionsOf(point.theme()).get(0));
        assertEquals(actor, site.reactionsTo(point).get(0).actor());
        assertEquals(List.of(), site.reactionsOf(new Actor("nobody", "Nobody", "", Actor.Kind.PERSON, ActorGroup.OTHER, "Other", null,
                List.of(), null, null)));
        TimelineEvent response = site.events().stream().filter(e -> e.respondsTo() != null).findFirst().orElseThrow();
        TimelineEvent claim = site.events().stream().filter(e -> e.id().equals(response.respondsTo().id())).findFirst()
                .orElseThrow();
        assertEquals(response.url(), claim.responses().get(0).url());
        assertEquals(response.title(), claim.responses().get(0).title());
        assertEquals(claim.date(), response.respondsTo().date());
        response.hashCode();
        claim.toString();
        assertEquals(1, site.latestEvents(1L).size());
        actor.hashCode();
        point.toString();
    }

    @Test
    void aProvisionKnowsItsPageAndNeighbours() {
        Site site = site();
        List<Provision> points = site.provisions();
        Provision first = points.get(0);
        assertNull(first.previous());
        assertEquals("provisions/" + first.number(), first.page().id());
        assertEquals("provision", first.page().layout());
        assertEquals(first.url(), first.page().url());
        if (points.size() > 1) {
            Provision second = points.get(1);
            assertEquals(second.url(), first.next().url());
            assertEquals(first.url(), second.previous().url());
            assertEquals(second.title(), first.next().title());
        }
        assertNull(points.get(points.size() - 1).next());
    }
}
