package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.i18n.Translations;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table written in Markdown scrolls sideways in a box of its own on a narrow screen, and a box that
 * scrolls is a region a keyboard reaches and a screen reader names (axe's scrollable-region-focusable;
 * WCAG 2.1.1 and 4.1.2). Before, the table was its own box (display: block in style.css): no Tab stop,
 * no name. Each table is now in a div with role="region" and tabindex="0", named by the heading before
 * it, else by the theme's "Table" in the page's language, numbered when a page has several.
 */
class TableRegionTest {
    private static final String TABLE = "| a | b |\n|---|---|\n| 1 | 2 |\n";
    private static final String STRINGS_EN = "table:\n  name: Table\n  numbered: \"Table {n}\"\n";
    private static final String STRINGS_UK = "table:\n  name: Таблиця\n  numbered: \"Таблиця {n}\"\n";

    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.minimal(dir)
                .file("content/site.yaml", TestSite.CONFIG + "languages:\n  uk:\n    title: Т\n    description: О\n")
                .file("templates/i18n/en.yaml", STRINGS_EN)
                .file("templates/i18n/uk.yaml", STRINGS_UK)
                // A layout that shows its text in two parts, as the home and point layouts do.
                .file("templates/parts.peb", "<!DOCTYPE html>\n<html lang=\"{{ site.config.language }}\"><head><meta charset=\"utf-8\">"
                        + "<title>{{ page.title }}</title></head><body><main><h1>{{ page.title }}</h1>"
                        + "<div>{{ page.contentHtmlBefore('second') | raw }}</div><div>{{ page.contentHtmlFrom('second') | raw }}</div>"
                        + "</main></body></html>\n");
    }

    private Build.Result build(TestSite site) {
        Build.Result result = Build.run(new Build.Options(site.project(), null, false, true, true, null,
                new Translations.Policy(true, false)));
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        return result;
    }

    /** The page's tables' regions, each checked: role, tabindex, a name that resolves; returns the names in order. */
    private static List<String> regionNames(String html) {
        Document page = Jsoup.parse(html);
        List<String> names = new ArrayList<>();
        for (Element table : page.select("table")) {
            Element region = table.parent();
            assertNotNull(region);
            assertEquals("div", region.tagName(), "a table sits in a box of its own: " + html);
            assertTrue(region.hasClass("table-scroll"), region.outerHtml());
            assertEquals("region", region.attr("role"), region.outerHtml());
            assertEquals("0", region.attr("tabindex"), region.outerHtml());
            assertEquals(1, region.childrenSize(), "the box holds the table alone");
            String name;
            if (region.hasAttr("aria-labelledby")) {
                assertFalse(region.hasAttr("aria-label"), "one name, not two: " + region.outerHtml());
                Element label = page.getElementById(region.attr("aria-labelledby"));
                assertNotNull(label, "aria-labelledby names an element of the page: " + region.attr("aria-labelledby"));
                assertTrue(label.tagName().matches("h[1-6]"), "a heading: " + label.outerHtml());
                name = "#" + label.id() + " " + label.text();
            } else {
                name = region.attr("aria-label");
            }
            assertFalse(name.isBlank(), region.outerHtml());
            names.add(name);
        }
        Set<String> distinct = new HashSet<>(names);
        assertEquals(names.size(), distinct.size(), "no two regions of a page have one name: " + names);
        return names;
    }

    @Test
    void aTableIsNamedByTheHeadingBeforeItInEitherLanguage() {
        TestSite site = site()
                .file("content/index.md", "---\ntitle: Home\n---\n## People {#people}\n\nWho took part.\n\n" + TABLE)
                .file("content/index.uk.md", "---\ntitle: Дім\n---\n## Люди {#people}\n\nХто брав участь.\n\n" + TABLE);
        build(site);
        assertEquals(List.of("#people People"), regionNames(site.read("index.html")));
        assertEquals(List.of("#people Люди"), regionNames(site.read("uk/index.html")));
        assertTrue(site.read("index.html").contains("<div class=\"table-scroll text-table\" role=\"region\" aria-labelledby=\"people\" tabindex=\"0\">\n"
                + "<table>\n<thead>\n"), site.read("index.html"));
    }

    @Test
    void aTableWithoutAHeadingIsNamedInThePageLanguageAndNumberedWhenThePageHasSeveral() {
        TestSite site = site()
                .file("content/index.md", "---\ntitle: Home\n---\nOne table.\n\n" + TABLE)
                .file("content/index.uk.md", "---\ntitle: Дім\n---\nОдна таблиця.\n\n" + TABLE)
                .file("content/two.md", "---\ntitle: Two\n---\nTwo tables.\n\n" + TABLE + "\nAnd another.\n\n" + TABLE)
                .file("content/two.uk.md", "---\ntitle: Дві\n---\nДві таблиці.\n\n" + TABLE + "\nІ ще одна.\n\n" + TABLE);
        build(site);
        assertEquals(List.of("Table"), regionNames(site.read("index.html")));
        assertEquals(List.of("Таблиця"), regionNames(site.read("uk/index.html")));
        assertEquals(List.of("Table 1", "Table 2"), regionNames(site.read("two/index.html")));
        assertEquals(List.of("Таблиця 1", "Таблиця 2"), regionNames(site.read("uk/two/index.html")));
    }

    @Test
    void aHeadingNamesOneTableAndATableInAQuoteOrAPartFindsItsHeading() {
        TestSite site = site()
                .file("content/index.md", "---\ntitle: Home\nlayout: parts\n---\nFirst.\n\n" + TABLE
                        + "\n## Figures {#figures}\n\n> " + TABLE.replace("\n", "\n> ") + "\n" + TABLE
                        + "\n## Second {#second}\n\nText.\n\n" + TABLE)
                .file("content/index.uk.md", "---\ntitle: Дім\n---\nПерша.\n\n" + TABLE
                        + "\n## Цифри {#figures}\n\n> " + TABLE.replace("\n", "\n> ") + "\n" + TABLE
                        + "\n## Друга {#second}\n\nТекст.\n\n" + TABLE);
        build(site);
        // The first table has no heading before it, the third's is the second's: two named "Table", numbered.
        assertEquals(List.of("Table 1", "#figures Figures", "Table 2", "#second Second"), regionNames(site.read("index.html")));
        assertEquals(List.of("Таблиця 1", "#figures Цифри", "Таблиця 2", "#second Друга"), regionNames(site.read("uk/index.html")));
    }

    /**
     * The real site, both editions: every box a table scrolls in (a template's or a Markdown table's) is a
     * named region a keyboard reaches, and the drafting page's table of people is named by its heading.
     */
    @Test
    void everyTableOfTheRealSiteScrollsInANamedRegion() {
        Build.Result result = RealSite.built();
        List<String> problems = new ArrayList<>();
        int markdownTables = 0;
        for (folio.render.RenderedFile file : RealSite.pages()) {
            Document page = Jsoup.parse(file.text());
            Set<String> names = new HashSet<>();
            for (Element box : page.select(".table-scroll")) {
                String name = box.hasAttr("aria-labelledby") ? textOf(page, box.attr("aria-labelledby")) : box.attr("aria-label");
                if (!box.attr("role").equals("region") || !box.attr("tabindex").equals("0") || name.isBlank()) {
                    problems.add(file.path() + ": " + box.outerHtml().lines().findFirst().orElse(""));
                } else if (!names.add(name)) {
                    problems.add(file.path() + ": two regions named \"" + name + "\"");
                }
            }
            for (Element table : page.select(":is(.prose, .lede, .callout) table")) {
                if (!table.parent().hasClass("table-scroll")) {
                    problems.add(file.path() + ": a table outside a box of its own");
                }
            }
            markdownTables += page.select(".text-table").size();
        }
        assertEquals(List.of(), problems);
        assertTrue(markdownTables >= 2, "the drafting page's table, in each edition");
        for (String path : List.of("drafting/index.html", "uk/drafting/index.html")) {
            Document page = Jsoup.parse(result.files().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow().text());
            Element region = page.selectFirst(".text-table");
            assertNotNull(region, path);
            assertEquals("the-people-involved", region.attr("aria-labelledby"), path);
        }
    }

    /** The text of the element with {@code id}, or "" when the page has none. */
    private static String textOf(Document page, String id) {
        Element element = page.getElementById(id);
        return element == null ? "" : element.text();
    }

    @Test
    void withoutTheThemesWordsATableIsNamedInEnglish() {
        TestSite site = TestSite.minimal(dir).file("content/index.md", "---\ntitle: Home\n---\nA table.\n\n" + TABLE);
        build(site);
        assertEquals(List.of("Table"), regionNames(site.read("index.html")));
    }
}
