package folio.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    @Test
    void suggestsTheClosestKnownWord() {
        assertEquals(Optional.of("title"), Suggestions.closest("titel", List.of("date", "title", "layout")));
        assertEquals(Optional.empty(), Suggestions.closest("zzzzzz", List.of("date", "title")));
        assertEquals(3, Suggestions.distance("kitten", "sitting"));
    }
}
