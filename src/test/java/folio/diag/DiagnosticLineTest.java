package folio.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A diagnostic prints as one line, whatever its path or the value it quotes holds. */
class DiagnosticLineTest {

    @Test
    void controlCharactersAreWrittenAsEscapes() {
        Diagnostic d = Diagnostic.error("content/ab\nout.md", 3, 1, "unknown key 'a\tb\u001b[31m\r\u0085'");
        assertEquals("content/ab\\nout.md:3:1: error: unknown key 'a\\tb\\u001B[31m\\r\\u0085'", d.toString());
    }

    @Test
    void invisibleAndBidirectionalCharactersAreWrittenAsEscapes() {
        Diagnostic d = Diagnostic.error("content/ab\u202Eout.md", 1, 0, "id 'obl\u200Bast' \u2066x\u2069 \uFEFF \u2028");
        assertEquals("content/ab\\u202Eout.md:1: error: id 'obl\\u200Bast' \\u2066x\\u2069 \\uFEFF \\u2028", d.toString());
    }

    /**
     * A path shows every character a name may not hold (the name checks' table): a soft hyphen, a
     * no-break space, a tag character (beyond U+FFFF) were printed as they are, unseen.
     */
    @Test
    void aPathShowsEveryCharacterANameMayNotHold() {
        Diagnostic d = Diagnostic.error("content/img\u00ADs/a\u00A0b\uDB40\uDC41.png\u3000", 0, 0, "x");
        assertEquals("content/img\\u00ADs/a\\u00A0b\\u{E0041}.png\\u3000:1: error: x", d.toString());
    }

    /**
     * A problem with a whole file has no line of its own: it is printed at line 1, so every report has the shape
     * {@code path:line[:column]: severity: message} that editors' problem matchers read (it was {@code path: error:},
     * which a matcher needing a line skipped); an option keeps its name alone.
     */
    @Test
    void aProblemWithAWholeFileIsAtLineOne() {
        java.util.regex.Pattern matcher = java.util.regex.Pattern.compile("^(.+?):(\\d+):(?:(\\d+):)? (error|warning): (.+)$");
        for (Diagnostic d : new Diagnostic[] {
            Diagnostic.error("content/big.txt", 0, 0, "over 4 MB"),
            Diagnostic.warning("content/data", 0, 0, "a folder"),
            Diagnostic.error("content/a.md", 0, 7, "a column without a line"),
        }) {
            assertEquals(true, matcher.matcher(d.toString()).matches(), d.toString());
            assertEquals(d.path() + ":1: ", d.toString().substring(0, d.path().length() + 4));
        }
        assertEquals("content/a.md:3:7: error: x", Diagnostic.error("content/a.md", 3, 7, "x").toString());
        assertEquals("--output: error: x", Diagnostic.error("--output", 0, 0, "x").toString());
        assertEquals("<project>: error: x", Diagnostic.error("", 0, 0, "x").toString());
    }

    /**
     * A message quoting a value of 100,000 characters (a heading id, a term's name) printed all of
     * it: its middle is left out, its start (what is wrong) and its end (what to do) kept, the cut
     * between code points. One that fits is left whole.
     */
    @Test
    void aVeryLongMessageKeepsItsStartAndEnd() {
        // The emoji's two chars straddle the 1,000th: the cut falls before it.
        String value = "a".repeat(987) + "\uD83D\uDE00" + "b".repeat(100_000);
        Diagnostic d = Diagnostic.error("a.md", 4, 6, "heading id '" + value + "' is refused: write a shorter one");
        assertEquals("a.md:4:6: error: heading id '" + "a".repeat(987) + " [... 99,535 characters left out ...] "
                + "b".repeat(467) + "' is refused: write a shorter one", d.toString());
        String fits = "x".repeat(Diagnostic.HEAD + Diagnostic.TAIL + 60);
        assertEquals(fits, Diagnostic.error("a.md", 1, 1, fits).message());
    }

    /** A message escapes the same table but its spaces, which show as the space they are. */
    @Test
    void aMessageEscapesTheTableButItsSpaces() {
        Diagnostic d = Diagnostic.error("a.md", 1, 1, "id 'ab\u00ADc\uDB40\uDC41' in 'a\u00A0b\u202Fc'");
        assertEquals("a.md:1:1: error: id 'ab\\u00ADc\\u{E0041}' in 'a\u00A0b\u202Fc'", d.toString());
    }

    /** The escapes cover what the name checks refuse, and nothing they keep. */
    @Test
    void thePathEscapesAreTheNameChecksTable() {
        for (int c = 0x80; c <= 0x10FFFF; c++) {
            if (c >= 0xD800 && c <= 0xDFFF) {
                continue;
            }
            String name = new String(Character.toChars(c));
            boolean refused = InvisibleCharacters.indexIn(name) >= 0;
            boolean escaped = !Diagnostic.error(name, 0, 0, "").path().equals(name);
            assertEquals(refused || c <= 0x9F, escaped, String.format("U+%04X", c));
        }
    }

    @Test
    void otherTextIsLeftAlone() {
        Diagnostic d = Diagnostic.error("content/про.md", 1, 1, "it has a no-break space (U+00A0): 'a\u00a0b' \\n");
        assertEquals("content/про.md:1:1: error: it has a no-break space (U+00A0): 'a\u00a0b' \\n", d.toString());
    }
}
