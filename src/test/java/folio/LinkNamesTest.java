package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.render.RenderedFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A screen reader lists a page's links by name, out of their lines. A link whose whole text is an
 * interface word ("Edit", "Profile", "Редагувати", "Профіль") and that is repeated for every entry
 * gave that list twenty-five "Edit" links to twenty-five places, and sixteen "Profile" links on the
 * European reactions page, with nothing to tell them apart. Builds the real site and requires, on
 * every page of both editions, that links with the same name (text, hidden text included, or
 * aria-label) lead to the same place. Three names are let through, each for its reason:
 * "single unconfirmed report" always means the same thing and leads to the same explanation, on
 * whichever page of the sources list holds the source; "original" sits inside its reference entry,
 * after the site it was read at, and is not a link a reader picks from a list; "NATO" on the
 * reactions overview is both the camp's tab and the alliance's own row, and both lead to the
 * camp's page (the row to the alliance's reaction on it).
 */
class LinkNamesTest {

    private static final Set<String> SAME_MEANING = Set.of(
            "single unconfirmed report", "єдине непідтверджене повідомлення", "original", "оригінал", "NATO", "НАТО");

    @Test
    void linksWithOneNameLeadToOnePlace() {
        List<String> problems = new ArrayList<>();
        int pages = 0;
        int editLinks = 0;
        for (RenderedFile file : RealSite.pages()) {
            pages++;
            Document page = Jsoup.parse(new String(file.bytes(), StandardCharsets.UTF_8), file.path());
            editLinks += page.select("a.edit-entry").size();
            Map<String, Set<String>> targets = new TreeMap<>();
            for (Element link : page.select("a[href]")) {
                if (link.closest("sup.cite") != null) {
                    continue; // a citation's number: its aria-label names the source, and the number is its place in the list
                }
                String name = link.hasAttr("aria-label") ? link.attr("aria-label") : link.text();
                targets.computeIfAbsent(name.strip(), k -> new TreeSet<>()).add(link.attr("href"));
            }
            targets.forEach((name, hrefs) -> {
                if (hrefs.size() > 1 && isInterfaceWord(name) && !SAME_MEANING.contains(name)) {
                    problems.add(file.path() + ": " + hrefs.size() + " links named \"" + name + "\" lead to " + hrefs.size()
                            + " places, e.g. " + String.join(", ", hrefs.stream().limit(2).toList()));
                }
            });
        }
        assertTrue(pages > 100, pages + " pages");
        assertTrue(editLinks > 500, editLinks + " entries' edit links: the test no longer sees them");
        assertTrue(problems.isEmpty(), problems.size() + " pages with links a screen reader cannot tell apart:\n"
                + String.join("\n", problems));
    }

    /**
     * Every text the templates' interface files give (templates/i18n/*.yaml, one "key: text" a
     * line, quotes taken off): a link named by one of these was named by the theme, not by the
     * writer of an entry, and is what repeats from entry to entry.
     */
    private static final Set<String> INTERFACE = interfaceTexts();

    private static Set<String> interfaceTexts() {
        Set<String> texts = new TreeSet<>();
        for (String language : List.of("en", "uk")) {
            try {
                for (String line : java.nio.file.Files.readAllLines(Path.of("templates/i18n/" + language + ".yaml"))) {
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*[\\w.-]+:\\s*(\\S.*)$").matcher(line);
                    if (m.matches() && !line.strip().startsWith("#")) {
                        texts.add(m.group(1).strip().replaceAll("^[\"']|[\"']$", ""));
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return texts;
    }

    private static boolean isInterfaceWord(String name) {
        return INTERFACE.contains(name);
    }
}
