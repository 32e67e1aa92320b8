package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The register of published ids: 'folio ids' writes it, an id that disappears from content is
 * refused at its line, a rename keeps the old anchor; the golden sites bad-published-id-removed
 * and ok-published-id-renamed show the messages and the pages.
 */
class PublishedIdsCommandTest {
    private static final String ACTOR = "- id: %s\n  name: %s Example\n  role: Envoy\n  kind: person\n  group: other\n";

    @TempDir
    Path dir;

    private TestSite site(String... actors) {
        StringBuilder yaml = new StringBuilder();
        for (String id : actors) {
            yaml.append(ACTOR.formatted(id, id));
        }
        return TestSite.minimal(dir).file("content/index.md", "---\ntitle: Home\n---\nHello.\n")
                .file("content/data/actors.yaml", yaml.toString());
    }

    private String ids(TestSite site) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = PublishedIdsCommand.run(site.project(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    private String register() throws Exception {
        return Files.readString(dir.resolve("content/published-ids.yaml"));
    }

    @Test
    void idsAreRegisteredAndARemovedOneIsRefusedAtItsLine() throws Exception {
        TestSite site = site("alice", "bob");
        assertEquals("content/published-ids.yaml: 2 published ids, 2 new", ids(site));
        String register = register();
        assertTrue(register.contains("\nactors:\n  - alice\n  - bob\n"), register);
        assertTrue(register.contains("\nreactions: []\n") && register.endsWith("\nrenamed: {}\n"), register);
        assertEquals(0, site.check().exitCode(), "the register matches the content");

        site.file("content/data/actors.yaml", ACTOR.formatted("alice", "alice"));
        int line = List.of(register.split("\n", -1)).indexOf("  - bob") + 1;
        Build.Result refused = site.check();
        assertEquals(1, refused.exitCode());
        String errors = TestSite.errors(refused);
        assertTrue(errors.startsWith("content/published-ids.yaml:" + line + ":5: error: actor 'bob' was published, but "
                + "no actor has this id any more: ids never change once published"), errors);
        assertTrue(errors.contains("add 'bob: <new id>' under 'renamed:' > 'actors:' in this file"), errors);
    }

    /**
     * An emptied or truncated register switched the check off without a word (exit 0, no warning): a warning now, at
     * line 1 of an empty file or the last line of a cut one, with what to do; the build still succeeds.
     */
    @Test
    void anEmptiedOrTruncatedRegisterIsWarnedOf() throws Exception {
        TestSite site = TestSite.minimal(dir).file("content/index.md", "---\ntitle: Home\n---\nHello.\n")
                .file("content/data/actors.yaml", ACTOR.formatted("alice", "alice") + ACTOR.formatted("bob", "bob"))
                .file("content/data/terms.yaml", "- id: oblast\n  term: oblast\n  definition: A region.\n  sources: [wire]\n")
                .file("content/data/sources.yaml", "- id: wire\n  outlet: Wire\n  title: A headline\n  url: https://wire.example/a\n"
                        + "  flag: none\n");
        ids(site);
        String register = register();
        assertEquals("", TestSite.errors(site.check()), "a register folio ids wrote is complete");

        site.file("content/published-ids.yaml", "");
        Build.Result emptied = site.build();
        assertEquals(0, emptied.exitCode(), TestSite.errors(emptied));
        assertEquals("content/published-ids.yaml:1: warning: the register of published ids is empty, while the content "
                + "has 2 actors, 1 term, 1 source: their published ids are not protected, so an entry removed or renamed by mistake "
                + "would go unnoticed. If the file was emptied or cut short by mistake, restore it (git checkout -- "
                + "content/published-ids.yaml); then run 'folio ids', which lists every id the content has (README: 'Ids "
                + "never change once published')\n", TestSite.errors(emptied));

        String cut = register.substring(0, register.indexOf("\nactors:\n") + "\nactors:\n  - alice\n".length());
        site.file("content/published-ids.yaml", cut);
        String warnings = TestSite.errors(site.check());
        assertTrue(warnings.startsWith("content/published-ids.yaml:" + cut.strip().split("\n").length + ": warning: the "
                + "register of published ids has no list of terms, sources (is the file cut short here?), while the content "
                + "has 1 term, 1 source: "), warnings);
        assertEquals(1, warnings.lines().count(), warnings);

        site.file("content/published-ids.yaml", register.replace("terms:\n  - oblast\n", "terms: []\n"));
        assertEquals("", TestSite.errors(site.check()), "an entry added since 'folio ids' ran is not warned of");
    }

    @Test
    void aRenamedIdKeepsItsAnchorsAndStaysRegistered() throws Exception {
        TestSite site = site("alice", "bob");
        ids(site);
        site.file("content/data/actors.yaml", ACTOR.formatted("alice", "alice") + ACTOR.formatted("robert", "Robert"));
        site.file("content/published-ids.yaml", register().replace("renamed: {}\n", "renamed:\n  actors:\n    bob: robert\n"));
        Build.Result result = site.check();
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        assertEquals(List.of("bob"), result.site().formerIds().of("actors", "robert"));
        assertEquals(List.of("actor-robert", "bob", "actor-bob"), result.site().anchorAliases("actors", "robert"));
        assertEquals(List.of("actor-alice"), result.site().anchorAliases("actors", "alice"));

        assertEquals("content/published-ids.yaml: 3 published ids, 1 new", ids(site));
        String register = register();
        assertTrue(register.contains("\nactors:\n  - alice\n  - bob\n  - robert\n"), register);
        assertTrue(register.endsWith("\nrenamed:\n  actors:\n    bob: robert\n"), register);
    }

    @Test
    void renamesFollowChainsAndMustLeadToAnEntry() throws Exception {
        TestSite site = site("carol");
        site.file("content/published-ids.yaml", """
                actors:
                  - a
                  - b
                  - x
                renamed:
                  actors:
                    a: b
                    b: carol
                    x: nobody
                  actros:
                    y: z
                """);
        String errors = TestSite.errors(site.check());
        assertTrue(errors.contains("content/published-ids.yaml:9:5: error: actor 'x' is renamed to 'nobody', but no actor "
                + "has the id 'nobody'"), errors);
        assertTrue(errors.contains("content/published-ids.yaml:10:3: error: unknown collection 'actros' under 'renamed:': "
                + "did you mean 'actors'?"), errors);
        assertEquals(2, errors.strip().split("\n").length, errors);

        site.file("content/published-ids.yaml", "actors:\n  - a\nrenamed:\n  actors:\n    a: b\n    b: carol\n");
        Build.Result result = site.check();
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        assertEquals(List.of("a", "b"), result.site().formerIds().of("actors", "carol"));
    }
}
