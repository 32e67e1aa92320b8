package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What the real site's readers see, in both editions: builds content/ and templates/ and reads
 * every page's text and the attributes a reader or a screen reader meets (title, aria-label, alt),
 * and the text of every other file a reader can open (search index, open data, feed).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderTextTest {
    private Build.Result result;

    @BeforeAll
    void build() {
        result = RealSite.built();
    }

    /**
     * The project's own bookkeeping is not the reader's: source notes said "during the issue 13
     * source review" / "(issue 13)", the number of a ticket no reader can look up.
     */
    @Test
    void noPageNamesTheProjectsTickets() {
        Pattern ticket = Pattern.compile("(?i)\\b(issue|ticket|pull request|PR)\\s*#?\\d+");
        List<String> found = new ArrayList<>();
        for (RenderedFile file : result.files()) {
            for (String text : readerTexts(file)) {
                Matcher matcher = ticket.matcher(text);
                while (matcher.find()) {
                    found.add(file.path() + ": \"" + around(text, matcher.start(), matcher.end()) + "\"");
                }
            }
        }
        assertTrue(found.isEmpty(), found.size() + " places name a ticket of the project:\n" + String.join("\n", found));
    }

    /**
     * The Ukrainian style sheet keeps a number together: thousands separated by a no-break space
     * ("600 000"), and a no-break space before a unit or a per cent sign ("116 165 км²", "4,7 %",
     * "90 млрд"). Ukrainian content had ordinary spaces there in 24 places, so a line could end in
     * "116" or "4,7" and start with "165 км²" or "%". Reads every text and reader-facing attribute
     * of the Ukrainian pages, leaving out what is quoted in another language (an English headline).
     */
    @Test
    void ukrainianNumbersKeepTheirGroupsAndUnits() {
        Pattern broken = Pattern.compile(
                "(?<![\\d.,:/\\-])\\d+(?:,\\d+)? (?:\\d{3}(?!\\d)|км²|км\\b|м²|млн\\b|млрд\\b|трлн\\b|тис\\.|%)",
                Pattern.UNICODE_CHARACTER_CLASS);
        List<String> found = new ArrayList<>();
        int pages = 0;
        for (RenderedFile file : result.files()) {
            if (!file.path().startsWith("uk/") || !file.path().endsWith(".html")) {
                continue;
            }
            pages++;
            Document page = Jsoup.parse(new String(file.bytes(), StandardCharsets.UTF_8), file.path());
            page.select("script, style").remove();
            List<String> texts = new ArrayList<>();
            for (TextNode node : allTextNodes(page)) {
                if (ukrainian(node.parent())) {
                    texts.add(node.getWholeText());
                }
            }
            for (Element element : page.select("[title], [aria-label], [alt]")) {
                if (ukrainian(element)) {
                    for (String attribute : List.of("title", "aria-label", "alt")) {
                        if (element.hasAttr(attribute)) {
                            texts.add(element.attr(attribute));
                        }
                    }
                }
            }
            for (String text : texts) {
                Matcher matcher = broken.matcher(text);
                while (matcher.find()) {
                    found.add(file.path() + ": \"" + around(text, matcher.start(), matcher.end()) + "\"");
                }
            }
        }
        assertTrue(pages > 40, "only " + pages + " Ukrainian pages were built");
        assertTrue(found.isEmpty(), found.size() + " numbers on the Ukrainian pages are split by an ordinary space"
                + " (write a no-break space, U+00A0):\n" + String.join("\n", found));
    }

    /**
     * The Ukrainian style sheet sets quotations in «…» and a quotation inside one in „…“. The theme
     * sets a source's headline, and our Ukrainian rendering of it, in «…» (source.open-quote), so
     * 28 headlines that quoted someone in «…» read «Стармер … «потребуватиме доопрацювання»» and
     * ««Дешеві провокації»: …». Reads the Ukrainian text of each block of the Ukrainian pages
     * (leaving out what is quoted in another language) and follows the quotation marks: no «
     * inside «…», and no „ outside it.
     */
    @Test
    void ukrainianQuotesInsideQuotesAreLowNine() {
        List<String> found = new ArrayList<>();
        int quotes = 0;
        for (RenderedFile file : result.files()) {
            if (!file.path().startsWith("uk/") || !file.path().endsWith(".html")) {
                continue;
            }
            Document page = Jsoup.parse(new String(file.bytes(), StandardCharsets.UTF_8), file.path());
            page.select("script, style").remove();
            Element block = null;
            StringBuilder text = new StringBuilder();
            int depth = 0;
            for (TextNode node : allTextNodes(page)) {
                if (!ukrainian(node.parent())) {
                    continue;
                }
                Element nearest = node.parent();
                while (nearest != null && !nearest.isBlock()) {
                    nearest = nearest.parent();
                }
                if (nearest != block) {
                    block = nearest;
                    text.setLength(0);
                    depth = 0;
                }
                for (char c : node.getWholeText().toCharArray()) {
                    text.append(c);
                    if (c == '«') {
                        quotes++;
                        if (depth++ > 0) {
                            found.add(file.path() + ": « inside «…»: \"" + around(text.toString(), text.length() - 1, text.length()) + "\"");
                        }
                    } else if (c == '»') {
                        depth = Math.max(0, depth - 1);
                    } else if (c == '„' && depth == 0) {
                        found.add(file.path() + ": „ outside «…»: \"" + around(text.toString(), text.length() - 1, text.length()) + "\"");
                    }
                }
            }
        }
        assertTrue(quotes > 1000, "only " + quotes + " quotation marks « were found on the Ukrainian pages");
        assertTrue(found.isEmpty(), found.size() + " quotations on the Ukrainian pages nest «…» in «…» or open with „"
                + " (UKRAINIAN.md: «…», nested „…“):\n" + String.join("\n", found.subList(0, Math.min(40, found.size()))));
    }

    /**
     * Editors type straight quotes; readers see the marks of the text's language (folio.render.Typographer):
     * “…” and ’ in English, «…», „…“ and ʼ in Ukrainian. The English pages showed 1,248 straight quotes
     * (The Geneva "refined framework", Ukraine's, the sources page's "read at"). Reads the text of every
     * page of both editions, leaving out code, pre, kbd, samp, script and style, where a quote is written as
     * it is; the attributes a reader meets as words (title, aria-label, alt, the description and title that
     * search engines and link previews show); the prose of each page's structured data (JSON-LD); and what
     * the search index shows.
     */
    @Test
    void readersSeeNoStraightQuotes() {
        List<String> found = new ArrayList<>();
        int pages = 0;
        int shown = 0;
        for (RenderedFile file : result.files()) {
            if (file.path().endsWith("search-index.json")) {
                // What a search result shows: its title and the start of its text.
                Matcher entry = Pattern.compile("\"(?:title|text)\":\"((?:[^\"\\\\]|\\\\.)*)\"")
                        .matcher(new String(file.bytes(), StandardCharsets.UTF_8));
                while (entry.find()) {
                    shown++;
                    if (entry.group(1).contains("'") || entry.group(1).contains("\\\"")) {
                        found.add(file.path() + ": \"" + entry.group(1) + "\"");
                    }
                }
            }
            if (!file.path().endsWith(".html")) {
                continue;
            }
            pages++;
            Document page = Jsoup.parse(new String(file.bytes(), StandardCharsets.UTF_8), file.path());
            for (Element data : page.select("script[type=application/ld+json]")) {
                Matcher prose = Pattern.compile("\"(?:name|headline|description)\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(data.data());
                while (prose.find()) {
                    if (prose.group(1).contains("'") || prose.group(1).contains("\\\"")) {
                        found.add(file.path() + ": JSON-LD \"" + prose.group(1) + "\"");
                    }
                }
            }
            List<String> texts = new ArrayList<>();
            for (Element element : page.select("[title], [aria-label], [alt], meta[name=description], meta[property=og:title], "
                    + "meta[property=og:description]")) {
                for (String attribute : List.of("title", "aria-label", "alt", "content")) {
                    if (element.hasAttr(attribute) && (!attribute.equals("content") || element.tagName().equals("meta"))) {
                        texts.add(element.attr(attribute));
                    }
                }
            }
            page.select("code, pre, kbd, samp, script, style, textarea").remove();
            allTextNodes(page).forEach(node -> texts.add(node.getWholeText()));
            for (String text : texts) {
                for (int i = 0; i < text.length(); i++) {
                    if (text.charAt(i) == '"' || text.charAt(i) == '\'') {
                        found.add(file.path() + ": \"" + around(text, i, i + 1) + "\"");
                    }
                }
            }
        }
        assertTrue(pages > 90 && shown > 1000, "only " + pages + " pages and " + shown + " search results were built");
        assertTrue(found.isEmpty(), found.size() + " straight quotes on the pages and in the search results:\n"
                + String.join("\n", found.subList(0, Math.min(40, found.size()))));
    }

    /**
     * Each typographic mark faces the way its place calls for, in the text a reader sees (code and scripts left
     * out): no closing mark right before a letter or digit, no opening mark before a space or closing punctuation,
     * and on Ukrainian pages no Ukrainian apostrophe between Latin letters (an English headline keeps ’).
     */
    @Test
    void quotationMarksFaceTheWayTheirPlaceCallsFor() {
        Pattern closingBeforeWord = Pattern.compile("[”»][\\p{L}\\p{N}]");
        Pattern englishOpeningBeforeEnd = Pattern.compile("[“‘«„][\\s)\\].,;:!?]");
        Pattern ukrainianOpeningBeforeEnd = Pattern.compile("[«„][\\s)\\].,;:!?]");
        Pattern ukrainianApostropheInLatin = Pattern.compile("\\p{IsLatin}ʼ\\p{IsLatin}");
        List<String> found = new ArrayList<>();
        for (RenderedFile file : result.files()) {
            if (!file.path().endsWith(".html")) {
                continue;
            }
            Document page = Jsoup.parse(new String(file.bytes(), StandardCharsets.UTF_8), file.path());
            page.select("code, pre, kbd, samp, script, style, textarea, .vh").remove();
            // Text node by text node, each in the language of its nearest lang attribute (a Russian headline's “ closes).
            for (TextNode node : allTextNodes(page)) {
                Element marked = node.parent() == null ? null : node.parent().closest("[lang]");
                String language = marked == null ? "" : marked.attr("lang");
                List<Pattern> checks = switch (language) {
                    case "en" -> List.of(closingBeforeWord, englishOpeningBeforeEnd);
                    case "uk" -> List.of(closingBeforeWord, ukrainianOpeningBeforeEnd, ukrainianApostropheInLatin);
                    case "ru", "be" -> List.of(closingBeforeWord, ukrainianOpeningBeforeEnd);
                    default -> List.of();
                };
                String text = node.getWholeText();
                for (Pattern wrong : checks) {
                    Matcher at = wrong.matcher(text);
                    while (at.find()) {
                        found.add(file.path() + " (" + language + "): \"" + around(text, at.start(), at.end()) + "\"");
                    }
                }
            }
        }
        assertTrue(found.isEmpty(), found.size() + " marks facing the wrong way:\n" + String.join("\n", found.subList(0, Math.min(40, found.size()))));
    }

    /**
     * A citation's marker ("[4]") belongs to the word before it. Markdown and the templates wrote an
     * ordinary space before it, so at a phone's width a line could start with "[4]." on its own
     * (uk/provisions/21 at 360 px, "DeepState" / "[4]"). The text just before each {@code sup.cite},
     * in the same block, must not end in a space a browser may break at (a no-break space is fine).
     */
    @Test
    void citationsKeepToTheWordBefore() {
        List<String> found = new ArrayList<>();
        int citations = 0;
        for (RenderedFile file : result.files()) {
            if (!file.path().endsWith(".html")) {
                continue;
            }
            Document page = Jsoup.parse(new String(file.bytes(), StandardCharsets.UTF_8), file.path());
            for (Element cite : page.select("sup.cite")) {
                citations++;
                String before = textBefore(cite);
                if (!before.isEmpty() && breakableSpace(before.charAt(before.length() - 1))) {
                    found.add(file.path() + ": \"" + before.substring(Math.max(0, before.length() - 30)) + cite.text() + "\"");
                }
            }
        }
        assertTrue(citations > 1000, "only " + citations + " citations were found");
        assertTrue(found.isEmpty(), found.size() + " citations follow an ordinary space and can start a line"
                + " (write a no-break space, U+00A0, before them):\n" + String.join("\n", found.subList(0, Math.min(40, found.size()))));
    }

    private static boolean breakableSpace(char c) {
        return c != '\u00A0' && c != '\u202F' && (Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    /** The non-empty text that comes just before {@code element} in its block, or "" at the block's start. */
    private static String textBefore(Element element) {
        org.jsoup.nodes.Node at = element;
        while (at != null) {
            org.jsoup.nodes.Node previous = at.previousSibling();
            if (previous == null) {
                at = at.parent();
                if (at instanceof Element parent && parent.isBlock()) {
                    return "";
                }
                continue;
            }
            String text = previous instanceof TextNode node ? node.getWholeText()
                    : previous instanceof Element before ? before.wholeText() : "";
            if (!text.isEmpty()) {
                return text;
            }
            at = previous;
        }
        return "";
    }

    /**
     * The one 404.html serves both editions. Its Ukrainian notice came after the English list of
     * the guide's pages, at about 930 px on a 360 px phone, below the first screen; now at most the
     * English heading and one short paragraph come before it. It also offered "Edit this page" for
     * 404.md, although a reader who lands there found no text of the guide to mend.
     */
    @Test
    void thePageNotFoundSpeaksBothLanguagesAtTheTop() {
        RenderedFile file = result.files().stream().filter(f -> f.path().equals("404.html")).findFirst().orElseThrow();
        Document page = Jsoup.parse(new String(file.bytes(), StandardCharsets.UTF_8), file.path());
        Element notice = page.selectFirst("main section[lang=uk]");
        assertTrue(notice != null && notice.selectFirst("h2") != null, "404.html has no Ukrainian notice with a heading");
        StringBuilder before = new StringBuilder();
        boolean[] reached = {false};
        NodeTraversor.traverse((node, depth) -> {
            reached[0] |= node == notice;
            if (!reached[0] && node instanceof TextNode text) {
                before.append(text.text());
            }
        }, page.selectFirst("main"));
        assertTrue(before.toString().strip().length() < 300, "404.html: " + before.toString().strip().length()
                + " characters of English before the Ukrainian notice (a phone shows it only after scrolling): " + before);
        List<String> edits = page.select("a").stream().filter(a -> a.attr("href").contains("/edit/")
                || a.text().equals("Edit this page")).map(Element::outerHtml).toList();
        assertTrue(edits.isEmpty(), "404.html offers to edit itself: " + edits);
        // The English list of pages comes after the Ukrainian notice: a heading of its own, in English, keeps it from
        // reading (and being listed among the headings) as part of the Ukrainian section.
        Element list = page.selectFirst("main ul.browse");
        Element heading = list == null ? null : list.previousElementSibling();
        assertTrue(heading != null && heading.tagName().equals("h2") && heading.closest("[lang=uk]") == null
                && heading.text().equals("The guide’s pages"), "404.html: the list of pages follows " + heading);
    }

    private static List<TextNode> allTextNodes(Document page) {
        List<TextNode> nodes = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text) {
                nodes.add(text);
            }
        }, page);
        return nodes;
    }

    /** Whether {@code node} is in Ukrainian text: its nearest lang attribute says uk. */
    private static boolean ukrainian(org.jsoup.nodes.Node node) {
        for (org.jsoup.nodes.Node at = node; at != null; at = at.parent()) {
            if (at instanceof Element element && element.hasAttr("lang")) {
                return element.attr("lang").startsWith("uk");
            }
        }
        return false;
    }

    /** A page's text and reader-facing attributes; a text file's whole text; nothing of other files. */
    static List<String> readerTexts(RenderedFile file) {
        String path = file.path();
        List<String> texts = new ArrayList<>();
        if (path.endsWith(".html")) {
            Document page = Jsoup.parse(new String(file.bytes(), StandardCharsets.UTF_8), path);
            page.select("script, style").remove();
            texts.add(page.text());
            for (Element element : page.select("[title], [aria-label], [alt]")) {
                for (String attribute : List.of("title", "aria-label", "alt")) {
                    if (element.hasAttr(attribute)) {
                        texts.add(element.attr(attribute));
                    }
                }
            }
        } else if (path.endsWith(".json") || path.endsWith(".xml") || path.endsWith(".txt") || path.endsWith(".csv")) {
            texts.add(new String(file.bytes(), StandardCharsets.UTF_8));
        }
        return texts;
    }

    static String around(String text, int start, int end) {
        return text.substring(Math.max(0, start - 40), Math.min(text.length(), end + 20));
    }
}
