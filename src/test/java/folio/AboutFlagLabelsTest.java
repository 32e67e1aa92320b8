package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.render.RenderedFile;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The sources list marks sources with labels ("Republished copy", "Передрук", "Aggregator") and
 * links "how the guide treats its sources" to About, whose method section explained them under
 * the data's codes instead ("copy", "ru-state", "pro-kremlin-agg", "agg", "none"): words a reader
 * never sees anywhere else, and English ones on the Ukrainian page. Builds the real site and
 * requires, in each edition, that every label the sources pages show is explained in bold on the
 * About page, and that no code is.
 */
class AboutFlagLabelsTest {

    private static final Set<String> CODES = Set.of("none", "copy", "ru-state", "state", "pro-kremlin-agg", "agg");

    @Test
    void aboutExplainsTheLabelsTheSourcesListShows() {
        Build.Result result = RealSite.built();
        Map<String, Set<String>> shown = new HashMap<>();
        Map<String, Set<String>> explained = new HashMap<>();
        for (RenderedFile file : result.files()) {
            String edition = file.path().startsWith("uk/") ? "uk" : "en";
            String rest = edition.equals("uk") ? file.path().substring(3) : file.path();
            if (rest.startsWith("sources/") && rest.endsWith(".html")) {
                Document page = Jsoup.parse(new String(file.bytes(), StandardCharsets.UTF_8), file.path());
                for (Element flag : page.select("li[id] .flag")) {
                    shown.computeIfAbsent(edition, k -> new TreeSet<>()).add(flag.text());
                }
            } else if (rest.equals("about/index.html")) {
                Document page = Jsoup.parse(new String(file.bytes(), StandardCharsets.UTF_8), file.path());
                for (Element term : page.select("main li > strong:first-child")) {
                    explained.computeIfAbsent(edition, k -> new TreeSet<>()).add(term.text());
                }
            }
        }
        for (String edition : Set.of("en", "uk")) {
            Set<String> labels = shown.getOrDefault(edition, Set.of());
            Set<String> terms = explained.getOrDefault(edition, Set.of());
            assertTrue(labels.size() >= 4, edition + ": the sources pages show only " + labels);
            for (String label : labels) {
                assertTrue(terms.contains(label), edition + "/about: the label \"" + label
                        + "\" the sources list shows is not explained; the list explains " + terms);
            }
            for (String term : terms) {
                assertTrue(!CODES.contains(term), edition + "/about: explains the data's code \"" + term
                        + "\", a word the pages never show; use the label the sources list shows");
            }
        }
    }
}
