package folio.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.Build;
import folio.TestSite;
import folio.i18n.Translations;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Another language's edition is written under its code (uk/): a page of the default language
 * whose address falls in that folder would overwrite, or be overwritten by, that edition's page.
 */
class LanguageFolderTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "content/uk/about.md|---\\ntitle: Not the Ukrainian about page\\n---\\nText.\\n|content/uk/about.md:1:",
            "content/uk.md|---\\ntitle: Not the Ukrainian home\\n---\\nText.\\n|content/uk.md:1:",
            "content/news.md|---\\ntitle: News\\nurl: uk/news/\\n---\\nText.\\n|content/news.md:3:1:"})
    void aPageAddressInsideAnotherLanguagesFolderIsAnError(String path, String text, String where) throws Exception {
        TestSite site = TestSite.minimal(dir)
                .file("content/site.yaml", TestSite.CONFIG + "languages:\n  uk: {}\n")
                .file("templates/i18n/en.yaml", "x: y\n")
                .file("templates/i18n/uk.yaml", "x: y\n")
                .file("content/index.md", "---\ntitle: Home\n---\nHello.\n")
                .file("content/about.md", "---\ntitle: About\n---\nAbout.\n")
                .file("content/index.uk.md", "---\ntitle: Головна\n---\nПривіт.\n")
                .file("content/about.uk.md", "---\ntitle: Про нас\n---\nПро нас.\n")
                .file(path, text.replace("\\n", "\n"));
        Build.Result result = Build.run(new Build.Options(site.project(), null, false, true, true, null,
                Translations.Policy.EDITING));
        String errors = TestSite.errors(result);
        assertEquals(1, result.exitCode(), errors);
        assertTrue(errors.contains(where + " error: ") && errors.contains("uk/ is where the uk edition"), errors);
        assertFalse(Files.exists(dir.resolve("site")));
    }

    /** A language whose code Windows reads as a device (con, Cofán) would have its edition in a folder no Windows copy holds. */
    @org.junit.jupiter.api.Test
    void aLanguageCodeWindowsReadsAsADeviceIsAnError() {
        TestSite site = TestSite.minimal(dir)
                .file("content/site.yaml", TestSite.CONFIG + "languages:\n  con: {}\n")
                .file("content/index.md", "---\ntitle: Home\n---\nHello.\n");
        Build.Result result = site.build();
        assertEquals(2, result.exitCode());
        assertEquals("content/site.yaml:7:3: error: language 'con' would be published in the folder con/, which Windows "
                + "reads as the device CON, so a copy of the site there cannot hold it, and folio writes each language's "
                + "edition under its code: leave this language out of languages:\n", TestSite.errors(result));
    }
}
