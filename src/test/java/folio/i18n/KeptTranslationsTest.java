package folio.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.content.ContentParser;
import folio.content.ContentParser.ParsedContent;
import folio.diag.Diagnostics;
import folio.project.SourceFile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The preview server lays the data files' translations over the English again only when one of
 * those files changed (the parser keeps an unchanged file's parse, object for object), and what it
 * keeps is what laying them again would give: the same entries, statuses and problems.
 */
class KeptTranslationsTest {
    private static final String SITE = "title: T\ndescription: D\nbase_url: https://example.org/\nlanguage: en\n"
            + "coverage_until: 2026-07-31\nlanguages:\n  uk: {}\n";
    private static final String TERMS = "- id: a\n  term: A\n  definition: An a.\n  sources: [s]\n"
            + "- id: b\n  term: B\n  definition: A b.\n  sources: [s]\n";

    private final ContentParser.Cache parses = new ContentParser.Cache();
    private final KeptTranslations kept = new KeptTranslations();

    @Test
    void aPageEditKeepsTheDataOverlayADataTranslationEditMakesItAgain() {
        String ukTerms = "- id: a\n  term: А\n  definition: Якесь а.\n- id: zz\n  term: Z\n";
        Map<String, Translations.Resolution> first = check("Text.", ukTerms, kept);
        Map<String, Translations.Resolution> pageEdited = check("Text, edited.", ukTerms, kept);
        assertSame(first.get("uk").content().collections(), pageEdited.get("uk").content().collections(),
                "a page's edit: the data overlay the last build made");
        assertEquals(first.get("uk").statuses(), pageEdited.get("uk").statuses());

        String edited = ukTerms.replace("Якесь а.", "Якесь інше а.");
        Map<String, Translations.Resolution> dataEdited = check("Text, edited.", edited, kept);
        assertNotSame(first.get("uk").content().collections(), dataEdited.get("uk").content().collections());
        assertTrue(dataEdited.get("uk").content().collection("terms").get(0).raw().toString().contains("Якесь інше а."));
        Map<String, Translations.Resolution> fresh = check("Text, edited.", edited, null);
        assertEquals(fresh.get("uk").statuses(), dataEdited.get("uk").statuses(), "as laying them again gives");
        assertEquals(fresh.get("uk").content().collections().toString(), dataEdited.get("uk").content().collections().toString());
    }

    @Test
    void theProblemsOfAKeptOverlayAreReportedAgain() {
        String unknownId = "- id: a\n  term: А\n  definition: Якесь а.\n- id: zz\n  term: Z\n";
        Diagnostics first = new Diagnostics();
        Map<String, Translations.Resolution> made = check("Text.", unknownId, kept, first);
        Diagnostics second = new Diagnostics();
        Map<String, Translations.Resolution> again = check("Text, edited.", unknownId, kept, second);
        assertSame(made.get("uk").content().collections(), again.get("uk").content().collections(), "kept");
        assertTrue(first.hasErrors(), "the translation names an id the English lacks: " + first.sorted());
        assertEquals(first.sorted().toString(), second.sorted().toString());
    }

    private Map<String, Translations.Resolution> check(String aboutText, String ukTerms, KeptTranslations with) {
        return check(aboutText, ukTerms, with, new Diagnostics());
    }

    private Map<String, Translations.Resolution> check(String aboutText, String ukTerms, KeptTranslations with,
                                                       Diagnostics diagnostics) {
        List<SourceFile> files = List.of(new SourceFile("content/site.yaml", "site.yaml", SITE),
                new SourceFile("content/data/terms.yaml", "data/terms.yaml", TERMS),
                new SourceFile("content/data/terms.uk.yaml", "data/terms.uk.yaml", ukTerms),
                // More than one translated file: what is kept is found whatever order a map lists them in.
                new SourceFile("content/data/themes.yaml", "data/themes.yaml", "- id: t\n  name: T\n  description: A t.\n"
                        + "- id: u\n  name: U\n  description: A u.\n"),
                new SourceFile("content/data/themes.uk.yaml", "data/themes.uk.yaml", "- id: t\n  name: Т\n  description: Якесь т.\n"),
                new SourceFile("content/about.md", "about.md", "---\ntitle: About\n---\n" + aboutText + "\n"));
        ParsedContent content = ContentParser.parse(files, "content/site.yaml", new Diagnostics(), parses, folio.content.YamlCache.none());
        return Translations.checkAll(content, Translations.Policy.EDITING, (kind, id) -> false, diagnostics, with);
    }
}
