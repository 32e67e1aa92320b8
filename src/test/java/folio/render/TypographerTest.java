package folio.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.content.Markdown;
import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import folio.site.Markup;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TypographerTest {
    private static String en(String html) {
        return Typographer.html(html, "en");
    }

    private static String uk(String html) {
        return Typographer.html(html, "uk");
    }

    /** A Markdown text as a page shows it: CommonMark-java's HTML, then the page's marks. */
    private static String markdown(String text, String language) {
        Markdown.Parsed parsed = Markdown.parse(text, SourcePosition.of("t.md", 1), new Diagnostics());
        String html = PageContext.detached("", null).html(Markup.of(parsed.document(), true));
        return Typographer.html(html, language);
    }

    @Test
    void englishDoubleAndSingleQuotesAndApostrophes() {
        assertEquals("<p>The Geneva “refined framework”</p>", en("<p>The Geneva \"refined framework\"</p>"));
        assertEquals("<p>The Geneva “refined framework”</p>", en("<p>The Geneva &quot;refined framework&quot;</p>"));
        assertEquals("<p>It said ‘peace plan’.</p>", en("<p>It said 'peace plan'.</p>"));
        assertEquals("<p>Don’t read Ukraine’s plan as the states’ own; the ’90s.</p>",
                en("<p>Don't read Ukraine&#39;s plan as the states' own; the '90s.</p>"));
        assertEquals("<p>“Quoted,” he said. “Again.”</p>", en("<p>\"Quoted,\" he said. \"Again.\"</p>"));
        assertEquals("<p>(“a” — “b”)</p>", en("<p>(\"a\" — \"b\")</p>"));
    }

    @Test
    void quotesInsideQuotesTakeTheInnerMarks() {
        assertEquals("<p>“He called it ‘the plan’ twice”</p>", en("<p>\"He called it 'the plan' twice\"</p>"));
        assertEquals("<p>“a ‘b’ c”</p>", en("<p>\"a \"b\" c\"</p>"));
        // Typed in curly quotes already, the straight ones inside nest.
        assertEquals("<p>“the ‘refined framework’”</p>", en("<p>“the \"refined framework\"”</p>"));
        assertEquals("<p>«партія „Слуга народу“ заявила»</p>", uk("<p>\"партія \"Слуга народу\" заявила\"</p>"));
        assertEquals("<p>«партія „Слуга народу“ заявила»</p>", uk("<p>«партія \"Слуга народу\" заявила»</p>"));
        assertEquals("<p>«партія „Слуга народу“»</p>", uk("<p>\"партія 'Слуга народу'\"</p>"));
    }

    @Test
    void ukrainianMarksAndTheOneApostrophe() {
        assertEquals("<p>Так званий «мирний план» Трампа</p>", uk("<p>Так званий \"мирний план\" Трампа</p>"));
        assertEquals("<p>мʼята, пʼять, Купʼянськ</p>", uk("<p>м'ята, п&#39;ять, Куп’янськ</p>"));
        // An English word on a Ukrainian page keeps English marks where it says so.
        assertEquals("<p>«план» <span lang=\"en\">“plan” and Ukraine’s</span> «план»</p>",
                uk("<p>\"план\" <span lang=\"en\">\"plan\" and Ukraine's</span> \"план\"</p>"));
        assertEquals("<p lang=\"en\">Ukraine’s “plan”</p><p>«план»</p>",
                Typographer.html("<p lang=\"en\">Ukraine's \"plan\"</p><p>\"план\"</p>", "uk"));
    }

    @Test
    void openOrCloseIsDecidedAcrossInlineTags() {
        assertEquals("<p>“<em>refined</em> framework”</p>", en("<p>\"<em>refined</em> framework\"</p>"));
        assertEquals("<p>a “<a href=\"x\">link</a>” b</p>", en("<p>a \"<a href=\"x\">link</a>\" b</p>"));
        assertEquals("<p>“<code>x</code>” and <code>y</code>’s</p>", en("<p>\"<code>x</code>\" and <code>y</code>'s</p>"));
        assertEquals("<p>“a word”<sup class=\"cite\"><a href=\"#s\">[1]</a></sup> and more</p>",
                en("<p>\"a word\"<sup class=\"cite\"><a href=\"#s\">[1]</a></sup> and more</p>"));
        // A block's start and end are spaces: a quote that ends one paragraph does not open the next.
        assertEquals("<li>“a”</li><li>“b”</li>", en("<li>\"a\"</li><li>\"b\"</li>"));
    }

    @Test
    void markdownAcrossEmphasisLinksAndCode() {
        assertEquals("“<em>refined</em> framework” and “<a href=\"https://example.org\">this</a>”",
                markdown("\"*refined* framework\" and \"[this](https://example.org)\"", "en"));
        assertEquals("Use <code>&quot;x&quot;</code> and “<code>'y'</code>” here",
                markdown("Use `\"x\"` and \"`'y'`\" here", "en"));
        assertEquals("«<strong>мирний</strong> план»", markdown("\"**мирний** план\"", "uk"));
    }

    @Test
    void codeScriptsTagsAndAttributesAreLeftAsWritten() {
        String html = "<p title=\"it's\" class=\"a\"><a href=\"/it's\" id=\"x\">it's</a></p>"
                + "<pre><code>say \"hi\" it's</code></pre><kbd>'q'</kbd><samp>\"s\"</samp>"
                + "<script>var a = \"b\"; var c = 'd';</script><style>a::before { content: \"x\"; }</style><!-- \"c\" -->";
        String want = "<p title=\"it’s\" class=\"a\"><a href=\"/it's\" id=\"x\">it’s</a></p>"
                + "<pre><code>say \"hi\" it's</code></pre><kbd>'q'</kbd><samp>\"s\"</samp>"
                + "<script>var a = \"b\"; var c = 'd';</script><style>a::before { content: \"x\"; }</style><!-- \"c\" -->";
        assertEquals(want, en(html));
        String plain = "<p>nothing to change here, “already” ‘done’</p>";
        assertSame(plain, en(plain));
    }

    @Test
    void attributesAReaderMeetsAsWordsGetTheMarks() {
        assertEquals("<meta name=\"description\" content=\"The Geneva “refined framework”\">"
                        + "<meta property=\"og:title\" content=\"Who’s who\"><meta name=\"robots\" content=\"it's\">"
                        + "<img src=\"it's.png\" alt=\"Ukraine’s “map”\"><a href=\"a?b=&#39;c&#39;\" aria-label=\"Ukraine’s\" class=\"x\">a</a>",
                en("<meta name=\"description\" content=\"The Geneva &quot;refined framework&quot;\">"
                        + "<meta property=\"og:title\" content=\"Who&#39;s who\"><meta name=\"robots\" content=\"it's\">"
                        + "<img src=\"it's.png\" alt=\"Ukraine's &quot;map&quot;\"><a href=\"a?b=&#39;c&#39;\" aria-label=\"Ukraine&#39;s\" class=\"x\">a</a>"));
        // In the element's own language.
        assertEquals("<p><span lang=\"uk\" title=\"«план» мʼята\">a</span></p>",
                en("<p><span lang=\"uk\" title=\"&quot;план&quot; м'ята\">a</span></p>"));
    }

    @Test
    void structuredDataGetsTheMarksInItsProseOnly() {
        String html = "<script type=\"application/ld+json\">{\"@id\":\"https://x.org/it's\",\"name\":\"Anchorage summit (\\\"spirit of Anchorage\\\")\","
                + "\"description\":\"Ukraine's \\u0026 Russia's\"}</script>";
        String want = "<script type=\"application/ld+json\">{\"@id\":\"https://x.org/it's\",\"name\":\"Anchorage summit (“spirit of Anchorage”)\","
                + "\"description\":\"Ukraine’s \\u0026 Russia’s\"}</script>";
        assertEquals(want, en(html));
    }

    /** A quote the filters plain and json write to be shown straight (JSON's escape backslash-u-0022) stays straight there. */
    @Test
    void structuredDataKeepsAQuoteWrittenAsAnEscape() {
        String html = "<script type=\"application/ld+json\">{\"description\":\"say \\u0022hi\\u0022, it's \\\"fine\\\"\"}</script>";
        String want = "<script type=\"application/ld+json\">{\"description\":\"say \\u0022hi\\u0022, it’s “fine”\"}</script>";
        assertEquals(want, en(html));
        // Idempotent: a second pass changes nothing.
        assertEquals(want, en(want));
    }

    @Test
    void primesAfterDigits() {
        assertEquals("<p>He is 5′11″ tall; a 12″ screen; 45′ long.</p>", en("<p>He is 5'11\" tall; a 12\" screen; 45' long.</p>"));
        // A quotation that ends in a digit still closes.
        assertEquals("<p>“Top 10” and ‘Top 20’; the 1990’s</p>", en("<p>\"Top 10\" and 'Top 20'; the 1990's</p>"));
        assertEquals("<p>«Пункт 21» і «12»</p>", uk("<p>\"Пункт 21\" і \"12\"</p>"));
    }

    @Test
    void escapedQuotesStayStraight() {
        assertEquals("Type &#x22;plan&#x22;, or “plan” and &#x27;", markdown("Type \\\"plan\\\", or \"plan\" and \\'", "en"));
        // Written in a template or an interface string as a hexadecimal reference, a quote is left as it is.
        assertEquals("<p>&#x22;a&#x22; “b”</p>", en("<p>&#x22;a&#x22; \"b\"</p>"));
        // An escaped quote in an image's alt text, which the renderer writes into the attribute.
        assertEquals("<img src=\"a.png\" alt=\"a &#x22;b&#x22;\" />", markdown("![a \\\"b\\\"](a.png)", "en"));
        // The plain text (search index, meta descriptions) shows it as the quote it is, and the search index's
        // typography leaves it straight.
        Markdown.Parsed parsed = Markdown.parse("say \\\"x\\\" or \"y\"", SourcePosition.of("t.md", 1), new Diagnostics());
        Markup markup = Markup.of(parsed.document(), true);
        assertEquals("say \"x\" or \"y\"", PlainText.of(markup));
        assertEquals("say \"x\" or “y”", Typographer.text(PlainText.shown(markup, 300), "en"));
        assertEquals("say «x»", Typographer.text("say \"x\"", "uk"));
        // No stand-in character in the tree: the tree holds a node of its own.
        assertTrue(parsed.document().getFirstChild().getFirstChild().getNext() instanceof folio.content.LiteralQuote);
    }

    @Test
    void anEscapedQuoteInAReferencesTextIsReportedWithWhatToDo() {
        Diagnostics diagnostics = new Diagnostics();
        Markdown.parse("See [[term:donbas|the \\\"region\\\"]].", SourcePosition.of("t.md", 1), diagnostics);
        assertEquals(1, diagnostics.errorCount(), diagnostics.sorted().toString());
        assertTrue(diagnostics.sorted().get(0).message().startsWith("a reference's text cannot hold a quote written \\\""),
                diagnostics.sorted().toString());
    }

    @Test
    void plainText() {
        assertEquals("Zelenskyy’s “plan”", Typographer.text("Zelenskyy's \"plan\"", "en"));
        assertEquals("План «миру» Звʼязок", Typographer.text("План \"миру\" Зв'язок", "uk"));
    }

    /** A headline the sources page shows between marks: its own quotation takes the inner marks, as the page's pass gives it. */
    @Test
    void plainTextInsideAQuotation() {
        assertEquals("previous one is ‘a good basis’", Typographer.quoted("previous one is \"a good basis\"", "en"));
        assertEquals("‘Trump’s Success’: Witkoff", Typographer.quoted("\"Trump's Success\": Witkoff", "en"));
        assertEquals("території „ДНР“", Typographer.quoted("території \"ДНР\"", "uk"));
        assertEquals("Zelenskyy’s plan", Typographer.quoted("Zelenskyy's plan", "en"));
        String page = en("<p><b>UNN</b>, “<a href=\"x\">\"Trump's Success\": Witkoff</a>”</p>");
        assertEquals("<p><b>UNN</b>, “<a href=\"x\">" + Typographer.quoted("\"Trump's Success\": Witkoff", "en") + "</a>”</p>", page);
    }

    @Test
    void aPageWithoutQuotesIsLeftAsItIsWithoutAPass() {
        String plain = "<html lang=\"en\"><head><title>A plan</title><script type=\"application/ld+json\">{\"name\":\"A plan\"}"
                + "</script></head><body><p class=\"x\" title=\"A tip\">Words &amp; more <code>x</code></p></body></html>";
        assertFalse(QuoteCheck.mayChange(plain));
        assertSame(plain, en(plain));
    }

    @Test
    void everyKindOfQuoteTheQuickCheckMustNotMiss() {
        for (String html : List.of("<p>a \"b\" c</p>", "<p>don't</p>", "<p>&quot;b&quot;</p>", "<p>&#34;b&#34;</p>",
                "<p>Ukraine&#39;s</p>", "<p>&apos;b&apos;</p>", "<p title=\"Ukraine&#39;s\">x</p>", "<p>a’b</p>",
                "<p>«Мир» — ’</p>", "<script type=\"application/ld+json\">{\"name\":\"a \\\"b\\\"\"}</script>",
                "<scripts>a \"b\"</scripts>", "<p>a</p>\"b\"")) {
            assertTrue(QuoteCheck.mayChange(html), html);
        }
    }

    @Test
    void aPageInAnyScriptWithoutQuotesIsLeftAsItIs() {
        // Cyrillic, dashes, guillemets and emoji are multi-byte in UTF-8: none may look like a quote to the check.
        String page = "<html lang=\"uk\"><body><p title=\"Мир — так\">План «миру» — 28 пунктів… \uD83C\uDDFA\uD83C\uDDE6 "
                + "№ 5 ‘x</p><code—x>\"</code—x></body></html>";
        assertFalse(QuoteCheck.mayChange(page), page);
        Typographer.Typeset typeset = Typographer.page(page, "uk");
        assertSame(page, typeset.html());
        assertArrayEquals(page.getBytes(java.nio.charset.StandardCharsets.UTF_8), typeset.bytes());
    }

    @Test
    void aPageThePassChangesIsWrittenAsChanged() {
        Typographer.Typeset typeset = Typographer.page("<p>a \"b\"</p>", "en");
        assertEquals("<p>a “b”</p>", typeset.html());
        assertEquals("<p>a “b”</p>", new String(typeset.bytes(), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void theQuickCheckReadsQuotesThePassReads() {
        // A < inside a tag is part of the tag for the pass (it ends at the first >), not a comment or code that hides text.
        // A quote written in any numeric form but &#x22; and &#x27; is curled by the pass.
        for (String html : List.of("<p title=\"<code>\">\"b\"</p>", "<p title=\"<!--\">\"b\" -->", "<p>&#034;b&#034;</p>",
                "<p>&#X22;b&#X22;</p>", "<p>Ukraine&#x00027;s</p>", "<p>&#+39;</p>")) {
            assertNotEquals(html, Typographer.pass(html, "en"), html);
            assertTrue(QuoteCheck.mayChange(html), html);
        }
    }

    /** The quick check is exact where it says no: over random pages of tags, text, entities and quotes, the pass then changes nothing. */
    @Test
    void whereTheQuickCheckSaysNoThePassChangesNothing() {
        String[] pieces = {"<p>", "</p>", "<em>", "</em>", "<a href=\"x\" title=\"t\">", "</a>", "<code>", "</code>", "<script>",
                "</script>", "<script type=\"application/ld+json\">", "<!-- c -->", "<br>", "word", " ", "5", "\"", "'", "&quot;",
                "&#39;", "&amp;", "&#x22;", "\\", "’", "«", "»", "“", ">", "<span lang=\"uk\">", "</span>", "<scripts>", "</scripts>",
                "—", "ї", "&#x27;", "<code—>", "<!--", "-->", "<p title=\"", "\">", "&#034;", "&#X22;"};
        Random random = new Random(31);
        int quiet = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder html = new StringBuilder();
            for (int k = random.nextInt(12); k >= 0; k--) {
                html.append(pieces[random.nextInt(pieces.length)]);
            }
            String page = html.toString();
            if (!QuoteCheck.mayChange(page)) {
                quiet++;
                assertEquals(page, Typographer.pass(page, "uk"), page);
                assertEquals(page, Typographer.pass(page, "en"), page);
            }
        }
        assertTrue(quiet > 1_000, "enough pages without quotes were tried: " + quiet);
    }

    @Test
    void aQuoteAfterAnInlineLabelOpensWhereNothingIsOpen() {
        assertEquals("<td><span class=\"cell-doc\">The 28-point draft</span>“Reliable” guarantees</td>",
                en("<td><span class=\"cell-doc\">The 28-point draft</span>\"Reliable\" guarantees</td>"));
    }

    @Test
    void aQuoteBeforeClosingPunctuationCloses() {
        assertEquals("<p>dateline (‘KYIV, Feb 5 -’); the credit</p>", en("<p>dateline ('KYIV, Feb 5 -'); the credit</p>"));
    }

    @Test
    void latinWordsOnAUkrainianPageKeepTheEnglishApostrophe() {
        assertEquals("<p>(«Russian forces captured Ukraine’s Kupiansk»)</p>",
                uk("<p>(\"Russian forces captured Ukraine's Kupiansk\")</p>"));
        assertEquals("<p>мʼята, Ukraine’s</p>", uk("<p>м'ята, Ukraine’s</p>"));
    }

    @Test
    void aButtonInsideAQuotationSeparatesWordsButDoesNotEndIt() {
        assertEquals("<p>«Він сказав „<a href=\"g\">угода</a>&#8288;<button>?</button> мертва“»</p>",
                uk("<p>\"Він сказав \"<a href=\"g\">угода</a>&#8288;<button>?</button> мертва\"\"</p>"));
    }

    @Test
    void aNumericEntityBeforeAQuoteIsReadAsItsCharacter() {
        assertEquals("<p>a &#8212;“no” b</p>", en("<p>a &#8212;\"no\" b</p>"));
        assertEquals("<p>a &#x2014;“no” b</p>", en("<p>a &#x2014;\"no\" b</p>"));
    }
}
