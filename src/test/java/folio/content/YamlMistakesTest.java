package folio.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The common YAML mistakes in plain words, with the parser's words at the end; the golden
 * sites bad-yaml-* show each in a whole build. These are the cases those do not cover.
 */
class YamlMistakesTest {
    /** The YAML starts on line 2 of its file, as front matter does. */
    private static final SourcePosition ORIGIN = SourcePosition.of("content/a.md", 2);

    private static String errors(String yaml) {
        Diagnostics diagnostics = new Diagnostics();
        YamlReader.parse(yaml, ORIGIN, diagnostics);
        StringBuilder errors = new StringBuilder();
        diagnostics.sorted().forEach(d -> errors.append(d).append('\n'));
        return errors.toString().strip();
    }

    /**
     * A key longer than the parser reads (1,024 characters) was explained as indentation ("give it
     * no spaces, like 'params'") at a line whose indentation was right. One of 1,024 is read.
     */
    @Test
    void aKeyLongerThanTheParserReadsIsSaidToBe() {
        String key = "k".repeat(1025);
        assertEquals("content/a.md:4:3: error: this key is 1,025 characters long: YAML reads a key of at most 1,024 "
                + "characters, and takes a longer one for text, so its ':' is a mistake. Shorten the key (a long text belongs "
                + "in a value) (YAML parser: mapping values are not allowed here)",
                errors("title: T\nparams:\n  " + key + ": 1\n"));
        assertEquals("", errors("title: T\nparams:\n  " + "k".repeat(1024) + ": 1\n"));
    }

    @Test
    void aTabAfterAColonIsNotCalledIndentation() {
        assertEquals("content/a.md:2:7: error: a tab in this line. YAML does not accept a tab here: replace it with a "
                + "space (YAML parser: found character '\\t(TAB)' that cannot start any token)", errors("title:\tFoo\n"));
    }

    @Test
    void aQuoteLeftOpenPointsAtItsOpeningEvenWhenALaterQuoteClosesIt() {
        assertEquals("content/a.md:2:8: error: the quote opened here is not closed on its line, so YAML reads on to "
                + "the next \", on line 3. Close the quote at the end of this value (YAML parser: expected <block end>, "
                + "but found '<scalar>')", errors("title: \"Kyiv talks\nsummary: \"x\"\n"));
    }

    @Test
    void anApostropheInsideSingleQuotesIsDoubled() {
        String errors = errors("title: T\nsummary: 'It's agreed'\n");
        assertTrue(errors.startsWith("content/a.md:3:13: error: the apostrophe in 'It's' ends the text in single quotes. "
                + "Inside single quotes write an apostrophe twice ('It''s')"), errors);
    }

    /** The parser counts columns in characters; an emoji is two chars of a Java string but one column. */
    @Test
    void anEmojiEarlierOnTheLineMovesNeitherTheExplanationNorItsColumn() {
        String errors = errors("title: T\nsummary: '\uD83D\uDE00 It's agreed'\n");
        assertTrue(errors.startsWith("content/a.md:3:15: error: the apostrophe in 'It's' ends the text in single quotes."),
                errors);
    }

    @Test
    void aListItemReadAsTextIsFoundAfterEmojiInTheKey() {
        String errors = errors("t\uD83D\uDE00\uD83D\uDE00: first\n  - second\n");
        assertTrue(errors.startsWith("content/a.md:3:3: error: this line starts with '- ', but YAML reads it as more of the"
                + " text of 't\uD83D\uDE00\uD83D\uDE00' on line 2"), errors);
    }

    @Test
    void aListLeftOpenAcrossLinesPointsAtItsBracket() {
        assertEquals("content/a.md:2:8: error: the [ list opened here is not closed on its line. Close it with ']' on "
                + "the same line (YAML parser: expected ',' or ']', but got :)", errors("title: [a, b\nsummary: x\n"));
    }

    @Test
    void aListItemAmongKeysOffersBothFixes() {
        String errors = errors("- id: a\n  name: A\n  - id: b\n");
        assertTrue(errors.startsWith("content/a.md:4:3: error: a list item ('-') among the keys of a mapping"), errors);
        assertTrue(errors.contains("line its '-' up with the one on line 2 (no spaces); if it belongs to 'name' on "
                + "line 3, end that line after 'name:'"), errors);
        assertTrue(errors.endsWith("(YAML parser: expected <block end>, but found '-')"), errors);
    }

    @Test
    void aKeyGluedToItsValueWhereAMappingBelongsIsNamed() {
        Diagnostics diagnostics = new Diagnostics();
        Optional<Raw.Reaction> reaction = YamlReader.parse("id: a\nquote:\n  text:Foo\n", ORIGIN, diagnostics)
                .flatMap(doc -> RecordMapper.convert(doc.node(), Raw.Reaction.class, doc, ORIGIN, "reaction", diagnostics));
        assertTrue(reaction.isEmpty());
        assertEquals("content/a.md:3:1: error: 'quote' needs key: value lines under it: no space after the colon in "
                + "'text:Foo', so YAML reads it as text, not as a key and its value. Put a space after the colon: "
                + "'text: Foo'", diagnostics.sorted().get(0).toString());
    }

    @Test
    void textsThatMerelyContainADashOrAColonAreLeftAlone() {
        assertEquals("", errors("title: A - B\nsummary: >\n  first\n  - second\nurl: https://example.org/a:b\n"
                + "quote: 'a\n  - b'\n"));
    }

    @Test
    void aReservedFirstCharacterAsksForQuotes() {
        assertEquals("content/a.md:2:8: error: a text cannot start with '@' in YAML (the character is reserved). Put the "
                + "whole text in double quotes (YAML parser: found character '@' that cannot start any token)",
                errors("title: @ministry\n"));
    }

    @Test
    void theRareRestKeepsTheParserWords() {
        assertEquals("content/a.md:2:14: error: YAML syntax error: check the quoting, brackets and indentation of this "
                + "line and the one above it (YAML parser: expected <block end>, but found ']')", errors("title: [a, b]]\n"));
    }

    /**
     * YAML 1.1 also breaks lines at U+0085, U+2028 and U+2029 and an editor does not, so the
     * parser's line numbers below one would be wrong: the character is refused, at the editor's line.
     */
    @Test
    void anUnusualLineBreakIsRefusedAtTheLineAnEditorShows() {
        String[][] cases = {{"\u2028", "line separator (U+2028)"}, {"\u2029", "paragraph separator (U+2029)"},
                {"\u0085", "next-line character (U+0085)"}};
        for (String[] unusual : cases) {
            String errors = errors("a: b\nc: d" + unusual[0] + " e\nd: \"q\" x\n");
            assertEquals("content/a.md:3:5: error: invisible " + unusual[1] + " in YAML: YAML reads it as a line"
                    + " break where an editor shows none; replace it with a space, or with a real line break", errors);
        }
    }
}

