package folio.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What an id that breaks the id rule should have been, and why. */
class IdSuggestionTest {
    @Test
    void anInvisibleCharacterIsNamedAndLeftOutOfTheIdToWrite() {
        // A zero-width space pasted into "oblast" was suggested as obl-ast, and the message showed nothing between the letters.
        assertEquals("oblast", IdSuggestion.suggested("obl\u200Bast"));
        assertEquals(": it holds an invisible zero width space (U+200B), like oblast", IdSuggestion.of("obl\u200Bast"));
        assertEquals("kyiv", IdSuggestion.suggested("\uFEFFkyiv"));
    }

    @Test
    void otherIdsAsBefore() {
        assertEquals(", like vance", IdSuggestion.of("Vance"));
        assertEquals(", like kyiv", IdSuggestion.of("київ"));
        assertEquals("obl-ast", IdSuggestion.suggested("obl ast"));
        assertEquals(": 'о' is a Cyrillic letter that looks like a Latin one: type it with a Latin keyboard, like oblast",
                IdSuggestion.of("оblast"));
    }
}
