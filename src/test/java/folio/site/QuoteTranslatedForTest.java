package folio.site;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A quote is our translation on a page whose language differs from its source's; languages are compared by primary
 * subtag, so a region or script variant of the page's language is the source's own words.
 */
class QuoteTranslatedForTest {
    private static Reaction.Quote quoteFrom(String language) {
        Source source = new Source("s", "Outlet", "Headline", null, null, null, null, "https://example.org/s", null, null,
                SourceFlag.NONE, language, null, null, null, null, "sources/#s", null, "en");
        return new Reaction.Quote("words", source);
    }

    @Test
    void aQuoteIsTranslatedWhenItsSourcesPrimaryLanguageDiffersFromThePages() {
        assertFalse(quoteFrom("en-GB").translatedFor("en"), "en-GB on an English page");
        assertFalse(quoteFrom("en").translatedFor("en-GB"), "en on an en-GB page");
        assertFalse(quoteFrom("EN").translatedFor("en"), "tags do not tell case apart");
        assertFalse(quoteFrom(null).translatedFor("en"), "no language: the site's default, en");
        assertTrue(quoteFrom("uk").translatedFor("en"), "uk on an English page");
        assertTrue(quoteFrom("en").translatedFor("uk"), "en on a Ukrainian page");
        assertTrue(quoteFrom(null).translatedFor("uk"), "the default language on a Ukrainian page");
    }
}
