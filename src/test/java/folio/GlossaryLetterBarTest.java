package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import folio.render.RenderedFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The real site's glossary letter bar: every letter in it is a letter of its edition's alphabet
 * (glossary.alphabet), and the initials outside it (the Ukrainian glossary's Latin DeepState,
 * Euroclear, G20) sit behind one marker that names them to a screen reader, never as a Latin E
 * beside a Cyrillic Е. Each link leads to a letter heading of the glossary.
 */
class GlossaryLetterBarTest {
    @Test
    void theLetterBarShowsOneAlphabetAndOneMarkerForTheRest() throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<String> wrong = new ArrayList<>();
        int bars = 0;
        boolean markerSeen = false;
        for (RenderedFile file : RealSite.built().files()) {
            if (!file.path().matches("(uk/)?glossary/(\\d+/)?index\\.html")) {
                continue;
            }
            String language = file.path().startsWith("uk/") ? "uk" : "en";
            JsonNode glossary = yaml.readTree(Path.of("templates/i18n/" + language + ".yaml").toFile()).get("glossary");
            List<String> alphabet = List.of(glossary.get("alphabet").asText().split(" "));
            Document page = Jsoup.parse(file.text());
            Element bar = page.selectFirst("nav.az");
            if (bar == null) {
                wrong.add(file.path() + ": no letter bar");
                continue;
            }
            bars++;
            for (Element link : bar.select("a")) {
                Element shown = link.clone();
                shown.select(".vh").remove();
                String letter = shown.text();
                if (link.parent().hasClass("az-others")) {
                    markerSeen = true;
                    if (!letter.equals(glossary.get("others").asText()) || !link.select(".vh").text().contains(glossary.get("others-name").asText())) {
                        wrong.add(file.path() + ": marker \"" + link.text() + "\"");
                    }
                } else if (!alphabet.contains(letter)) {
                    wrong.add(file.path() + ": \"" + letter + "\" (U+" + Integer.toHexString(letter.codePointAt(0)).toUpperCase() + ") is not a letter of the " + language + " alphabet");
                }
            }
        }
        assertEquals(4, bars, "glossary pages with a letter bar");
        assertEquals(List.of(), wrong);
        assertTrue(markerSeen, "the Ukrainian glossary's Latin headwords (DeepState, Euroclear, G20) behind the marker");
    }
}
