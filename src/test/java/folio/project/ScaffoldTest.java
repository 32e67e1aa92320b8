package folio.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.Build;
import folio.TestSite;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScaffoldTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int create(TestSite site, String kind, String id) {
        return Scaffold.create(site.project(), List.of(kind, id), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void everyKindIsCreatedAndFailsTheBuildUntilFilledIn() throws Exception {
        TestSite site = TestSite.minimal(dir).file("content/index.md", "---\ntitle: Home\n---\nx\n")
                .file("content/data/reactions/2025.yaml", "");
        for (String[] call : new String[][] {{"provision", "29"}, {"reaction", "new-one"}, {"event", "talks"},
                {"term", "donbas"}, {"source", "wire"}, {"page", "guides/intro"}}) {
            assertEquals(0, create(site, call[0], call[1]), err.toString(StandardCharsets.UTF_8));
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("created content/data/provisions/29.md"), printed);
        assertTrue(printed.contains("added reaction 'new-one' at content/data/reactions/2025.yaml:1"), printed);
        assertTrue(printed.contains("added source 'wire' at content/data/sources.yaml:1"), printed);
        assertTrue(Files.exists(dir.resolve("content/guides/intro.md")));

        Build.Result result = site.check();
        assertEquals(1, result.exitCode());
        String errors = TestSite.errors(result);
        assertTrue(errors.contains("content/data/provisions/29.md:3:9: error: placeholder FILL-IN left in"), errors);
        assertTrue(errors.contains("content/guides/intro.md:2:9: error: placeholder FILL-IN left in"), errors);
    }

    @Test
    void refusesDuplicatesAndBadIds() {
        TestSite site = TestSite.minimal(dir).file("content/data/terms.yaml", "- id: donbas\n  term: Donbas\n");
        assertEquals(1, create(site, "term", "donbas"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("already exists in content/data/terms.yaml"));
        assertEquals(2, create(site, "term", "Bad Id"));
        assertEquals(2, create(site, "provision", "x"));
        assertEquals(2, create(site, "widget", "x"));
        assertEquals(0, create(site, "provision", "7"));
        assertEquals(1, create(site, "provision", "7"));
    }
}
