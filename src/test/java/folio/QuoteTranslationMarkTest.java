package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.site.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A quote shown in one language from a source that gives it in another is our translation, and
 * its caption says so: "our translation" in English, «наш переклад» in Ukrainian. A quote whose
 * source gives the words in the page's language carries no mark. Checked on every quote of both
 * editions of the real site.
 */
class QuoteTranslationMarkTest {

    private record Shown(String page, String language, String sourceId, boolean marked) {}

    @Test
    void everyQuoteIsMarkedExactlyWhenItsSourceIsInAnotherLanguage() throws IOException {
        Map<String, Source> sources = RealSite.built().site().sources().stream()
                .collect(Collectors.toMap(Source::id, Function.identity()));
        List<Shown> quotes = quotesShown(RealSite.output());
        assertFalse(quotes.isEmpty(), "the real site shows quotes");
        for (Shown quote : quotes) {
            Source source = sources.get(quote.sourceId());
            assertNotNull(source, quote + ": the caption cites a known source");
            boolean translated = !source.languageCode().equals(quote.language());
            assertEquals(translated, quote.marked(), quote + ": the source's page is in " + source.languageCode());
        }
        assertTrue(quotes.stream().anyMatch(Shown::marked), "some quote is our translation (Ukrainian pages quoting English reports)");
        assertTrue(quotes.stream().anyMatch(q -> !q.marked()), "most quotes are the source's own words");
    }

    @Test
    void theMarkReadsInThePagesLanguage() throws IOException {
        for (Shown quote : quotesShown(RealSite.output())) {
            if (quote.marked()) {
                String mark = mark(RealSite.output().resolve(quote.page()));
                assertEquals(quote.language().equals("uk") ? "(наш переклад)" : "(our translation)", mark, quote.toString());
            }
        }
    }

    private static List<Shown> quotesShown(Path site) throws IOException {
        List<Shown> shown = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                Document page = Jsoup.parse(file.toFile(), "UTF-8");
                String language = page.selectFirst("html").attr("lang");
                for (Element caption : page.select("figure.quote figcaption")) {
                    Element cite = caption.selectFirst("sup.cite a[href]");
                    assertNotNull(cite, file + ": a quote's caption cites its source");
                    shown.add(new Shown(site.relativize(file).toString(), language, sourceId(page, cite.attr("href")),
                            caption.selectFirst(".quote-translated") != null));
                }
            }
        }
        return shown;
    }

    /** The cited source's id: from the sources page's anchor, directly or through the page's numbered reference list. */
    private static String sourceId(Document page, String href) {
        String fragment = href.substring(href.indexOf('#') + 1);
        if (href.startsWith("#ref-")) {
            Element outlet = page.selectFirst("li#" + fragment + " a.outlet[href]");
            assertNotNull(outlet, fragment + " links to its source's entry");
            String entry = outlet.attr("href");
            return entry.substring(entry.indexOf('#') + 1);
        }
        return fragment;
    }

    private static String mark(Path file) throws IOException {
        for (Element caption : Jsoup.parse(file.toFile(), "UTF-8").select("figure.quote figcaption")) {
            Element mark = caption.selectFirst(".quote-translated");
            if (mark != null) {
                return mark.text();
            }
        }
        return null;
    }
}
