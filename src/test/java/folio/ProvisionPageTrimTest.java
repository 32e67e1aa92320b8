package folio;

import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.render.RenderedFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What a point's page carries that no reader or screen reader gets anything from, over the real
 * site in both editions. uk/provisions/21 stood at 97.1 K of the 100 K page budget.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvisionPageTrimTest {
    private static final Pattern POINT_PAGE = Pattern.compile("(uk/)?provisions/\\d+/index\\.html");
    /** One step of an outline: a letter (M, l, z) or a number. */
    private static final Pattern PATH_TOKEN = Pattern.compile("[MlLz]|-?\\d+(?:\\.\\d+)?");
    private Build.Result result;

    @BeforeAll
    void build() {
        result = RealSite.built();
    }

    private List<Document> pointPages() {
        List<Document> pages = new ArrayList<>();
        for (RenderedFile file : result.files()) {
            if (POINT_PAGE.matcher(file.path()).matches()) {
                pages.add(Jsoup.parse(new String(file.bytes(), StandardCharsets.UTF_8), file.path()));
            }
        }
        assertTrue(pages.size() >= 56, "point pages: " + pages.size());
        return pages;
    }

    /**
     * A reaction listed under "Reactions to this point" said "Points: Point 21" on point 21's own
     * page, a link to the page the reader is on, 14 times on uk/provisions/21 (1.25 K). The line
     * stays where it names another point too.
     */
    @Test
    void aReactionOnlyToThisPointDoesNotSaySo() {
        List<String> found = new ArrayList<>();
        for (Document page : pointPages()) {
            for (Element line : page.select("li.rx p.rx-on")) {
                List<String> targets = line.select("a").eachAttr("href");
                if (targets.size() == 1 && page.location().endsWith(selfLink(targets.get(0)))) {
                    found.add(page.location() + ": " + line.text());
                }
            }
        }
        assertTrue(found.isEmpty(), found.size() + " reactions name only the point whose page they are on:\n"
                + String.join("\n", found.subList(0, Math.min(10, found.size()))));
    }

    /** "../../provisions/21/index.html" as the end of the page's own path. */
    private static String selfLink(String href) {
        return href.replaceFirst("^(\\.\\./)+", "");
    }

    /**
     * A point's map is cropped to the oblasts it concerns, but carried the outline of every unit of
     * Ukraine, 10 of them wholly outside the crop (4.6 K of path data on provisions/21), drawn where
     * nobody sees them. Every outline an excerpt draws must reach into its view box.
     */
    @Test
    void aCroppedMapDrawsOnlyWhatItShows() {
        List<String> found = new ArrayList<>();
        int maps = 0;
        for (Document page : pointPages()) {
            for (Element map : page.select("svg.oblast-map-excerpt")) {
                maps++;
                double[] view = java.util.Arrays.stream(map.attr("viewBox").split(" ")).mapToDouble(Double::parseDouble).toArray();
                for (Element unit : map.select("path.oblast")) {
                    double[] box = bounds(unit.attr("d"));
                    if (box[2] < view[0] || box[0] > view[0] + view[2] || box[3] < view[1] || box[1] > view[1] + view[3]) {
                        found.add(page.location() + ": " + unit.id());
                    }
                }
            }
        }
        assertTrue(maps >= 2, "cropped maps on point pages: " + maps);
        assertTrue(found.isEmpty(), found.size() + " outlines lie wholly outside their map's view box:\n" + String.join("\n", found));
    }

    /** Min x, min y, max x, max y of path data written as OblastMap writes it (M x y, then l and relative steps). */
    private static double[] bounds(String d) {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        Matcher token = PATH_TOKEN.matcher(d);
        boolean relative = false;
        double x = 0, y = 0;
        List<Double> pair = new ArrayList<>(2);
        while (token.find()) {
            String t = token.group();
            switch (t) {
                case "M", "L", "z" -> relative = false;
                case "l" -> relative = true;
                default -> {
                    pair.add(Double.parseDouble(t));
                    if (pair.size() == 2) {
                        x = relative ? x + pair.get(0) : pair.get(0);
                        y = relative ? y + pair.get(1) : pair.get(1);
                        pair.clear();
                        box[0] = Math.min(box[0], x);
                        box[1] = Math.min(box[1], y);
                        box[2] = Math.max(box[2], x);
                        box[3] = Math.max(box[3], y);
                    }
                }
            }
        }
        return box;
    }
}
