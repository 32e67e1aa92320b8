package folio.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import folio.Build;
import folio.TestSite;
import folio.i18n.Translations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A document's short name is the content's short_name, translated like its name, else its name. */
class DocumentShortNameTest {
    @TempDir
    java.nio.file.Path dir;

    @Test
    void shortNameFromTheContentInEachLanguageElseTheName() {
        TestSite site = new TestSite(dir)
                .file("content/site.yaml", TestSite.CONFIG + "languages:\n  uk: {}\n")
                .file("templates/page.peb", "{% for d in site.documents %}{{ d.shortName }};{% endfor %}")
                .file("templates/i18n/en.yaml", "x: y\n")
                .file("templates/i18n/uk.yaml", "x: y\n")
                .file("content/index.md", "---\ntitle: Home\n---\nText [@wire].\n")
                .file("content/data/sources.yaml", "- id: wire\n  outlet: Wire\n  title: A headline\n"
                        + "  url: https://wire.example/a\n  flag: none\n")
                .file("content/data/documents.yaml", "- id: draft\n  name: The draft\n  status: reported\n"
                        + "  date: 2025-11-20\n  summary: First.\n  sources: [wire]\n"
                        + "- id: later\n  name: The later framework\n  short_name: later framework\n  status: joint\n"
                        + "  date: 2025-11-23\n  summary: Second.\n  sources: [wire]\n")
                .file("content/data/documents.uk.yaml", "- id: later\n  name: Пізніший документ\n"
                        + "  short_name: пізніший документ\n  status: спільна заява\n  summary: Другий.\n");
        Build.Result result = Build.run(new Build.Options(site.project(), null, false, true, true, null,
                Translations.Policy.EDITING));
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        assertEquals("The draft;later framework;", site.read("index.html"));
        assertEquals("The draft;пізніший документ;", site.read("uk/index.html"));
    }
}
