package folio.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonToken;
import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What folio refuses that Jackson's YAML parser reads without a word, or reports without a
 * place: a scalar's anchor, a second document, text past the size limit, a forbidden character.
 * Positions are file positions: the YAML text starts on line 2.
 */
class YamlRefusalsTest {
    private static final SourcePosition ORIGIN = SourcePosition.of("content/a.md", 2);

    private static String errors(String yaml) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<YamlReader.Located> located = YamlReader.parse(yaml, ORIGIN, diagnostics);
        assertTrue(located.isEmpty(), "no tree when the text is refused: " + yaml);
        return String.join("\n", diagnostics.sorted().stream().map(Object::toString).toList());
    }

    private static void assertRefused(String expected, String message, String yaml) {
        assertEquals("content/a.md:" + expected + ": error: " + message, errors(yaml), yaml);
    }

    @Test
    void anAnchorIsRefusedAtItsAmpersandWhereverItIs() {
        // Jackson names the anchors of mappings, lists and keys, but not of scalar values.
        for (List<String> c : List.of(List.of("a: &x 1\n", "2:4"), List.of("a: &x 'q'\n", "2:4"),
                List.of("a: &x\nb: 1\n", "2:4"), List.of("- &x |\n  t\n", "2:3"), List.of("&x\n", "2:1"),
                List.of("a: !!str &x v\n", "2:10"), List.of("a: !!str # tag\n  &x v\n", "3:3"),
                List.of("\"\uD83D\uDE00\": &x 1\n", "2:6"), List.of("&k a: 1\n", "2:1"), List.of("a: &m\n  b: 1\n", "2:4"),
                List.of("a: !t &x [1]\n", "2:7"), List.of("a: 1\n&x a: 2\n", "3:1"))) {
            assertRefused(c.get(1), YamlParser.NO_ANCHORS, c.get(0));
        }
    }

    /**
     * A merge key asks for another mapping's keys, given by an alias (refused) or written in place:
     * then it was an "unknown key '<<'" with a "did you mean 'id'?".
     */
    @Test
    void aMergeKeyIsRefusedAtItsKey() {
        assertRefused("3:3", YamlParser.NO_MERGE_KEYS, "- id: a\n  <<: {term: T}\n");
        assertRefused("2:1", YamlParser.NO_MERGE_KEYS, "<<:\n  b: 1\n");
        Diagnostics diagnostics = new Diagnostics();
        YamlReader.parse("\"<<\": 1\nb: '<<'\n", ORIGIN, diagnostics).orElseThrow();
        assertEquals(List.of(), diagnostics.sorted(), "a quoted << is a key like any other");
    }

    /** A tag asks for a type folio does not make: it was dropped without a word (!!binary gave the base64 text). */
    @Test
    void aTagOtherThanStrIsRefusedAtItsValue() {
        for (List<String> c : List.of(List.of("a: !!binary aGVsbG8=\n", "2:4", "!!binary"),
                List.of("a: !!python/object:os.system ls\n", "2:4", "!!python/object:os.system"),
                List.of("a: 1\nb: !t x\n", "3:4", "!t"), List.of("a: !!set {x}\n", "2:4", "!!set"),
                List.of("a: !!int '5'\n", "2:4", "!!int"), List.of("- !!seq [1]\n", "2:3", "!!seq"),
                List.of("!k a: 1\n", "2:1", "!k"), List.of("!!map {a: 1}\n", "2:1", "!!map"))) {
            String error = errors(c.get(0));
            assertTrue(error.startsWith("content/a.md:" + c.get(1) + ": error: the YAML tag " + c.get(2) + " is not supported"),
                    c.get(0) + " -> " + error);
        }
        Diagnostics diagnostics = new Diagnostics();
        YamlNode root = YamlReader.parse("!!str k: !!str 1\nb: ! x\n", ORIGIN, diagnostics).orElseThrow().node();
        assertEquals(List.of(), diagnostics.sorted());
        assertEquals("1", root.get("k").orElseThrow().text());
    }

    @Test
    void anAliasIsRefusedAtItsAsteriskAlsoAsAKey() {
        assertRefused("2:1", YamlParser.NO_ANCHORS, "*x : 1\n");
        assertRefused("2:3", YamlParser.NO_ANCHORS, "? *x\n: 1\n");
        assertRefused("3:4", YamlParser.NO_ANCHORS, "a: 1\nb: *a\n");
    }

    @Test
    void textThatOnlyLooksLikeAnAnchorIsRead() {
        Diagnostics diagnostics = new Diagnostics();
        YamlNode root = YamlReader.parse("a: !!str x\nb: 'a &b'\nc: a&b\nd: \"&x\"\ne: x # &y\nf: a *b\n", ORIGIN,
                diagnostics).orElseThrow().node();
        assertEquals(List.of(), diagnostics.sorted());
        assertEquals(List.of("x", "a &b", "a&b", "&x", "x", "a *b"),
                ((YamlNode.Mapping) root).fields().stream().map(f -> f.value().text()).toList());
    }

    @Test
    void aSecondDocumentIsRefusedAtItsMarker() {
        for (String yaml : List.of("a: 1\n---\nb: 2\n", "a: 1\n--- # c\n\n# d\nb: 2\n", "a: 1\n---\n", "a: 1\n--- x\n",
                "--- \n--- x\n", "--- a\n--- b\n", "- a\n---\n- b\n")) {
            assertRefused("3:1", YamlParser.TWO_DOCUMENTS, yaml);
        }
    }

    @Test
    void aSecondDocumentIsRefusedEvenWhenItsFirstNodeIsNot() {
        // The --- comes first in the text, so it is what the editor hears about first.
        assertRefused("3:1", YamlParser.TWO_DOCUMENTS, "a: 1\n---\n&x b: 2\n");
        assertRefused("3:1", YamlParser.TWO_DOCUMENTS, "a: 1\n---\nb: [\n");
        assertRefused("3:1", YamlParser.TWO_DOCUMENTS, "a: 1\n---\n\"\\x");
    }

    @Test
    void textAfterTheEndMarkerIsASyntaxErrorAboveAnyLaterDocument() {
        String errors = errors("a: 1\n...\nb: 2\n---\nc: 3\n");
        assertTrue(errors.startsWith("content/a.md:4:1: error: YAML syntax error: "), errors);
    }

    @Test
    void theSizeLimitIsFoliosAndTheParserAcceptsAllWithinIt() {
        String within = "title: " + "x".repeat(YamlParser.MAX_BYTES - 8) + "\n";
        assertEquals(YamlParser.MAX_BYTES, within.length());
        Diagnostics diagnostics = new Diagnostics();
        assertTrue(YamlReader.parse(within, ORIGIN, diagnostics).isPresent(), diagnostics.sorted().toString());
        assertRefused("2", "YAML not accepted: it is 3.1 MB, over the 3 MB limit for the YAML of one file: shorten it or "
                + "split the file", within + "#");
        // Three bytes a character, up to the limit: counted, and within it.
        String dashes = "t: " + "\u2014".repeat((YamlParser.MAX_BYTES - 4) / 3) + "\n";
        assertTrue(YamlReader.parse(dashes, ORIGIN, diagnostics).isPresent(), diagnostics.sorted().toString());
    }

    /** The limit is a size, in the bytes a file manager shows, not in characters a user cannot count. */
    @Test
    void theSizeLimitIsInBytes() {
        // 1.6 million Cyrillic letters: 3.2 MB of UTF-8, though fewer characters than the limit's number.
        assertRefused("2", "YAML not accepted: it is 3.1 MB, over the 3 MB limit for the YAML of one file: shorten it or "
                + "split the file", "t: " + "\u0457".repeat(1_600_000) + "\n");
        assertRefused("2", "YAML not accepted: it is 6.2 MB, over the 3 MB limit for the YAML of one file: shorten it or "
                + "split the file", "t: " + "x".repeat(6_500_000) + "\n");
        String mixed = "a: x\u00e9\u2014\uD83D\uDE00\u0457";
        assertEquals(mixed.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, YamlParser.utf8Bytes(mixed));
    }

    @Test
    void aForbiddenCharacterIsAtItsColumnInCodePoints() {
        assertRefused("3:5", "character U+000B is not allowed in YAML: delete it", "a: 1\nb: \uD83D\uDE00\u000B\n");
        assertRefused("2:4", "character U+FFFE is not allowed in YAML: delete it", "a: \uFFFE\n");
    }

    /**
     * {@link YamlText} counts each scalar's offset on from the last one, which makes a whole text
     * one pass as long as the parser reports scalars in the order of the text.
     */
    @Test
    void theParserReportsScalarsInTheOrderOfTheText() throws IOException {
        String yaml = """
                a: {x: 1, y, z: }
                b: [p: 1, q, {r: 2}]
                ? |
                  complex key
                : value
                c:
                d:
                -
                - "multi
                  line"
                - !!str 12
                - !!str
                  # c
                  value
                - >
                  folded
                "\u00e9 \uD83D\uDE00": \uD83D\uDE00 [x]
                """;
        List<Long> offsets = new ArrayList<>();
        try (YamlParser parser = YamlParser.over(yaml)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token.isScalarValue()) {
                    offsets.add(parser.currentTokenLocation().getCharOffset());
                }
            }
        }
        assertEquals(14, offsets.size(), offsets.toString());
        assertEquals(offsets.stream().sorted().toList(), offsets);
    }
}
