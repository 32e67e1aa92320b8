package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.i18n.Translations;
import folio.project.Project;
import folio.render.RenderedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview server's builds keep the pages an edit cannot change (see RenderMemory) and give
 * byte for byte what a fresh build gives. Each kind of input is edited in turn on a copy of the
 * real site (English and Ukrainian); after each edit a build with the server's cache is compared
 * with a build without one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeptPagesTest {
    @TempDir
    static Path dir;

    private final BuildCache cache = new BuildCache();
    private int pages;
    /** The files of the last build made with the cache. */
    private Map<String, RenderedFile> lastKept = Map.of();
    private Build.Result lastKeptResult;

    @BeforeAll
    void copyTheRealSite() throws IOException {
        ProjectFiles.copyTree(Path.of("content"), dir.resolve("content"));
        ProjectFiles.copyTree(Path.of("templates"), dir.resolve("templates"));
        Build.Result first = build(cache);
        assertEquals(0, first.exitCode(), TestSite.errors(first));
        assertEquals(0, cache.keptPages(), "the first build has nothing to keep");
        pages = first.pageCount();
    }

    @Test
    @Order(1)
    void nothingChangedKeepsEveryPage() {
        rebuildAndCompare();
        assertTrue(cache.keptPages() >= pages, "every page kept: " + cache.keptPages() + " of " + pages);
    }

    @Test
    @Order(2)
    void aSentenceAddedRendersOnlyItsPage() {
        append("content/about.md", "\nOne more sentence about this guide.\n");
        Map<String, RenderedFile> before = lastKept;
        rebuildAndCompare();
        assertKeptAllBut(3);
        // A page's text is in no collection: the open data the last build made stands.
        for (String data : java.util.List.of("data/terms.json", "data/provisions.json", "data/sources.csv")) {
            assertTrue(before.get(data) != null && before.get(data).bytes() == lastKept.get(data).bytes(), data + " kept");
        }
    }

    @Test
    @Order(2)
    void aWordInTheTextTheSearchShows() {
        // The start of a page's text is its search entry, which the preview server keeps between builds.
        replace("content/about.md", "This guide explains the draft", "This guide describes the draft");
        rebuildAndCompare();
        assertKeptAllBut(3);
    }

    @Test
    @Order(3)
    void aTranslationEdit() {
        append("content/about.uk.md", "\nЩе одне речення про цей путівник.\n");
        rebuildAndCompare();
        assertKeptAllBut(3);
        // A data file's translation: the overlay the preview server keeps is made again.
        replace("content/data/terms.uk.yaml", "Промисловий регіон", "Промисловий край");
        rebuildAndCompare();
        assertTrue(new String(lastKept.get("uk/glossary/index.html").bytes(), StandardCharsets.UTF_8).contains("Промисловий край"));
    }

    @Test
    @Order(4)
    void aTermDefinitionShownInPopoversOnOtherPages() {
        replace("content/data/terms.yaml", "roughly a province", "roughly a province or region");
        Map<String, RenderedFile> before = lastKept;
        rebuildAndCompare();
        assertTrue(new String(lastKept.get("data/terms.json").bytes(), StandardCharsets.UTF_8).contains("province or region")
                && before.get("data/terms.json").bytes() != lastKept.get("data/terms.json").bytes(), "the open data is made again");
        assertTrue(cache.keptPages() < pages, "the pages that explain the term are rendered again: " + cache.keptPages());
    }

    @Test
    @Order(5)
    void aSourceTitleShownInReferenceLists() {
        replace("content/data/sources/plan.yaml", "AP report on the draft US plan", "AP's report on the draft US plan");
        rebuildAndCompare();
    }

    @Test
    @Order(6)
    void aHeadingRenamed() {
        // Any page may link into another's headings (page.fragment(), [[page:about#dates]]): the anchors are the model's.
        replace("content/about.md", "## Dates", "## Dating");
        rebuildAndCompare();
        assertTrue(cache.keptPages() <= pages / 2, "the English pages are rendered again, the Ukrainian ones (with their own headings) kept: "
                + cache.keptPages() + " of " + pages);
    }

    @Test
    @Order(7)
    void aDataEntryAndAPageTitle() {
        replace("content/data/actors.yaml", "Vice President of the United States (as of November 2025)",
                "Vice President of the United States (as of November 2025; since January 2025)");
        rebuildAndCompare();
        replace("content/about.md", "title: ", "title: The ");
        rebuildAndCompare();
    }

    @Test
    @Order(8)
    void aTemplateOrSiteYamlEditRendersEverything() {
        replace("templates/page.peb", "</", "<!-- a template edit -->\n</");
        rebuildAndCompare();
        assertEquals(0, cache.keptPages());
        rebuildAndCompare();
        assertTrue(cache.keptPages() >= pages, "and the build after keeps them again");
        append("content/site.yaml", "\n# edited\n");
        rebuildAndCompare();
        assertEquals(0, cache.keptPages());
        // The theme's interface strings are kept between builds while their files stay the same.
        replace("templates/i18n/uk.yaml", "sources-cited: Джерела,", "sources-cited: Наші джерела,");
        rebuildAndCompare();
        assertTrue(files(lastKeptResult).values().stream().anyMatch(page -> new String(page.getBytes(StandardCharsets.ISO_8859_1),
                StandardCharsets.UTF_8).contains("Наші джерела")), "the edited string is on the pages");
    }

    @Test
    @Order(9)
    void aFailedBuildLeavesTheLastGoodOneToCompareWith() {
        String good = read("content/about.md");
        append("content/about.md", "\nA broken reference [[term:no-such-term]].\n");
        Build.Result failed = build(cache);
        assertNotEquals(0, failed.exitCode(), "the edit is a mistake");
        write("content/about.md", good + "\nFixed.\n");
        rebuildAndCompare();
        assertKeptAllBut(3);
    }

    @Test
    @Order(10)
    void paramsReorderedInFrontMatter() {
        // A theme may list a page's params in the order they were written.
        replace("templates/about.peb", "{% block content %}",
                "{% block content %}{% for entry in page.params %}<i>{{ entry.key }}</i>{% endfor %}");
        replace("content/about.md", "layout: about\n", "layout: about\nparams:\n  first: 1\n  second: 2\n");
        rebuildAndCompare();
        replace("content/about.md", "  first: 1\n  second: 2\n", "  second: 2\n  first: 1\n");
        rebuildAndCompare();
    }

    private void assertKeptAllBut(int rendered) {
        assertTrue(cache.keptPages() >= pages - rendered && cache.keptPages() < pages,
                "all but a few pages kept: " + cache.keptPages() + " of " + pages);
    }

    private void rebuildAndCompare() {
        Build.Result kept = build(cache);
        assertEquals(0, kept.exitCode(), TestSite.errors(kept));
        Build.Result fresh = build(null);
        assertEquals(0, fresh.exitCode(), TestSite.errors(fresh));
        Map<String, String> expected = files(fresh);
        Map<String, String> actual = files(kept);
        lastKeptResult = kept;
        lastKept = new TreeMap<>();
        kept.files().forEach(file -> lastKept.put(file.path(), file));
        assertEquals(expected.keySet(), actual.keySet(), "a build that keeps pages writes the files a fresh build writes");
        for (Map.Entry<String, String> file : expected.entrySet()) {
            assertEquals(file.getValue(), actual.get(file.getKey()), file.getKey() + " as a fresh build writes it");
        }
    }

    private static Map<String, String> files(Build.Result result) {
        Map<String, String> files = new TreeMap<>();
        for (RenderedFile file : result.files()) {
            files.put(file.path(), new String(file.bytes(), StandardCharsets.ISO_8859_1));
        }
        assertTrue(files.size() > 100, "the real site's files: " + files.size());
        return files;
    }

    private Build.Result build(BuildCache with) {
        Project project = Project.of(dir, Path.of("content"), Path.of("templates"), Path.of("site"));
        return Build.run(new Build.Options(project, null, false, false, true, with, Translations.Policy.EDITING));
    }

    private void append(String path, String text) {
        ProjectFiles.append(dir, path, text);
    }

    private void replace(String path, String from, String to) {
        ProjectFiles.replace(dir, path, from, to);
    }

    private String read(String path) {
        return ProjectFiles.read(dir, path);
    }

    private void write(String path, String text) {
        ProjectFiles.write(dir, path, text);
    }
}
