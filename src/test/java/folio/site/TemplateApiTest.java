package folio.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.Build;
import folio.TestSite;
import folio.content.Keyword;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What templates see of the model: closed sets as enums that print as their ids, no build internals. */
class TemplateApiTest {
    @TempDir
    Path dir;

    private TestSite siteWithActor(String template) {
        return TestSite.minimal(dir)
                .file("content/index.md", "---\ntitle: Home\n---\nText\n")
                .file("content/data/actors.yaml", """
                        - id: kyiv-gov
                          name: Government of Ukraine
                          role: Government
                          kind: body
                          group: united-states
                        """)
                .file("templates/page.peb", template);
    }

    @Test
    void aClosedSetPrintsAsItsIdAndComparesByIt() {
        TestSite site = siteWithActor("{% for a in site.actors %}{{ a.kind }}|{{ a.group }}|{{ a.group.label }}|"
                + "{{ a.kind.id == 'body' }}|{{ a.kind == 'body' }}|{{ a.groupLabel }}{% endfor %}");
        Build.Result result = site.build();
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        // Pebble compares an enum with a string by the constant's name, so templates compare ids.
        assertEquals("body|united-states|United States|true|false|United States", site.read("index.html"));
    }

    @Test
    void theSiteShowsTemplatesNoBuildInternals() {
        TestSite site = siteWithActor("{{ site.anchorChecks }}");
        Build.Result result = site.build();
        assertEquals(1, result.exitCode());
        assertTrue(TestSite.errors(result).contains("anchorChecks"), TestSite.errors(result));
        assertTrue(List.of(Site.class.getRecordComponents()).stream().noneMatch(c -> c.getName().equals("anchorChecks")));
    }

    @Test
    void keywordIdsAreTheConstantNamesInLowerCaseWithHyphens() {
        assertEquals(List.of("full", "summary-only", "reconstructed"), Keyword.ids(Provision.Wording.class));
        assertEquals(Optional.of(Provision.Wording.SUMMARY_ONLY), Keyword.of(Provision.Wording.class, "summary-only"));
        assertEquals(Optional.empty(), Keyword.of(Provision.Wording.class, "SUMMARY_ONLY"));
        assertEquals("united-states", ActorGroup.UNITED_STATES.toString());
        assertEquals(List.of("kept", "changed", "dropped", "disputed", "unknown"), Keyword.ids(Provision.ChangeStatus.class));
    }

    @Test
    void aWrongValueOfAClosedSetIsNamedWithTheValidOnes() {
        Build.Result result = siteWithActor("x").file("content/data/actors.yaml", """
                - id: kyiv-gov
                  name: Government of Ukraine
                  role: Government
                  kind: bodies
                  group: ukraine
                """).build();
        assertEquals(1, result.exitCode());
        assertEquals("content/data/actors.yaml:4:3: error: 'bodies' is not a valid kind for an actor: use one of "
                + "person, body\n", TestSite.errors(result));
    }
}
