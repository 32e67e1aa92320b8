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
}
