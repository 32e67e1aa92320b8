package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.render.RenderedFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/**
 * The real site's menu is written once a page: one list in a {@code <details>} that phones show folded behind its
 * Menu button and wider screens show as a row (style.css, {@code ::details-content}). It was written twice, a folded
 * copy for phones and a row for desktops, about 0.8 K of every page.
 */
class MenuOnceTest {
    @Test
    void everyPageWritesItsMenuOnceInOneDetails() {
        List<String> wrong = new ArrayList<>();
        int pages = 0;
        for (RenderedFile file : RealSite.pages()) {
            pages++;
            Document page = Jsoup.parse(file.text());
            Elements navs = page.select("header.masthead nav.site-nav");
            Element nav = navs.size() == 1 ? navs.first() : null;
            Elements lists = nav == null ? new Elements() : nav.select("ul");
            Elements links = nav == null ? new Elements() : nav.select("a[href]");
            Set<String> hrefs = new HashSet<>();
            boolean twice = false;
            for (Element a : links) {
                twice |= !hrefs.add(a.attr("href"));
            }
            if (nav == null || lists.size() != 1 || links.size() < 8 || twice
                    || nav.selectFirst("details.nav-fold > summary + ul") != lists.first()) {
                wrong.add(file.path() + ": " + navs.size() + " menus, " + lists.size() + " lists, " + links.size() + " links"
                        + (twice ? ", a link written twice" : ""));
            }
        }
        assertTrue(pages > 100, "pages of both editions: " + pages);
        assertEquals(List.of(), wrong, "pages whose menu is not one list of links in details.nav-fold after its summary");
    }
}
