package folio.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.Build;
import folio.TestSite;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScaffoldTest {
    private static final Pattern WROTE = Pattern.compile("(?m)^(\\S+):(\\d+): (?:added|created) .*; replace each FILL-IN");

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int create(TestSite site, String kind, String id) {
        out.reset();
        err.reset();
        return Scaffold.create(site.project(), List.of(kind, id), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String refused() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** The lines from the one `new` reported writing, checking that it starts with the new id. */
    private List<String> written(String kind, String id) throws Exception {
        Matcher matcher = WROTE.matcher(printed());
        assertTrue(matcher.find(), printed());
        List<String> lines = Files.readAllLines(dir.resolve(matcher.group(1)));
        int line = Integer.parseInt(matcher.group(2));
        String first = lines.get(line - 1);
        assertTrue(kind.equals("provision") || kind.equals("page") ? first.equals("---") : first.equals("- id: " + id),
                "line " + line + " of " + matcher.group(1) + " is '" + first + "'");
        return lines.subList(line - 1, lines.size());
    }

    private static TestSite withActors(Path dir) {
        return TestSite.minimal(dir).file("content/index.md", "---\ntitle: Home\n---\nx\n")
                .file("content/data/actors.yaml", "- id: kallas\n  name: Kaja Kallas\n- id: zelenskyy\n  name: Z\n")
                .file("content/data/documents.yaml", "- id: draft-28\n  name: Draft\n- id: geneva\n  name: Geneva\n");
    }

    @Test
    void everyKindIsWrittenWithKnownKeysAndFailsTheBuildOnlyOnItsPlaceholders() throws Exception {
        TestSite site = TestSite.minimal(dir).file("content/index.md", "---\ntitle: Home\n---\nx\n");
        List<String> kinds = Scaffold.kinds();
        assertEquals(List.of("provision", "page", "actor", "reaction", "event", "term", "source", "update", "document",
                "comparison", "map-layer", "theme"), kinds);
        for (String kind : kinds) {
            String id = kind.equals("provision") ? "29" : kind.equals("page") ? "guides/intro" : "new-" + kind;
            assertEquals(0, create(site, kind, id), kind + ": " + refused());
            written(kind, id);
        }
        Build.Result result = site.check();
        assertEquals(1, result.exitCode());
        String errors = TestSite.errors(result);
        for (String collection : List.of("actors", "reactions", "events", "terms", "sources", "updates", "documents",
                "comparisons", "map", "themes")) {
            assertTrue(errors.contains("content/data/" + collection + ".yaml:"), collection + " missing from:\n" + errors);
        }
        for (String line : errors.lines().toList()) {
            assertTrue(line.contains("error: placeholder FILL-IN left in"), "not a placeholder error: " + line);
        }
    }

    @Test
    void aReactionIdPrefillsItsActorAndDateAndGoesToThatYearsFile() throws Exception {
        TestSite site = withActors(dir).file("content/data/reactions/2025.yaml", "- id: a\n  actor: kallas\n")
                .file("content/data/reactions/2026.yaml", "- id: b\n  actor: kallas\n\n- id: c\n  actor: kallas\n");
        assertEquals(0, create(site, "reaction", "kallas-2026-05-01"), refused());
        assertEquals("content/data/reactions/2026.yaml:6: added reaction kallas-2026-05-01; replace each FILL-IN\n", printed());
        List<String> entry = written("reaction", "kallas-2026-05-01");
        assertEquals("  actor: kallas", entry.get(1));
        assertEquals("  date: 2026-05-01", entry.get(2));
        assertTrue(entry.get(3).startsWith("  subject: FILL-IN  # draft | version:"), entry.get(3));
        assertTrue(entry.get(4).contains("support | conditional | mixed | oppose | no-public-position"), entry.get(4));

        assertEquals(0, create(site, "reaction", "zelenskyy-address-2025-11-21"), refused());
        assertTrue(printed().startsWith("content/data/reactions/2025.yaml:3: added reaction"), printed());
        assertEquals("  actor: zelenskyy", written("reaction", "zelenskyy-address-2025-11-21").get(1));

        assertEquals(0, create(site, "reaction", "kallas-2027-01-02"), refused());
        assertTrue(printed().startsWith("content/data/reactions/2027.yaml:1: added reaction kallas-2027-01-02; replace each FILL-IN (a new file)"), printed());
    }

    @Test
    void aReactionIdNamingAnUnknownActorIsCheckedAgainstTheKnownOnes() throws Exception {
        TestSite site = withActors(dir).file("content/data/reactions/2026.yaml", "");
        assertEquals(1, create(site, "reaction", "kalas-2026-05-01"));
        assertTrue(refused().contains("the id starts with 'kalas', which is not an actor in content/data/actors.yaml: "
                + "did you mean 'kallas'?"), refused());
        assertEquals("", Files.readString(dir.resolve("content/data/reactions/2026.yaml")));

        assertEquals(0, create(site, "reaction", "orban-2026-05-01"), refused());
        assertTrue(printed().contains("'orban' is not an actor in content/data/actors.yaml, so actor is left to fill in"), printed());
        assertEquals("  actor: FILL-IN-actor-id", written("reaction", "orban-2026-05-01").get(1));
    }

    @Test
    void anImpossibleDateInTheIdSaysWhichPartIsWrong() {
        TestSite site = withActors(dir);
        assertEquals(2, create(site, "reaction", "kallas-2026-04-31"));
        assertTrue(refused().contains("the id ends in the date 2026-04-31, which does not exist: day 31 in April"), refused());
        assertEquals(2, create(site, "event", "talks-2026-13-01"));
        assertTrue(refused().contains("month 13 does not exist"), refused());
        assertFalse(Files.exists(dir.resolve("content/data/events.yaml")));
    }

    @Test
    void eventsGoToTheirYearsFileOrTheBackgroundFileForOlderYears() throws Exception {
        TestSite site = withActors(dir).file("content/data/events/context.yaml", "- id: old\n")
                .file("content/data/events/2025.yaml", "- id: x\n").file("content/data/events/2026.yaml", "- id: y\n");
        assertEquals(0, create(site, "event", "geneva-2025-11-23"), refused());
        assertTrue(printed().startsWith("content/data/events/2025.yaml:2: added event geneva-2025-11-23;"), printed());
        assertEquals("  date: 2025-11-23", written("event", "geneva-2025-11-23").get(1));
        assertEquals(0, create(site, "event", "sloviansk-2014-04-12"), refused());
        assertTrue(printed().startsWith("content/data/events/context.yaml:2:"), printed());
        assertEquals(0, create(site, "event", "talks"), refused());
        assertTrue(printed().startsWith("content/data/events/2026.yaml:2:"), printed());
        assertEquals("  date: FILL-IN-YYYY-MM-DD", written("event", "talks").get(1));
    }

    @Test
    void translationFilesBesideTheYearFilesAreNeverWrittenTo() throws Exception {
        TestSite site = withActors(dir).file("content/data/events/context.yaml", "- id: old\n")
                .file("content/data/events/2025.uk.yaml", "- id: x\n  title: Ікс\n")
                .file("content/data/events/2025.yaml", "- id: x\n").file("content/data/events/2026.yaml", "- id: y\n");
        assertEquals(0, create(site, "event", "sloviansk-2014-04-12"), refused());
        assertTrue(printed().startsWith("content/data/events/context.yaml:2:"), printed());
        assertEquals(1, create(site, "event", "x"));
        assertTrue(refused().contains("already exists in content/data/events/2025.yaml"), refused());
        assertEquals("- id: x\n  title: Ікс\n", Files.readString(dir.resolve("content/data/events/2025.uk.yaml")));
    }

    @Test
    void otherDatedKindsTakeTheDateAndComparisonsGetACellPerDocument() throws Exception {
        TestSite site = withActors(dir);
        assertEquals(0, create(site, "update", "correction-2026-06-30"), refused());
        assertTrue(written("update", "correction-2026-06-30").contains("  date: 2026-06-30"));
        assertEquals(0, create(site, "source", "reuters-geneva-2025-11-23"), refused());
        assertTrue(written("source", "reuters-geneva-2025-11-23").contains("  date: 2025-11-23"));
        assertEquals(0, create(site, "document", "berlin-2025-12-15"), refused());
        assertTrue(written("document", "berlin-2025-12-15").contains("  date: 2025-12-15"));
        assertEquals(0, create(site, "comparison", "army-size"), refused());
        List<String> cells = written("comparison", "army-size");
        assertTrue(cells.get(3).startsWith("    draft-28: { text: \"FILL-IN"), cells.toString());
        assertTrue(cells.get(4).startsWith("    geneva: { text: \"FILL-IN"), cells.toString());
        assertEquals(0, create(site, "actor", "kallas-2026-01-01"), refused());
        assertFalse(written("actor", "kallas-2026-01-01").toString().contains("2026-01-01\","), "actors take no date");
    }

    @Test
    void refusesDuplicatesBadIdsAndUnknownKinds() {
        TestSite site = TestSite.minimal(dir).file("content/data/terms.yaml", "- id: donbas\n  term: Donbas\n");
        assertEquals(1, create(site, "term", "donbas"));
        assertTrue(refused().contains("a term with id 'donbas' already exists in content/data/terms.yaml"), refused());
        assertEquals(2, create(site, "term", "Bad Id"));
        assertEquals(2, create(site, "provision", "x"));
        assertEquals(2, create(site, "widget", "x"));
        assertTrue(refused().contains("use one of provision, page, actor, reaction"), refused());
        assertEquals(0, create(site, "provision", "7"));
        assertEquals("content/data/provisions/07.md:1: created provision 7; replace each FILL-IN\n", printed());
        assertEquals(1, create(site, "provision", "7"));
    }

    /**
     * What a Hugo user types for a page (its file name, or its path from the project: content/guides/intro.md) and a
     * translation (guides/intro.uk) were "a page id is a path of lower-case words"; content/guides/intro was written to
     * content/content/guides/intro.md. Each is refused with the command that was meant, and nothing is written.
     */
    @Test
    void aPageNamedByItsFileOrItsTranslationIsToldTheCommandThatWasMeant() throws Exception {
        TestSite site = TestSite.minimal(dir);
        assertEquals(2, create(site, "page", "guides/intro.md"));
        assertEquals("folio: a page id is the page's path under content/, without .md: folio new page guides/intro (it writes "
                + "content/guides/intro.md)\n", refused());
        assertEquals(2, create(site, "page", "content/guides/intro"));
        assertTrue(refused().contains("without content/: folio new page guides/intro (it writes content/guides/intro.md)"),
                refused());
        assertEquals(2, create(site, "page", "content/guides/intro.md"));
        assertTrue(refused().contains("without content/ and .md: folio new page guides/intro"), refused());
        assertEquals(2, create(site, "page", "guides/intro.uk"));
        assertTrue(refused().contains("a translation is a copy of it: copy content/guides/intro.md to content/guides/intro.uk.md"),
                refused());
        assertEquals(2, create(site, "page", "guides/intro.uk.md"));
        assertTrue(refused().contains("folio translations --stamp content/guides/intro.uk.md"), refused());
        assertFalse(Files.exists(dir.resolve("content/content")));
        assertFalse(Files.exists(dir.resolve("content/guides")));
        // A site that does have a section named content keeps it.
        Files.createDirectories(dir.resolve("content/content"));
        assertEquals(0, create(site, "page", "content/intro"));
        assertTrue(Files.exists(dir.resolve("content/content/intro.md")));
        assertEquals(2, create(site, "widget", "x"));
        assertEquals(2, create(site, "trem", "x"));
        assertTrue(refused().contains("cannot create a 'trem': did you mean 'term'? use one of provision, page"), refused());
    }

    /** A page the build would refuse for its name (one Windows reads as a device, one over 200 bytes) is not written. */
    @Test
    void refusesAPageNameACopyOnWindowsCouldNotHold() {
        TestSite site = TestSite.minimal(dir);
        assertEquals(2, create(site, "page", "guides/con"));
        assertTrue(refused().contains("the name con.md is read by Windows as CON, a device's name"), refused());
        assertTrue(refused().contains("rename it, for example con-page.md"), refused());
        assertEquals(2, create(site, "page", "aux/intro"));
        assertTrue(refused().contains("the name aux is read by Windows as AUX"), refused());
        assertEquals(2, create(site, "page", "a".repeat(199)));
        assertTrue(refused().contains("the name " + "a".repeat(199) + ".md is 202 bytes long, over the limit of 200 bytes"),
                refused());
        assertFalse(Files.exists(dir.resolve("content/guides/con.md")));
        assertFalse(Files.exists(dir.resolve("content/aux")));
    }

    @Test
    void onACopyOfTheRealContentAReactionAndAnEventGoToTheirYearsFiles() throws Exception {
        TestSite site = TestSite.minimal(dir);
        for (String file : List.of("actors.yaml", "reactions/2025.yaml", "reactions/2026.yaml", "events/context.yaml",
                "events/2025.yaml", "events/2026.yaml")) {
            site.file("content/data/" + file, Files.readString(Path.of("content/data", file)));
        }
        long lines = Files.readAllLines(dir.resolve("content/data/reactions/2026.yaml")).size();
        assertEquals(0, create(site, "reaction", "kallas-2026-05-01"), refused());
        assertEquals("content/data/reactions/2026.yaml:" + (lines + 1) + ": added reaction kallas-2026-05-01; replace each FILL-IN\n",
                printed());
        assertEquals(List.of("- id: kallas-2026-05-01", "  actor: kallas", "  date: 2026-05-01"),
                written("reaction", "kallas-2026-05-01").subList(0, 3));
        assertEquals(1, create(site, "reaction", "kalas-2026-05-01"));
        assertTrue(refused().contains("did you mean 'kallas'?"), refused());
        assertEquals(0, create(site, "event", "geneva-round-three-2026-05-01"), refused());
        assertTrue(printed().startsWith("content/data/events/2026.yaml:"), printed());
        assertEquals(1, create(site, "event", "geneva-talks"));
        assertTrue(refused().contains("already exists in content/data/events/2025.yaml"), refused());
    }

    @Test
    void anEmptyListInBracketsIsReplacedByTheEntryAndTheBuildReadsIt() throws Exception {
        TestSite site = TestSite.minimal(dir).file("content/index.md", "---\ntitle: Home\n---\nx\n")
                .file("content/data/themes.yaml", "# The themes.\n[]\n");
        assertEquals(0, create(site, "theme", "land"), refused());
        assertEquals("content/data/themes.yaml:2: added theme land; replace each FILL-IN\n", printed());
        assertTrue(Files.readString(dir.resolve("content/data/themes.yaml")).startsWith("# The themes.\n- id: land\n"));
        for (String line : TestSite.errors(site.check()).lines().toList()) {
            assertTrue(line.contains("error: placeholder FILL-IN left in"), "not a placeholder error: " + line);
        }
    }

    @Test
    void aFileThatAnEntryAtItsEndWouldBreakIsLeftAsItIsAndNamed() throws Exception {
        for (String text : List.of("terms:\n  - id: donbas\n", "[{id: donbas, term: Donbas}]\n", "- id: donbas\n...\n")) {
            TestSite site = TestSite.minimal(dir).file("content/data/terms.yaml", text);
            assertEquals(1, create(site, "term", "oblast"), text);
            assertTrue(refused().contains("content/data/terms.yaml is not a list of entries written one under another"),
                    refused());
            assertEquals(text, Files.readString(dir.resolve("content/data/terms.yaml")));
        }
    }

    @Test
    void anEntryAddedToAFileWithWindowsLineEndingsHasThemToo() throws Exception {
        TestSite site = TestSite.minimal(dir).file("content/data/terms.yaml", "- id: donbas\r\n  term: Donbas\r\n");
        assertEquals(0, create(site, "term", "oblast"), refused());
        assertEquals("content/data/terms.yaml:3: added term oblast; replace each FILL-IN\n", printed());
        String text = Files.readString(dir.resolve("content/data/terms.yaml"));
        assertEquals(text.split("\n", -1).length - 1, text.split("\r\n", -1).length - 1, "every line ends in CR LF: " + text);
    }

    @Test
    void aFileThatDoesNotReadIsNamedAtTheBuildsLineAndLeftAlone() throws Exception {
        // It was appended to with exit 0 and "added term oblast", below an unclosed quote that swallowed the entry.
        String[] broken = {
            "- id: donbas\n  term: \"Donbas\n  sources: [a]\n",
            "- id: donbas\r\n  term: Donbas\r\n\tsources: [a]\r\n",
            "\uFEFF- id: donbas\n  term: &name Donbas\n- id: oblast-x\n  term: *name\n",
        };
        for (String text : broken) {
            TestSite site = TestSite.minimal(dir).file("content/data/terms.yaml", text);
            String built = TestSite.errors(site.check()); // the build's own report of the same file
            assertEquals(1, create(site, "term", "oblast"), text);
            String first = refused().lines().findFirst().orElse("");
            assertTrue(first.matches("content/data/terms\\.yaml:\\d+(:\\d+)?: error: .+"), first);
            assertTrue(built.contains(first + "\n"), first + " / " + built);
            assertTrue(refused().contains("folio: cannot write the new term: fix the file above first"), refused());
            assertEquals(text, Files.readString(dir.resolve("content/data/terms.yaml")), "left as it was");
        }
    }

    @Test
    void aCollectionFileThatIsNotUtf8IsNamedAtItsLineAndLeftAlone() throws Exception {
        // As a build names it: it was "cannot write the new term: cannot read: MalformedInput (Input length = 1)".
        byte[] utf16 = "- id: donbas\n  term: Donbas\n".getBytes(StandardCharsets.UTF_16);
        TestSite site = TestSite.minimal(dir).bytes("content/data/terms.yaml", utf16);
        assertEquals(1, create(site, "term", "oblast"));
        assertTrue(refused().startsWith("content/data/terms.yaml:1: error: file is saved as UTF-16 (big-endian, with a "
                + "byte-order mark), not UTF-8"), refused());
        assertTrue(refused().contains("folio: cannot write the new term: fix the file above first"), refused());
        assertTrue(java.util.Arrays.equals(utf16, Files.readAllBytes(dir.resolve("content/data/terms.yaml"))));
        site.bytes("content/data/actors.yaml", "- id: kallas\n  name: K\u00e4llas\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(1, create(site, "actor", "vance"));
        assertTrue(refused().startsWith("content/data/actors.yaml:2:10: error: file is not valid UTF-8 at this byte (0xE4)"), refused());
    }
}
