package folio.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ForbiddenCharactersTest {
    @Test
    void everyC0AndC1ControlButTabAndNewlineIsForbidden() {
        for (int c = 0; c < 0x20; c++) {
            assertEquals(c != '\t' && c != '\n', ForbiddenCharacters.isForbidden(c), "U+" + Integer.toHexString(c));
        }
        for (int c = 0x7F; c <= 0x9F; c++) {
            assertTrue(ForbiddenCharacters.isForbidden(c), "U+" + Integer.toHexString(c));
        }
        assertFalse(ForbiddenCharacters.isForbidden(' '));
        assertFalse(ForbiddenCharacters.isForbidden(0xA0));
        assertFalse(ForbiddenCharacters.isForbidden(0xFEFF));
        assertFalse(ForbiddenCharacters.isForbidden(0x1F600));
    }

    @Test
    void noncharactersAndLoneSurrogatesAreForbidden() {
        assertTrue(ForbiddenCharacters.isForbidden(0xFDD0));
        assertTrue(ForbiddenCharacters.isForbidden(0xFFFE));
        assertTrue(ForbiddenCharacters.isForbidden(0x10FFFF));
        assertTrue(ForbiddenCharacters.isForbidden(0xD800));
        assertEquals(2, ForbiddenCharacters.indexIn("ab\uD800c"));
        assertEquals(-1, ForbiddenCharacters.indexIn("a\uD83D\uDE00 é\t\n"));
    }

    @Test
    void positionIsLineAndColumnOfTheFirstOne() {
        String text = "one\ntwo \u001B[31m\n\u0085";
        int index = ForbiddenCharacters.indexIn(text);
        assertEquals(8, index);
        int[] at = ForbiddenCharacters.lineAndColumn(text, index);
        assertEquals(2, at[0]);
        assertEquals(5, at[1]);
        assertEquals("control character U+001B (escape)", ForbiddenCharacters.describe(0x1B));
    }

    @Test
    void bidirectionalEmbeddingsOverridesAndIsolatesAreForbiddenButMarksAreNot() {
        for (int c : new int[] {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069}) {
            assertTrue(ForbiddenCharacters.isForbidden(c), "U+" + Integer.toHexString(c));
        }
        for (int c : new int[] {0x200E, 0x200F, 0x061C, 0x2029, 0x206A, 0x2065}) {
            assertFalse(ForbiddenCharacters.isForbidden(c), "U+" + Integer.toHexString(c));
        }
        assertEquals(7, ForbiddenCharacters.indexIn("Photos \u202Egpj.exe"));
        assertEquals("bidirectional control U+202E (right-to-left override)", ForbiddenCharacters.describe(0x202E));
        assertTrue(ForbiddenCharacters.message(0x2066).startsWith("bidirectional control U+2066 (left-to-right isolate) is not "
                + "allowed: unseen, it changes the order"), ForbiddenCharacters.message(0x2066));
        assertTrue(ForbiddenCharacters.message("'&#x202E;' stands for", 0x202E).startsWith("'&#x202E;' stands for bidirectional "
                + "control U+202E (right-to-left override), which is not allowed: unseen"));
    }
}
