package folio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class NoBreaksTest {
    private static String body(String text) {
        return NoBreaks.html("<html><head><title>a 5 May</title></head><body>" + text + "</body></html>")
                .replace("<html><head><title>a 5 May</title></head><body>", "").replace("</body></html>", "")
                .replace('\u00A0', '_').replace("\u2060", "+");
    }

    @Test
    void joinsADayToItsMonthAndAYearToItsWord() {
        assertEquals("on 25_June 2026 and 20–+21_November, 12–+20 %, Kyiv–Kharkiv", body("on 25 June 2026 and 20–21 November, 12–20 %, Kyiv–Kharkiv"));
        assertEquals("20_листопада 2025_року, 7_грудня 2026_р.", body("20 листопада 2025 року, 7 грудня 2026 р."));
    }

    @Test
    void joinsANumberToItsUnitAndAPointToItsNumber() {
        assertEquals("1_million troops, €9.1_billion, 4,500_km², 100_млрд", body("1 million troops, €9.1 billion, 4,500 km², 100 млрд"));
        assertEquals("Point_21 and points_2 and пункту_7", body("Point 21 and points 2 and пункту 7"));
    }

    @Test
    void joinsAnInitialToItsNameAndADashToTheWordBeforeIt() {
        assertEquals("оглядач М._К._Бхадракумар", body("оглядач М. К. Бхадракумар"));
        assertEquals("Дата_— це проміжок", body("Дата — це проміжок"));
        assertEquals("U.S. President", body("U.S. President"));
    }

    @Test
    void aPlainTextGetsThePagesGlueAndItsAngleBracketIsText() {
        String text = "Until 25 June 2026, point 21 — 1 < 2 May <code>5 May</code> 90 млрд, 20–21 листопада";
        assertEquals("Until 25_June 2026, point_21_— 1 < 2_May <code>5_May</code> 90_млрд, 20–+21_листопада",
                NoBreaks.text(text).replace('\u00A0', '_').replace("\u2060", "+"));
        assertEquals(NoBreaks.text(text), NoBreaks.text(NoBreaks.text(text)));
        String plain = "nothing to join";
        assertSame(plain, NoBreaks.text(plain));
        assertEquals("", NoBreaks.text(""));
    }

    @Test
    void leavesOtherSpacesTagsAndRawTextAsTheyAre() {
        assertEquals("in 2025 the plan; may 12 go; COVID19 March", body("in 2025 the plan; may 12 go; COVID19 March"));
        assertEquals("<a title=\"5 May\" href=\"x\">5_May</a><code>5 May</code><script>a = '5 May'</script>",
                body("<a title=\"5 May\" href=\"x\">5 May</a><code>5 May</code><script>a = '5 May'</script>"));
        assertEquals("<!-- 5 May --> 1 < 2_May", body("<!-- 5 May --> 1 < 2 May"));
        String plain = "<body><p>nothing to join</p></body>";
        assertSame(plain, NoBreaks.html(plain));
    }

    /** A tag's name is read to its first character that is neither a letter or digit (of any script) nor '-'. */
    @Test
    void readsATagsWholeNameAndOnlyAWholeCommentOpening() {
        assertEquals("<CODE>5 May</CODE><Pre>5 May</Pre>", body("<CODE>5 May</CODE><Pre>5 May</Pre>"));
        // Not code elements: the name goes on past "code".
        assertEquals("<codeї>5_May</codeї><code-x>5_May</code-x><code2>5_May</code2>",
                body("<codeї>5 May</codeї><code-x>5 May</code-x><code2>5 May</code2>"));
        // "<!-" opens no comment, and a comment opened at the very end runs to it.
        assertEquals("<!-5_May <!- 5_May", body("<!-5 May <!- 5 May"));
        assertEquals("5_May <!--", body("5 May <!--"));
        assertEquals("5_May <!--5 May", body("5 May <!--5 May"));
    }

    /** A short part of a hyphenated word stays with its hyphen: a word joiner (shown here as +) after the hyphen. */
    @Test
    void keepsAShortPartOfAHyphenatedWordWithItsHyphen() {
        assertEquals("де-+факто, будь-+яку, хто-+небудь, Абу-+Дабі, Мар-+а-+Лаго, 28-+point, US-+led",
                body("де-факто, будь-яку, хто-небудь, Абу-Дабі, Мар-а-Лаго, 28-point, US-led"));
        // Numbers alone are no words: a date so written, a range typed with a hyphen.
        assertEquals("2025-11-20, 15-17", body("2025-11-20, 15-17"));
        // Long parts may part at the hyphen, and so may a compound longer than 10 characters, which joined could
        // outgrow a heading's line at 200 % text; a hyphen beside a space, a tag or a dash is no word's.
        assertEquals("Russia-Ukraine, премʼєр-міністр, Non-Proliferation, по-українськи, US-Russia-Ukraine, re-establish",
                body("Russia-Ukraine, премʼєр-міністр, Non-Proliferation, по-українськи, US-Russia-Ukraine, re-establish"));
        assertEquals("- 5, a -b, <b>де</b>-факто, --x", body("- 5, a -b, <b>де</b>-факто, --x"));
        // Tags, their attributes and raw text keep their hyphens as written.
        assertEquals("<a class=\"de-fa\" href=\"x-y\">де-+факто</a><code>де-факто</code>",
                body("<a class=\"de-fa\" href=\"x-y\">де-факто</a><code>де-факто</code>"));
        assertEquals(NoBreaks.text("де-факто"), NoBreaks.text(NoBreaks.text("де-факто")));
        // An address written as text is no word: its parts stay apart.
        assertEquals("<a href=\"x\">kyivindependent.com/zaporizhzhia-npp-needs-status</a> a-b@example.org polska-ie.com.",
                body("<a href=\"x\">kyivindependent.com/zaporizhzhia-npp-needs-status</a> a-b@example.org polska-ie.com."));
    }

    /** A particle goes with the word before it, a one-letter word with the word after it: pairs of up to 14 characters. */
    @Test
    void joinsAParticleToTheWordBeforeItAndAOneLetterWordToTheWordAfterIt() {
        assertEquals("Україна стала_б демілітаризованою, могли_би, все_ж таки, тому_же",
                body("Україна стала б демілітаризованою, могли би, все ж таки, тому же"));
        assertEquals("у_Женеві і_ЗСУ, з_«Умєровим», в_2022 році. У_Києві я_знаю",
                body("у Женеві і ЗСУ, з «Умєровим», в 2022 році. У Києві я знаю"));
        // Not a particle or a one-letter word: a longer word that starts with the letter, a letter inside a word.
        assertEquals("стала бути, все жовтим, буде добре, слово з", body("стала бути, все жовтим, буде добре, слово з"));
        // Whatever the word's length (the rule held only pairs of up to 10 characters: «Хто гарантував» / «би виконання»
        // at 200 % text), up to a pair of 14 characters, which the narrowest line at 200 % text on a 320 px phone holds.
        assertEquals("Хто гарантував_би виконання, підписала_б, міжнародними_б, відновлення_же",
                body("Хто гарантував би виконання, підписала б, міжнародними б, відновлення же"));
        assertEquals("у_Словʼянську, з_«американцем», і_переговорами", body("у Словʼянську, з «американцем», і переговорами"));
        // Past 14 characters the pair could be wider than that line and break inside the word: left to part.
        assertEquals("з демілітаризованою зоною, відновленням би, і безпосередньо, з «американцями»",
                body("з демілітаризованою зоною, відновленням би, і безпосередньо, з «американцями»"));
        // Nor where the word is already held to what follows it (a citation's marker): the chain would outgrow a cell.
        assertEquals("уже в минулому_<sup>[26]</sup>", body("уже в минулому\u00a0<sup>[26]</sup>"));
        // English one-letter words are not Ukrainian ones.
        assertEquals("a plan I read", body("a plan I read"));
    }
}
