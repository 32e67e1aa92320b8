package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.i18n.Translations;
import folio.project.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default language is assembled beside the translations and the other languages
 * ({@link AssembleStage}); a build still reports what it did when it assembled them one after
 * the other: the translations' errors with the default language's, which stop the build before
 * the other languages' are reported, and an error only a translation has at the translation.
 */
class LanguagesAssembledTogetherTest {
    private static final Path FIXTURE = Path.of("src/test/resources/sites/i18n-translated/input");

    @TempDir
    Path dir;

    @BeforeEach
    void copyFixture() throws IOException {
        ProjectFiles.copyTree(FIXTURE, dir);
    }

    private String check() {
        Project project = Project.of(dir, Path.of("content"), Path.of("templates"), Path.of("site"));
        Build.Result result = Build.run(new Build.Options(project, null, false, false, false, null, Translations.Policy.EDITING));
        assertEquals(result.diagnostics().stream().anyMatch(d -> d.severity() == folio.diag.Severity.ERROR) ? 1 : 0,
                result.exitCode());
        return TestSite.errors(result);
    }

    private void append(String path, String text) throws IOException {
        Files.writeString(dir.resolve(path), Files.readString(dir.resolve(path)) + text);
    }

    @Test
    void theFixtureBuilds() {
        assertEquals("", check().strip());
    }

    @Test
    void anErrorOnlyATranslationHasIsReportedAtIt() throws IOException {
        append("content/about.uk.md", "\nДив. [[actor:nobody-uk]].\n");
        String errors = check();
        assertTrue(errors.contains("content/about.uk.md") && errors.contains("nobody-uk"), errors);
    }

    @Test
    void theDefaultLanguagesErrorsStopTheBuildBeforeTheOthersAreReported() throws IOException {
        append("content/about.md", "\nSee [[actor:nobody-en]].\n");
        append("content/about.uk.md", "\nДив. [[actor:nobody-uk]].\n");
        String errors = check();
        assertTrue(errors.contains("content/about.md") && errors.contains("nobody-en"), errors);
        assertFalse(errors.contains("nobody-uk"), errors);
    }

    @Test
    void aTranslationFilesErrorIsReportedWithTheDefaultLanguagesAndStopsTheOthers() throws IOException {
        append("content/about.md", "\nSee [[actor:nobody-en]].\n");
        append("content/about.uk.md", "\nДив. [[actor:nobody-uk]].\n");
        Files.writeString(dir.resolve("content/nowhere.uk.md"), "---\ntitle: Ніде\n---\nТекст.\n");
        String errors = check();
        assertTrue(errors.contains("content/nowhere.uk.md") && errors.contains("nobody-en"), errors);
        assertFalse(errors.contains("nobody-uk"), errors);
    }

    @Test
    void aTranslationFilesErrorAloneStopsTheOtherLanguages() throws IOException {
        append("content/about.uk.md", "\nДив. [[actor:nobody-uk]].\n");
        Files.writeString(dir.resolve("content/nowhere.uk.md"), "---\ntitle: Ніде\n---\nТекст.\n");
        String errors = check();
        assertTrue(errors.contains("content/nowhere.uk.md"), errors);
        assertFalse(errors.contains("nobody-uk"), errors);
    }

    @Test
    void aTranslationFilesErrorAndACopiedFilesErrorAreReportedInOneRun() throws IOException {
        Files.writeString(dir.resolve("content/nowhere.uk.md"), "---\ntitle: Ніде\n---\nТекст.\n");
        Files.createDirectories(dir.resolve("templates/static"));
        Files.writeString(dir.resolve("templates/static/logo.txt"), "theme");
        Files.writeString(dir.resolve("content/logo.txt"), "content");
        String errors = check();
        assertTrue(errors.contains("content/nowhere.uk.md") && errors.contains("would be written to site/logo.txt"), errors);
    }
}
