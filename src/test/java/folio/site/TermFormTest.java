package folio.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a term reads inside a sentence when the reference gives no words of its own. */
class TermFormTest {
    @ParameterizedTest(name = "{0} (proper: {1}) reads \"{2}\"")
    @CsvSource(delimiter = '|', value = {
            "Amnesty | false | amnesty",
            "Martial law (Ukraine) | false | martial law",
            "Demilitarised zone | false | demilitarised zone",
            "Frozen (immobilised) Russian assets | false | frozen (immobilised) Russian assets",
            "Donbas | true | Donbas",
            "Munich Agreement (1938) | true | Munich Agreement",
            "NATO Article 5 | false | NATO Article 5",
            "G8 (G7) | false | G8",
            "EU accession | false | EU accession",
            "START | false | START",
            "A | false | a",
    })
    void readsAsASentenceNeedsIt(String term, boolean proper, String expected) {
        assertEquals(expected, TermForm.inSentence(term, proper));
    }
}
