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

    @Test
    void otherTextIsLeftAlone() {
        Diagnostic d = Diagnostic.error("content/про.md", 1, 1, "it has a no-break space (U+00A0): 'a\u00a0b' \\n");
        assertEquals("content/про.md:1:1: error: it has a no-break space (U+00A0): 'a\u00a0b' \\n", d.toString());
    }
}
