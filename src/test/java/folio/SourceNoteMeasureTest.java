package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.render.RenderedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A source's note, the small print under its entry on the sources pages, keeps a readable measure
 * however long it is: it is a block of its own with a max-width in its own font size. Left inline
 * in the column it ran to 90-99 characters a line at 768 px and up (English and Ukrainian), past the
 * 80 the browser gate 'wide' allows; that gate measures the lines, this test holds the markup and the
 * rule that keep them short. 34em of sans-serif small print is about 70 characters; 38em, at the
 * narrowest average letter (.47em), would be 80.
 */
class SourceNoteMeasureTest {
    private static final Pattern RULE = Pattern.compile("(?m)^\\s*\\.src-note\\s*\\{([^}]*)\\}");
    private static final Pattern MAX_WIDTH = Pattern.compile("max-width:\\s*([0-9.]+)em");


    @Test
    void everyNoteOnTheSourcesPagesIsAMeasuredBlock() {
        Build.Result result = RealSite.built();
        List<String> loose = new ArrayList<>();
        int notes = 0;
        for (RenderedFile file : result.files()) {
            if (!file.path().matches("(uk/)?sources/(\\d+/)?index\\.html")) {
                continue;
            }
            Document page = Jsoup.parse(new String(file.bytes(), StandardCharsets.UTF_8), file.path());
            for (Element note : page.select("ol.srcs > li > small")) {
                notes++;
                if (!note.hasClass("src-note")) {
                    loose.add(file.path() + ": " + note.outerHtml().substring(0, Math.min(80, note.outerHtml().length())));
                }
            }
        }
        assertTrue(notes > 40, notes + " notes on the sources pages");
        assertTrue(loose.isEmpty(), "notes without class src-note: " + loose);
    }

    @Test
    void theNoteRuleIsABlockWithItsOwnMeasure() throws IOException {
        String css = Files.readString(Path.of("templates/static/style.css"));
        Matcher rule = RULE.matcher(css);
        assertTrue(rule.find(), "no .src-note rule in templates/static/style.css");
        String body = rule.group(1);
        assertTrue(body.matches("(?s).*display:\\s*block.*"), ".src-note is not a block: " + body);
        Matcher width = MAX_WIDTH.matcher(body);
        assertTrue(width.find(), ".src-note has no max-width in em (its own font size): " + body);
        assertTrue(Double.parseDouble(width.group(1)) <= 38, ".src-note's measure is over 80 characters: " + body);
    }
}
