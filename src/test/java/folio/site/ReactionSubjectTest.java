package folio.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.Build;
import folio.ProjectFiles;
import folio.TestSite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a reaction responds to decides whether its stance counts: with the project's own
 * templates, a reaction to a related matter never shows a stance in the matrix.
 */
class ReactionSubjectTest {
    @TempDir
    Path dir;

    private TestSite site(String reactions) throws IOException {
        ProjectFiles.copyTree(Path.of("templates"), dir.resolve("templates"));
        return new TestSite(dir).file("content/site.yaml", TestSite.CONFIG)
                .file("content/reactions.md", "---\ntitle: Reactions\nlayout: reactions\nlists: reactions\n---\nIntro.\n")
                .file("content/who.md", "---\ntitle: Who\nlayout: who\nlists: actors\n---\nPeople.\n")
                .file("content/sources.md", "---\ntitle: Sources\nlayout: sources\nlists: sources\n---\nSources.\n")
                .file("content/versions.md", "---\ntitle: Versions\nlayout: versions\nlists: documents\n---\nVersions.\n")
                .file("content/data/sources.yaml", """
                        - id: wire
                          outlet: Wire Service
                          title: "Draft plan reported"
                          url: https://wire.example/plan
                          flag: none
                        """)
                .file("content/data/themes.yaml", "- id: land\n  name: Land\n  description: \"Land.\"\n")
                .file("content/data/provisions/01.md", "---\nnumber: 1\ntitle: Territory\ntheme: land\n"
                        + "summary: \"Land [@wire].\"\nsources: [wire]\n---\nText.\n")
                .file("content/data/documents.yaml", """
                        - id: draft
                          name: The draft
                          status: reported draft
                          date: 2025-11-20
                          summary: "The draft [@wire]."
                          sources: [wire]
                        - id: later
                          name: The later text
                          status: joint statement
                          date: 2025-11-23
                          summary: "Later [@wire]."
                          sources: [wire]
                        """)
                .file("content/data/actors.yaml", """
                        - id: alice
                          name: Alice Example
                          role: Minister
                          kind: person
                          group: europe
                        - id: bob
                          name: Bob Example
                          role: Prime Minister
                          kind: person
                          group: europe
                        - id: carol
                          name: Carol Example
                          role: Chancellor
                          kind: person
                          group: europe
                        """)
                .file("content/data/reactions.yaml", reactions);
    }

    private static final String REACTIONS = """
            - id: alice-plan
              actor: alice
              date: 2025-11-21
              subject: provision:1
              stance: oppose
              summary: "Opposed the land terms [@wire]."
              sources: [wire]
            - id: alice-loan
              actor: alice
              date: 2026-03-19
              subject: "related: EU loan"
              stance: none
              summary: "Backed the loan [@wire]."
              provisions: [1]
              sources: [wire]
            - id: bob-loan
              actor: bob
              date: 2026-03-19
              subject: "related: EU loan"
              stance: none
              summary: "Blocked the loan [@wire]."
              sources: [wire]
            - id: carol-draft
              actor: carol
              date: 2025-11-21
              subject: draft
              stance: oppose
              summary: "Opposed the draft [@wire]."
              sources: [wire]
            - id: carol-later
              actor: carol
              date: 2025-11-24
              subject: version:later
              stance: support
              summary: "Backed the later text [@wire]."
              sources: [wire]
            """;

    @Test
    void relatedMatterNeverShowsAStanceInTheStancesByCamp() throws IOException {
        Build.Result result = site(REACTIONS).build();
        assertEquals(0, result.exitCode(), result.diagnostics().toString());
        String page = new TestSite(dir).read("reactions/index.html");
        Matcher matrix = Pattern.compile("<section aria-labelledby=\"st-h\">.*?</section>", Pattern.DOTALL).matcher(page);
        assertTrue(matrix.find(), "the reactions page shows the stances by camp");
        String table = matrix.group();
        // Alice's latest reaction is to a related matter: her line shows her stance on the plan, from before it.
        assertTrue(table.contains("<span class=\"stance s-oppose\">Opposes</span> <a href=\"../reactions/index.html#alice-plan\">Alice Example</a>"), table);
        assertFalse(table.contains("#alice-loan"), table);
        // Bob has only spoken about a related matter: no row, no stance; only his anchor, for links shared before.
        String rows = table.contains("<p class=\"more\">") ? table.substring(0, table.indexOf("<p class=\"more\">")) : table;
        assertFalse(rows.contains("Bob Example"), rows);
        assertFalse(table.contains("#bob-loan"), table);
        // One page holds the overview and every actor's reactions: each actor's anchor is there once.
        assertEquals(1, page.split("id=\"bob\"", -1).length - 1, page);
        assertEquals(1, page.split("id=\"alice\"", -1).length - 1, page);
        // Both still appear in the list below, as context, with what they were about.
        String bob = page.substring(page.indexOf("id=\"bob-loan\""));
        assertTrue(bob.substring(0, bob.indexOf("</li>")).contains("Context"), bob);
        assertTrue(bob.substring(0, bob.indexOf("</li>")).contains("EU loan"), bob);
    }

    @Test
    void campsCountEachActorOnceByTheirLatestStanceOnThePlan() throws IOException {
        Build.Result result = site(REACTIONS).build();
        assertEquals(0, result.exitCode(), result.diagnostics().toString());
        java.util.List<CampStances> camps = result.site().campStances();
        assertEquals(1, camps.size(), camps.toString());
        CampStances europe = camps.get(0);
        assertEquals("Europe and the EU", europe.label());
        assertEquals("reactions/", europe.page());
        // Carol's later support replaces her first opposition; Bob spoke only on a related matter.
        assertEquals("support:[carol] oppose:[alice]", europe.stances().stream()
                .map(s -> s.stance().id() + ":" + s.actors().stream().map(Actor::id).toList().toString().replace(" ", ""))
                .collect(java.util.stream.Collectors.joining(" ")));
        assertEquals(1, europe.stances().get(0).count());
    }

    @Test
    void aStanceOnARelatedMatterIsRefusedAtItsLine() throws IOException {
        Build.Result result = site(REACTIONS.replace("subject: \"related: EU loan\"\n  stance: none\n  summary: \"Blocked",
                "subject: \"related: EU loan\"\n  stance: oppose\n  summary: \"Blocked")).build();
        assertEquals(1, result.exitCode());
        String report = result.diagnostics().toString();
        assertTrue(report.contains("content/data/reactions.yaml:20:3: error: a reaction to a related matter (EU loan) has no stance"),
                report);
    }
}
