package folio.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceSyntaxTest {

    @Test
    void parsesKindIdAnchorAndLabel() {
        List<ReferenceSyntax.Token> tokens = ReferenceSyntax.scan("See [[page:about#method|our method]] now.");
        assertEquals(1, tokens.size());
        ReferenceSyntax.Reference reference = tokens.get(0).reference();
        assertEquals(new ReferenceSyntax.Reference(ReferenceKind.PAGE, "about", "method", "our method"), reference);
        assertEquals(4, tokens.get(0).start());
    }

    @Test
    void parsesCitationsWithSeveralSources() {
        ReferenceSyntax.Token token = ReferenceSyntax.scan("Claim [@a-1; @b]").get(0);
        assertTrue(token.isCitation());
        assertEquals(List.of("a-1", "b"), token.citedIds());
    }

    @Test
    void reportsUnknownKindWithSuggestion() {
        ReferenceSyntax.Token token = ReferenceSyntax.scan("[[trem:donbas]]").get(0);
        assertNull(token.reference());
        assertTrue(token.problem().contains("did you mean 'term'"), token.problem());
    }

    @Test
    void eachKindIsReadAsItsEnumAndMessagesListTheKindsAlphabetically() {
        for (ReferenceKind kind : ReferenceKind.values()) {
            assertEquals(kind, ReferenceSyntax.scan("[[" + kind + ":x-1]]").get(0).reference().kind());
        }
        assertEquals("unknown reference kind 'Term' in [[Term:x]]: did you mean 'term'? kinds are actor, event, "
                + "page, provision, source, term", ReferenceSyntax.scan("[[Term:x]]").get(0).problem());
        assertEquals("reference [[x]] has no kind: write [[kind:id]] with kind one of actor, event, page, provision, "
                + "source, term", ReferenceSyntax.scan("[[x]]").get(0).problem());
        assertEquals("reference [[event:]] names no id: write [[event:id]]", ReferenceSyntax.scan("[[event:]]").get(0).problem());
    }

    @Test
    void reportsMissingKindMalformedCitationAndAnchorOnNonPage() {
        assertTrue(ReferenceSyntax.scan("[[donbas]]").get(0).problem().contains("has no kind"));
        assertTrue(ReferenceSyntax.scan("[@a; b]").get(0).problem().contains("malformed"));
        assertTrue(ReferenceSyntax.scan("[[term:x#y]]").get(0).problem().contains("only page references"));
        assertTrue(ReferenceSyntax.scan("[[term:x|]]").get(0).problem().contains("empty link text"));
        assertTrue(ReferenceSyntax.scan("[[term:bad id]]").get(0).problem().contains("not a valid id"));
    }

    @Test
    void detectsUnclosedReferences() {
        String text = "ok [[term:a]] then [[term:b";
        assertTrue(ReferenceSyntax.hasUnclosedReference(text, ReferenceSyntax.scan(text)));
        String fine = "ok [[term:a]] and [@s]";
        assertEquals(false, ReferenceSyntax.hasUnclosedReference(fine, ReferenceSyntax.scan(fine)));
    }

    @Test
    void ordinaryBracketsAreNotTokens() {
        assertTrue(ReferenceSyntax.scan("a [link](x) and [b] and [^1]").isEmpty());
    }

    /** A citation id with an invisible character (a right-to-left mark pasted with it) is told which, and the id meant. */
    @Test
    void aCitationIdWithAnInvisibleCharacterSaysWhichAndTheIdMeant() {
        assertEquals("'\u200Fsrc-a' is not a valid source id in [@\u200Fsrc-a]: source ids use lower-case letters, digits "
                + "and hyphens: it holds an invisible right-to-left mark (U+200F), like src-a",
                ReferenceSyntax.scan("x [@\u200Fsrc-a].").get(0).problem());
    }
}
