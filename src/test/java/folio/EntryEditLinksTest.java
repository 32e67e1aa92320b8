package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.render.RenderedFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Over the real site: every entry a page shows (reaction, event, term, actor, source) links to
 * its own file at its own line on GitHub, and each point's page edits its own file.
 */
class EntryEditLinksTest {
    private static final Pattern REPOSITORY = Pattern.compile("(?m)^repository:\\s*\"?([^\"\\s]+)\"?");
    private static final Pattern BRANCH = Pattern.compile("(?m)^edit_branch:\\s*\"?([^\"\\s]+)\"?");
    /** The kinds of entries, by the prefix of the older anchor each keeps. */
    private static final List<String> KINDS = List.of("reaction", "event", "term", "actor", "source");


    @Test
    void everyEntryLinksToItsOwnFileAndLine() throws Exception {
        String config = Files.readString(Path.of("content/site.yaml"));
        Matcher repository = REPOSITORY.matcher(config);
        assertTrue(repository.find(), "content/site.yaml names no repository");
        Matcher branch = BRANCH.matcher(config);
        String blob = repository.group(1) + "/blob/" + (branch.find() ? branch.group(1) : "main") + "/";
        String edit = blob.replace("/blob/", "/edit/");


        Map<String, Integer> checked = new TreeMap<>();
        int provisions = 0;
        int translated = 0;
        for (RenderedFile file : RealSite.pages()) {
            Document page = Jsoup.parse(new String(file.bytes(), StandardCharsets.UTF_8));
            for (Element link : page.select("a.edit-entry")) {
                // An entry's id is its anchor; the empty element with its older anchor (kind-id) says its kind.
                Element entry = link.parents().stream().filter(p -> kindOf(p) != null).findFirst().orElse(null);
                assertNotNull(entry, file.path() + ": edit link outside an entry: " + link);
                String kind = kindOf(entry);
                String id = entry.id();
                String href = link.attr("href");
                assertTrue(href.startsWith(blob) && href.matches(".*#L\\d+"), file.path() + ": " + href);
                String path = href.substring(blob.length(), href.lastIndexOf("#L"));
                int line = Integer.parseInt(href.substring(href.lastIndexOf("#L") + 2));
                List<String> lines = Files.readAllLines(Path.of(path));
                assertEquals("- id: " + id, lines.get(line - 1).strip(), file.path() + ": " + kind + " " + id + " links to " + path + ":" + line);
                assertEquals(textsOf(file.path(), path, id), path,
                        file.path() + ": " + kind + " " + id + " links to the file that does not hold its text in this edition");
                checked.merge(kind, 1, Integer::sum);
                translated += path.endsWith(".uk.yaml") ? 1 : 0;
            }
            for (String kind : KINDS) {
                for (Element entry : page.select("li[id^=" + kind + "-], div[id^=" + kind + "-]")) {
                    assertEquals(1, entry.select("a.edit-entry").size(), file.path() + ": " + entry.id() + " needs one edit link");
                }
            }
            if (file.path().startsWith("provisions/") && file.path().matches("provisions/\\d+/index.html")) {
                String number = file.path().split("/")[1];
                Element tool = page.selectFirst("a:containsOwn(Edit this page)");
                assertNotNull(tool, file.path());
                String expected = "content/data/provisions/" + (number.length() == 1 ? "0" : "") + number + ".md";
                assertEquals(edit + expected, tool.attr("href"));
                assertTrue(Files.readString(Path.of(expected)).contains("\nnumber: " + number + "\n"), expected);
                provisions++;
            }
        }
        for (String kind : KINDS) {
            assertTrue(checked.getOrDefault(kind, 0) > 0, "no " + kind + " edit link checked: " + checked);
        }
        assertTrue(provisions >= 28, "provision pages checked: " + provisions);
        assertTrue(translated > 100, "edit links to a translation checked: " + translated);
    }

    /**
     * The file that holds an entry's texts on a page: on a page of the Ukrainian edition, the
     * translation beside the English file ({@code terms.uk.yaml}) when it has the entry, else
     * the English file ({@code english}, where the page's link points when it is right).
     */
    private static String textsOf(String page, String linked, String id) throws java.io.IOException {
        String english = linked.replaceFirst("\\.[a-z]{2}\\.yaml$", ".yaml");
        if (!page.startsWith("uk/")) {
            return english;
        }
        Path translation = Path.of(english.replaceFirst("\\.yaml$", ".uk.yaml"));
        return Files.exists(translation) && Files.readAllLines(translation).stream().anyMatch(l -> l.strip().equals("- id: " + id))
                ? translation.toString() : english;
    }

    /** The kind of the entry {@code element} is (it holds an empty {@code <span id="kind-id">}), or null. */
    private static String kindOf(Element element) {
        if (element.id().isEmpty()) {
            return null;
        }
        return KINDS.stream().filter(k -> element.getElementById(k + "-" + element.id()) != null)
                .findFirst().orElse(null);
    }
}
