package folio.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import folio.Build;
import folio.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A descriptive source's title is written in the site's default language, whichever that is. */
class DescriptiveSourceTest {
    @TempDir
    Path dir;

    private String descriptionLanguage(String siteLanguage) {
        TestSite site = new TestSite(dir)
                .file("content/site.yaml", "title: T\ndescription: D\nbase_url: https://example.org/\nlanguage: "
                        + siteLanguage + "\ncoverage_until: 2026-07-31\n")
                .file("templates/page.peb", "{% for s in site.sources %}{{ s.id }}={{ s.descriptive }}/{{ s.descriptionLanguage }};{% endfor %}")
                .file("content/index.md", "---\ntitle: Home\n---\nClaim [@src-a] [@src-b].\n")
                .file("content/data/sources.yaml", "- id: src-a\n  outlet: Delfi\n  title: Points 21 to 28\n"
                        + "  descriptive: true\n  url: https://delfi.example/a\n  flag: none\n  language: lv\n"
                        + "- id: src-b\n  outlet: Wire\n  title: A headline\n  url: https://wire.example/b\n  flag: none\n");
        Build.Result result = site.build();
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        return site.read("index.html");
    }

    @Test
    void anEnglishSitesDescriptionIsEnglish() {
        assertEquals("src-a=true/en;src-b=false/;", descriptionLanguage("en"));
    }

    @Test
    void aGermanSitesDescriptionIsGerman() {
        assertEquals("src-a=true/de;src-b=false/;", descriptionLanguage("de"));
    }
}
