package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.diag.Diagnostic;
import folio.diag.Severity;
import folio.project.Project;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Translation freshness (issue 16 item 5) on the bilingual fixture sites/i18n-translated: one
 * English sentence changes and the build reports the Ukrainian entry stale at its file:line;
 * {@code folio translations} shows it in its table; {@code --stamp FILE#ID} re-stamps it alone.
 */
class TranslationFreshnessTest {
    private static final Path FIXTURE = Path.of("src/test/resources/sites/i18n-translated/input");

    @TempDir
    Path dir;

    @BeforeEach
    void copyFixture() throws IOException {
        ProjectFiles.copyTree(FIXTURE, dir);
    }

    private Project project() {
        return Project.of(dir, Path.of("content"), Path.of("templates"), Path.of("site"));
    }

    private Build.Result check(folio.i18n.Translations.Policy policy) {
        return Build.run(new Build.Options(project(), null, false, false, false, null, policy));
    }

    private void replace(String path, String from, String to) throws IOException {
        Path file = dir.resolve(path);
        String text = Files.readString(file);
        assertTrue(text.contains(from), path + " holds " + from);
        Files.writeString(file, text.replace(from, to));
    }

    /** Runs {@code folio translations [--stamp TARGETS]} in the copy; returns exit code, standard output and error. */
    private List<Object> folio(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine line = CommandLine.parse(args);
        int code = TranslationsCommand.run(project(), line.stamp(), line.arguments(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return List.of(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void oneChangedEnglishSentenceMakesItsTranslationStaleAtItsLine() throws IOException {
        assertEquals(0, check(folio.i18n.Translations.Policy.STRICT).exitCode(), "every translation is fresh");

        replace("content/data/terms.yaml", "A region in the east", "A region in eastern Ukraine");
        Build.Result stale = check(folio.i18n.Translations.Policy.STRICT);
        assertEquals(1, stale.exitCode());
        List<Diagnostic> errors = stale.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
        assertEquals(1, errors.size(), TestSite.errors(stale));
        Diagnostic error = errors.get(0);
        assertEquals("content/data/terms.uk.yaml:2:3", error.path() + ":" + error.line() + ":" + error.column());
        assertTrue(error.message().startsWith("uk translation of term 'donbas' is stale"), error.message());
        assertTrue(error.message().contains("folio translations --stamp content/data/terms.uk.yaml#donbas"), error.message());

        Build.Result allowed = check(new folio.i18n.Translations.Policy(true, false));
        assertEquals(0, allowed.exitCode(), "--allow-stale lets it pass");
        assertEquals(List.of(Severity.WARNING), allowed.diagnostics().stream().map(Diagnostic::severity).toList());
    }

    @Test
    void theTableCountsPerCollectionAndTheExitCodeSaysWhetherAllIsTranslated() throws IOException {
        List<Object> fresh = folio("translations");
        assertEquals(0, fresh.get(0), fresh.get(2).toString());
        String table = fresh.get(1).toString();
        assertTrue(table.startsWith("Translations into uk:\n"), table);
        assertTrue(table.contains("\n  terms                 1      0          0        0\n"), table);
        assertTrue(table.contains("\n  total                18      0          0        0\n"), table);

        replace("content/data/terms.yaml", "A region in the east", "A region in eastern Ukraine");
        Files.delete(dir.resolve("content/glossary.uk.md"));
        replace("content/data/updates.uk.yaml", "  translates: 0fed17e6\n", "");
        List<Object> open = folio("translations");
        assertEquals(1, open.get(0));
        table = open.get(1).toString();
        assertTrue(table.contains("\n  pages                 3      0          0        1\n"), table);
        assertTrue(table.contains("\n  terms                 0      1          0        0\n"), table);
        assertTrue(table.contains("\n  updates               0      0          1        0\n"), table);
        assertTrue(table.contains("\n  total                15      1          1        1\n"), table);
        assertTrue(table.contains("\n  stale: content/data/terms.uk.yaml:2:3: term 'donbas': translates: ef4bf936, "
                + "the English text now "), table);
        assertTrue(table.contains("\n  missing: content/glossary.md:1: page glossary.md: not translated (in content/glossary.uk.md)\n"), table);
    }

    @Test
    void aPageRefusedForItsFileNameIsNotListedAsMissingButNamedWithItsProblem() throws IOException {
        Files.writeString(dir.resolve("content/sp ace.md"), "---\ntitle: Space\n---\nText.\n");
        List<Object> listed = folio("translations");
        String table = listed.get(1).toString();
        assertEquals(1, listed.get(0), "the site is not complete while the page cannot be built");
        assertTrue(table.contains("\n  total                18      0          0        0\n"), table);
        assertTrue(!table.contains("missing:"), table);
        assertTrue(table.contains("not listed: content/sp ace.md: its file name cannot be part of a web address (it has a "
                + "space): rename it"), table);
    }

    @Test
    void stampingWritesOnlyTheTranslatesLineAndOnlyWhereAsked() throws IOException {
        replace("content/data/terms.yaml", "A region in the east", "A region in eastern Ukraine");
        replace("content/data/sources.uk.yaml", "  translates: d73d53f6\n", "");
        String terms = Files.readString(dir.resolve("content/data/terms.uk.yaml"));

        List<Object> first = folio("translations", "--stamp");
        assertEquals(0, first.get(0), first.get(2).toString());
        assertEquals("content/data/sources.uk.yaml:3: stamped source 'wire' translates: d73d53f6\nfolio: stamped 1 translation\n",
                first.get(1), "without a file only unstamped translations are stamped; the stale one waits");
        assertTrue(Files.readString(dir.resolve("content/data/sources.uk.yaml")).startsWith(
                "# Our Ukrainian renderings of the headlines; the outlets' own titles stay as they are.\n- id: wire\n"
                        + "  translates: d73d53f6\n  title: "), "the comment and the order are kept");
        assertEquals(terms, Files.readString(dir.resolve("content/data/terms.uk.yaml")));

        List<Object> restamp = folio("translations", "--stamp", "content/data/terms.uk.yaml#donbas");
        assertEquals(0, restamp.get(0), restamp.get(2).toString());
        String after = Files.readString(dir.resolve("content/data/terms.uk.yaml"));
        assertEquals(terms.replace("translates: ef4bf936", "translates: " + after.substring(after.indexOf("translates: ") + 12,
                after.indexOf("translates: ") + 20)), after, "only the hash changed");
        assertTrue(!after.contains("ef4bf936"), after);
        assertEquals(0, check(folio.i18n.Translations.Policy.STRICT).exitCode(), "fresh again");

        List<Object> unknown = folio("translations", "--stamp", "content/data/terms.uk.yaml#nope");
        assertEquals(2, unknown.get(0));
        assertTrue(unknown.get(2).toString().contains("folio: translations: content/data/terms.uk.yaml holds no translation "
                + "with the id 'nope': name one of its ids after #"), unknown.get(2).toString());
        List<Object> misspelt = folio("translations", "--stamp", "content/data/terms.uk.yaml#donbass");
        assertEquals(2, misspelt.get(0));
        assertTrue(misspelt.get(2).toString().contains("holds no translation with the id 'donbass': did you mean 'donbas'?"),
                misspelt.get(2).toString());
        List<Object> missingFile = folio("translations", "--stamp", "content/data/nothing.uk.yaml");
        assertEquals(2, missingFile.get(0));
        assertTrue(missingFile.get(2).toString().contains("(no such translation file)"), missingFile.get(2).toString());
    }

    @Test
    void stampingAFileWhoseTranslationsAreAllFreshIsNotAMistake() throws IOException {
        // The editor names the right file a second time (or after a teammate stamped it): every entry in it is
        // stamped and fresh. This said "nothing to stamp ... name a translation file as folio translations lists it
        // (content/data/terms.uk.yaml)", naming the file they had named, with exit 2 (a usage error).
        assertEquals(0, check(folio.i18n.Translations.Policy.STRICT).exitCode(), "the fixture starts fresh");
        String terms = Files.readString(dir.resolve("content/data/terms.uk.yaml"));
        List<Object> again = folio("translations", "--stamp", "content/data/terms.uk.yaml");
        assertEquals(0, again.get(0), again.get(2).toString());
        assertEquals("folio: translations: every translation in content/data/terms.uk.yaml is stamped with the English text "
                + "it renders: nothing to stamp\nfolio: stamped 0 translations\n", again.get(1));
        assertEquals("", again.get(2));
        assertEquals(terms, Files.readString(dir.resolve("content/data/terms.uk.yaml")), "nothing written");
    }
}
