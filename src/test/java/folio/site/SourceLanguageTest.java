package folio.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.Build;
import folio.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A source without language: is in the site's default language, whichever that is, not in English. */
class SourceLanguageTest {
    @TempDir
    Path dir;

    private TestSite site(String siteLanguage, String sources) {
        return new TestSite(dir)
                .file("content/site.yaml", "title: T\ndescription: D\nbase_url: https://example.org/\nlanguage: "
                        + siteLanguage + "\ncoverage_until: 2026-07-31\n")
                .file("templates/page.peb", "{% for s in site.sources %}{{ s.id }}={{ s.languageCode }}/{{ s.rendering }};{% endfor %}")
                .file("content/index.md", "---\ntitle: Home\n---\nClaim [@src-a] [@src-b].\n")
                .file("content/data/sources.yaml", sources);
    }

    private static final String SOURCES = "- id: src-a\n  outlet: Spiegel\n  title: Eine Schlagzeile\n"
            + "  url: https://spiegel.example/a\n  flag: none\n"
            + "- id: src-b\n  outlet: Wire\n  title: A headline\n  url: https://wire.example/b\n  flag: none\n  language: en\n"
            + "  title_en: Eine Übersetzung\n";

    @Test
    void aGermanSitesUnmarkedSourceIsGermanAndAnEnglishOneGetsItsRendering() {
        TestSite site = site("de", SOURCES);
        Build.Result result = site.build();
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        assertEquals("src-a=de/;src-b=en/Eine Übersetzung;", site.read("index.html"));
        Source english = result.site().sources().stream().filter(s -> s.id().equals("src-b")).findFirst().orElseThrow();
        assertEquals("Englisch", english.languageName(), "named in the default language");
        Source german = result.site().sources().stream().filter(s -> s.id().equals("src-a")).findFirst().orElseThrow();
        assertEquals(null, german.languageName(), "the default language is unmarked");
    }

    @Test
    void onAGermanSiteAnEnglishHeadlineNeedsItsRendering() {
        Build.Result result = site("de", SOURCES.replace("  title_en: Eine Übersetzung\n", "")).build();
        assertEquals(1, result.exitCode());
        assertTrue(TestSite.errors(result).contains("content/data/sources.yaml:11:3: error: source in language 'en' has no "
                + "title_en: add title_en: with a rendering of its headline in the site's default language (de)"),
                TestSite.errors(result));
    }

    @Test
    void onAnEnglishSiteAnUnmarkedSourceIsEnglish() {
        TestSite site = site("en", SOURCES.replace("  language: en\n  title_en: Eine Übersetzung\n", ""));
        Build.Result result = site.build();
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        assertEquals("src-a=en/;src-b=en/;", site.read("index.html"));
    }
}
