package folio.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import folio.Build;
import folio.project.Project;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Records that point at each other can be hashed, compared and printed without walking the cycle. */
class CyclicRecordsTest {
    @TempDir
    Path work;

    @Test
    void actorsProvisionsThemesAndEventsWorkAsMapKeys() {
        Path input = Path.of("src/test/resources/sites/every-collection/input");
        Build.Result result = Build.run(new Build.Options(
                Project.of(input, Path.of("content"), Path.of("templates"), work.resolve("site")), null, false, false));
        Site site = result.site();
        assertNotNull(site, result.diagnostics().toString());
        Actor actor = site.actors().get(0);
        assertEquals(2, site.reactionsByActor().get(actor).size());
        assertEquals(actor.hashCode(), actor.id().hashCode());
        assertEquals("Actor[kyiv-gov]", actor.toString());
        Provision point = site.provision(1L);
        assertEquals(point, point.theme().provisions().get(0));
        assertEquals(point.reactions().get(0).actor(), actor);
        TimelineEvent response = site.events().stream().filter(e -> e.respondsTo() != null).findFirst().orElseThrow();
        assertEquals(response, response.respondsTo().responses().get(0));
        assertEquals(1, site.latestEvents(1L).size());
    }
}
