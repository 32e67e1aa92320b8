package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.render.RenderedFile;
import java.nio.charset.StandardCharsets;
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
 * Citations on the real site, both editions. A group that names its outlets showed "[Axios; Axios;
 * UNN; Axios]" on the timeline, four links of which two read alike, and only the first took focus
 * with Tab (tabindex="-1" on the others), though each leads to another entry of the sources list,
 * some on another of its pages: a keyboard user could open only the first. Now every link of a
 * group has a name of its own (text, hidden text included, or aria-label), an outlet's link takes
 * focus, and a number left out of the Tab order leads into the reference list on its own page,
 * which the group's first number leads to too.
 */
class CitationLinksTest {

    @Test
    void everyLinkOfACitationIsNamedApartAndWithinKeyboardReach() {
        List<String> problems = new ArrayList<>();
        int groups = 0;
        int told = 0;
        Set<String> dated = new HashSet<>();
        for (RenderedFile file : RealSite.pages()) {
            Document page = Jsoup.parse(new String(file.bytes(), StandardCharsets.UTF_8), file.path());
            for (Element sup : page.select("sup.cite")) {
                groups++;
                Set<String> names = new HashSet<>();
                for (Element link : sup.select("a[href]")) {
                    String name = link.hasAttr("aria-label") ? link.attr("aria-label") : link.text();
                    if (!names.add(name.strip())) {
                        problems.add(file.path() + ": \"" + name + "\" twice in " + sup.text());
                    }
                    boolean number = link.attr("href").startsWith("#ref-");
                    if (!number && link.hasAttr("tabindex")) {
                        problems.add(file.path() + ": " + link.text() + " in " + sup.text() + " is out of the Tab order");
                    }
                    Element target = number ? page.getElementById(link.attr("href").substring(1)) : null;
                    if (number && link.hasAttr("tabindex") && (target == null || !target.parent().is("ol.references"))) {
                        problems.add(file.path() + ": " + link.attr("href") + " is out of the Tab order but not in the reference list");
                    }
                }
                if (sup.selectFirst("a[href^='#ref-']") == null && sup.text().contains(", ")) {
                    told++;
                    if (sup.text().contains("Axios, 18 November 2025") || sup.text().contains("Axios, 18 листопада 2025 року")) {
                        dated.add(file.path());
                    }
                }
            }
        }
        assertTrue(groups > 500, groups + " citations: the test no longer sees them");
        assertTrue(problems.isEmpty(), problems.size() + " citation links:\n" + String.join("\n", problems));
        assertTrue(told >= 20, told + " groups tell an outlet's reports apart: the timeline and reactions pages had 22");
        assertTrue(dated.containsAll(List.of("timeline/index.html", "uk/timeline/index.html")),
                "the timeline of each edition dates Axios's report in its own style: " + dated);
    }

    /**
     * The built-in partial, for a theme without its own: one outlet's reports told apart by date, by
     * the site read at, else by place with the headline in the link's name; every name a Tab stop.
     */
    @Test
    void theBuiltInPartialTellsAnOutletsReportsApart(@TempDir Path dir) {
        TestSite site = TestSite.minimal(dir)
                .file("templates/page.peb", TestSite.BASE_TEMPLATE.replace("{{ references() }}", ""))
                .file("content/index.md", "---\ntitle: Home\n---\nThe draft was handed over [@a; @b; @c; @d; @e].\n")
                .file("content/data/sources.yaml", """
                        - {id: a, outlet: Wire, title: First, date: 2025-11-20, url: "https://wire.example/a", flag: none}
                        - {id: b, outlet: Daily, title: Second, date: 2025-11-20, url: "https://daily.example/b", flag: none}
                        - {id: c, outlet: Wire, title: Third, date: 2025-11-23, url: "https://wire.example/c", flag: none}
                        - {id: d, outlet: Wire, title: Fourth, url: "https://wire.example/d", flag: none}
                        - {id: e, outlet: Wire, title: Fifth, url: "https://mirror.example/e", read_at: Mirror, flag: none}
                        """);
        Build.Result result = site.build();
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        Element sup = Jsoup.parse(site.read("index.html")).selectFirst("sup.cite");
        assertEquals("[Wire, 20 November 2025; Daily; Wire, 23 November 2025; Wire, report 1; Wire, read at Mirror]", sup.text());
        assertEquals("Wire, report 1: Fourth", sup.select("a").get(3).attr("aria-label"));
        assertTrue(sup.select("a[tabindex]").isEmpty(), sup.outerHtml());
    }
}
