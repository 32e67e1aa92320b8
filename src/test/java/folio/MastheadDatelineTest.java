package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import folio.render.RenderedFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/**
 * The real site's dateline: every page of both editions says at its top, in the masthead, when the
 * content was last checked against its sources (site.yaml's last_checked), in its own language's
 * words and date style, with the date machine-readable, after the coverage end.
 */
class MastheadDatelineTest {
    @Test
    void everyPageSaysAtTheTopWhenItWasLastChecked() throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonNode site = yaml.readTree(Path.of("content/site.yaml").toFile());
        LocalDate checked = LocalDate.parse(site.get("last_checked").asText());
        LocalDate coverage = LocalDate.parse(site.get("coverage_until").asText());
        String en = label(yaml, "en") + " " + checked.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
        String uk = label(yaml, "uk") + " " + checked.format(DateTimeFormatter.ofPattern("d MMMM yyyy 'року'", Locale.forLanguageTag("uk")));

        List<String> wrong = new ArrayList<>();
        int pages = 0;
        for (RenderedFile file : RealSite.pages()) {
            pages++;
            Document page = Jsoup.parse(file.text());
            boolean ukrainian = file.path().startsWith("uk/");
            Elements times = page.select("body > header.masthead .status-tag time");
            Element part = page.selectFirst("body > header.masthead .status-tag .status-checked");
            String said = part == null ? null : part.text().replaceFirst("^·\\s*", "");
            if (times.size() != 2 || !times.get(0).attr("datetime").equals(coverage.toString())
                    || !times.get(1).attr("datetime").equals(checked.toString())
                    || !(ukrainian ? uk : en).equals(said)) {
                wrong.add(file.path() + ": " + (part == null ? "no last-checked part in the masthead" : "\"" + said + "\", " + times));
            }
        }
        assertTrue(pages > 100, "pages of both editions: " + pages);
        assertEquals(List.of(), wrong, "pages whose masthead does not say \"" + en + "\" / \"" + uk + "\" with <time datetime=\"" + checked + "\">");
    }

    private static String label(ObjectMapper yaml, String language) throws Exception {
        return yaml.readTree(Path.of("templates/i18n/" + language + ".yaml").toFile()).get("header").get("checked").asText();
    }
}
