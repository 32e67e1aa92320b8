package folio.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    @Test
    void suggestsTheClosestKnownWord() {
        assertEquals(Optional.of("title"), Suggestions.closest("titel", List.of("date", "title", "layout")));
        assertEquals(Optional.empty(), Suggestions.closest("zzzzzz", List.of("date", "title")));
        assertEquals(3, Suggestions.distance("kitten", "sitting"));
    }

    @Test
    void asksTheQuestionInOneWording() {
        assertEquals("did you mean 'title'? ", Suggestions.didYouMean("titel", List.of("date", "title")));
        assertEquals("", Suggestions.didYouMean("zzzzzz", List.of("date", "title")));
        assertEquals("did you mean 'ua-14' (Donetsk oblast)?", Suggestions.question("ua-14", "Donetsk oblast"));
    }

    /** Every message with a hint gets its wording here, so a change of wording is one edit. */
    @Test
    void noOtherMainSourceWritesTheQuestion() throws IOException {
        List<String> others;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            others = files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("Suggestions.java"))
                    .filter(f -> read(f).contains("did you mean '")).map(Path::toString).sorted().toList();
        }
        assertEquals(List.of(), others);
        assertTrue(read(Path.of("src/main/java/folio/content/Suggestions.java")).contains("did you mean '"));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
