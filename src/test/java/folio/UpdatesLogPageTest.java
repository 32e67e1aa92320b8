package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.project.Project;
import folio.render.RenderedFile;
import folio.site.Update;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The log of updates and corrections has its own page (content/updates.md, the updates layout),
 * split into pages newest first; the about page shows only its newest entries and links to it, so
 * the about page no longer grows with the log (it was the heaviest page of the site: uk/about,
 * 98.1 K of the 100 K budget with 53 entries).
 */
class UpdatesLogPageTest {
    /** The entries the about layout shows (its {@code latest}). */
    private static final int LATEST = 3;
    private static final Pattern ID_LINE = Pattern.compile("(?m)^- id: (\\S+)$");

    private static Map<String, RenderedFile> files(Build.Result result) {
        return result.files().stream().collect(Collectors.toMap(RenderedFile::path, Function.identity()));
    }

    /** The site paths of the log's pages in an edition (prefix "" or "uk/"), in page order. */
    private static List<String> logPages(Map<String, RenderedFile> files, String prefix) {
        List<String> pages = new ArrayList<>();
        pages.add(prefix + "updates/index.html");
        for (int n = 2; files.containsKey(prefix + "updates/" + n + "/index.html"); n++) {
            pages.add(prefix + "updates/" + n + "/index.html");
        }
        return pages;
    }

    /** The log as the English edition has it: the Ukrainian one has the same ids, dates and order, its URLs the same below uk/. */
    private static List<Update> updates(Build.Result result) {
        return result.site().updates();
    }

    @Test
    void aboutShowsTheNewestEntriesAndLinksToTheLog() {
        Build.Result result = RealSite.built();
        Map<String, RenderedFile> files = files(result);
        for (String prefix : List.of("", "uk/")) {
            List<Update> updates = updates(result);
            assertTrue(updates.size() > LATEST, "the real log has more entries than the about page shows");
            Document about = Jsoup.parse(files.get(prefix + "about/index.html").text());
            List<String> shown = about.select("ol.updates > li").eachAttr("id");
            assertEquals(updates.subList(0, LATEST).stream().map(Update::anchor).toList(), shown, prefix + "about: the newest entries, newest first");
            // after the shown entries (the text's own link to the page comes before them)
            Element all = about.select("ol.updates ~ p a[href$=updates/index.html]").first();
            assertTrue(all != null, prefix + "about links to the log's page");
            assertEquals(prefix + "updates/index.html", URI.create("https://x/" + prefix + "about/index.html").resolve(all.attr("href")).getPath().substring(1));
            assertEquals(prefix.isEmpty() ? "All updates and corrections" : "Усі оновлення та виправлення", all.text());
            // every other entry keeps its anchor at that link: about/#update-<id>, shared before the log had its own page, lands there
            for (Update update : updates.subList(LATEST, updates.size())) {
                Element anchor = about.getElementById(update.anchor());
                assertTrue(anchor != null && anchor.parent() == all.parent(), prefix + "about keeps the anchor " + update.anchor() + " at the link to the log");
            }
            assertEquals(updates.size() - LATEST, all.parent().select("span[id]").size(), prefix + "about: one anchor for each entry not shown");
            // the newest entry's date, as the site's "last updated"
            assertTrue(about.select("p > time[datetime=" + updates.get(0).date().iso() + "]").size() > 0, prefix + "about: last updated");
        }
    }

    @Test
    void theLogsPagesHoldEveryEntryOnceNewestFirstWhereItsUrlSays() {
        Build.Result result = RealSite.built();
        Map<String, RenderedFile> files = files(result);
        for (String prefix : List.of("", "uk/")) {
            List<Update> updates = updates(result);
            List<String> pages = logPages(files, prefix);
            List<String> listed = new ArrayList<>();
            for (String page : pages) {
                Document document = Jsoup.parse(files.get(page).text());
                for (Element li : document.select("ol.updates > li")) {
                    listed.add(li.id());
                    Update update = updates.stream().filter(u -> u.anchor().equals(li.id())).findFirst().orElseThrow();
                    assertEquals(page.substring(prefix.length()).replace("index.html", "") + "#" + update.anchor(), update.url(),
                            "an entry's url is the page that shows it");
                }
                assertTrue(document.select("link[rel=alternate][hreflang=uk]").size() == 1, page + ": hreflang alternates");
            }
            assertEquals(updates.stream().map(Update::anchor).toList(), listed, prefix + "updates: every entry once, newest first");
            assertTrue(files.get(prefix + "sitemap.xml").text().contains("/" + prefix + "updates/</loc>"), prefix + "sitemap");
            for (String page : List.of(prefix + "index.html", prefix + "sources/index.html")) {
                Document document = Jsoup.parse(files.get(page).text());
                assertTrue(document.select(".foot-links a[href$=updates/index.html]").size() == 1, page + ": the footer links the log");
            }
        }
    }

    /**
     * With twice today's entries (each copied under a new id, in both languages), the about page
     * weighs what it weighs today, give or take the newest entries' length and an empty anchor for
     * each entry it does not show (about 30 characters), and every page of the
     * log stays within the 100 K characters budget (ReactionsWeightTest measures as the gate does).
     */
    @Test
    void aboutDoesNotGrowWithTheLogAndTheLogsPagesStayWithinTheBudget(@TempDir Path root) throws IOException {
        ProjectFiles.copyTree(Path.of("content"), root.resolve("content"));
        ProjectFiles.copyTree(Path.of("templates"), root.resolve("templates"));
        int today = 0;
        for (String name : List.of("updates.yaml", "updates.uk.yaml")) {
            Path file = root.resolve("content/data").resolve(name);
            String yaml = Files.readString(file);
            if (name.equals("updates.yaml")) {
                today = (int) ID_LINE.matcher(yaml).results().count();
            }
            Files.writeString(file, yaml + (yaml.endsWith("\n") ? "" : "\n") + ID_LINE.matcher(yaml).replaceAll("- id: $1-copy"));
        }
        assertTrue(today > 20, "the real site's updates were not found: " + today);
        Project project = Project.of(root, Path.of("content"), Path.of("templates"), root.resolve("site"));
        Build.Result result = Build.run(new Build.Options(project, null, false, true));
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        Map<String, RenderedFile> files = files(result);
        Map<String, RenderedFile> real = files(RealSite.built());
        List<String> over = new ArrayList<>();
        int shown = 0;
        for (String prefix : List.of("", "uk/")) {
            for (String page : logPages(files, prefix)) {
                String html = files.get(page).text();
                shown += Jsoup.parse(html).select("ol.updates > li").size();
                long weight = ReactionsWeightTest.weight(page, html, files, root.resolve("templates/static"), result.site().config().basePath());
                if (weight > ReactionsWeightTest.BUDGET) {
                    over.add(page + ": " + String.format("%.1f K characters", weight / 1024.0));
                }
            }
            String about = prefix + "about/index.html";
            long doubled = ReactionsWeightTest.weight(about, files.get(about).text(), files, root.resolve("templates/static"), "/");
            long now = ReactionsWeightTest.weight(about, real.get(about).text(), real, Path.of("templates/static"), "/");
            assertTrue(Math.abs(doubled - now) < 8 * 1024, about + " grew with the log: " + now + " -> " + doubled + " characters");
            assertTrue(now < 70 * 1024, about + " weighs " + now + " characters");
        }
        assertEquals(2 * 2 * today, shown, "every entry and its copy appear once on the log's pages of both editions");
        assertEquals(List.of(), over, "pages of the updates log over the 100 K characters budget with twice today's entries");
    }
}
