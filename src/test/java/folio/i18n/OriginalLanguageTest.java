package folio.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.Build;
import folio.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Translation messages name the language the originals are written in (site.yaml's language:), not English. */
class OriginalLanguageTest {
    @TempDir
    Path dir;

    @Test
    void aGermanSitesTranslationMessagesSayGerman() {
        TestSite site = new TestSite(dir)
                .file("content/site.yaml", "title: T\ndescription: D\nbase_url: https://example.org/\nlanguage: de\n"
                        + "coverage_until: 2026-07-31\nlanguages:\n  de: {}\n  en: {}\n")
                .file("templates/page.peb", "{{ page.title }}")
                .file("content/index.md", "---\ntitle: Startseite\n---\nText.\n")
                .file("content/index.en.md", "---\ntitle: Home\nlayout: page\ntranslates: 00000000\n---\nText.\n")
                .file("content/data/terms.en.yaml", "- id: x\n  term: X\n");
        Build.Result result = site.build();
        String errors = TestSite.errors(result);
        assertEquals(1, result.exitCode(), errors);
        assertTrue(errors.contains("content/data/terms.en.yaml:1: error: no German data file content/data/terms.yaml for "
                + "this translation: a translation is named after its German file (terms.en.yaml beside terms.yaml)"), errors);
        assertTrue(errors.contains("'layout' is not translated: it is shared with the German page (content/index.md:1)"), errors);
        assertTrue(errors.contains("is stale: its German text changed since it was translated (translates: 00000000, "
                + "the German text now "), errors);
        assertFalse(errors.contains("English"), errors);
    }

    @Test
    void theNameComesFromTheCode() {
        assertEquals("English", Languages.nameOf("en"));
        assertEquals("Ukrainian", Languages.nameOf("uk"));
        assertEquals("Portuguese", Languages.nameOf("pt-BR"));
        assertEquals("qq", Languages.nameOf("qq"));
    }
}
