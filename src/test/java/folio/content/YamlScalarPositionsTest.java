package folio.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import folio.project.ForbiddenCharacters;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A place inside a text held in a YAML value is where it is written in the file, in every style of
 * scalar: plain, single- and double-quoted (escapes, folded line breaks), literal and folded blocks
 * (indented, on the lines after their key, with indicators), in a data file and in front matter.
 */
class YamlScalarPositionsTest {
    private static final String PATH = "content/data/terms.yaml";

    /** Where {@code marker} (its first occurrence in the value of {@code key}) is written, as a diagnostic prints it. */
    private static String where(String yaml, int firstLine, String key, String marker) {
        YamlReader.Located document = parse(yaml, firstLine);
        YamlNode value = document.node().findField(key).orElseThrow().value();
        TextPlace place = YamlScalarPositions.of(document, value, value.text());
        int index = value.text().indexOf(marker);
        assertTrue(index >= 0, marker + " in " + value.text());
        int[] at = ForbiddenCharacters.lineAndColumn(value.text(), index);
        return place.at(at[0] - 1, at[1] - 1).toString();
    }

    private static String where(String yaml, String key, String marker) {
        return where(yaml, 1, key, marker);
    }

    private static YamlReader.Located parse(String yaml, int firstLine) {
        Diagnostics diagnostics = new Diagnostics();
        YamlReader.Located document = YamlReader.parse(yaml, SourcePosition.of(PATH, firstLine), diagnostics).orElseThrow();
        assertFalse(diagnostics.hasAny(), diagnostics.sorted().toString());
        return document;
    }

    @Test
    void plainOnOneLineAndOverLines() {
        String yaml = """
                - id: a
                  definition: See [the law](missing.md) here.
                - id: b
                  definition: First words
                    and then
                    [a link](b.md) on the third line.

                    And after a blank line [c](c.md).
                """;
        assertEquals(PATH + ":2:19", where(yaml, "definition", "[the law]"));
        YamlReader.Located document = parse(yaml, 1);
        YamlNode second = document.node().items().get(1).get("definition").orElseThrow();
        TextPlace place = YamlScalarPositions.of(document, second, second.text());
        assertEquals("First words and then [a link](b.md) on the third line.\nAnd after a blank line [c](c.md).", second.text());
        assertEquals(PATH + ":6:5", place.at(0, "First words and then ".length()).toString());
        assertEquals(PATH + ":8:28", place.at(1, "And after a blank line ".length()).toString());
        assertEquals(PATH + ":4:15", place.start().toString());
    }

    @Test
    void literalBlockStartsOnTheNextLineIndented() {
        String yaml = """
                - id: a
                  term: A
                  definition: |
                    First line.

                    A [broken](missing.md) link.
                    ## Usage
                """;
        assertEquals(PATH + ":6:7", where(yaml, "definition", "[broken]"));
        assertEquals(PATH + ":7:5", where(yaml, "definition", "## Usage"));
        assertEquals(PATH + ":4:5", where(yaml, "definition", "First"));
    }

    @Test
    void literalBlockWithIndicatorsCommentTagAndMoreIndentedLines() {
        String yaml = """
                definition: !!str |2-   # a comment
                      code, more indented than the block
                    [x](x.md)
                keep: |+
                  kept

                  [y](y.md)


                next: 1
                """;
        assertEquals(PATH + ":3:5", where(yaml, "definition", "[x]"));
        assertEquals(PATH + ":2:7", where(yaml, "definition", "code"));
        assertEquals(PATH + ":7:3", where(yaml, "keep", "[y]"));
    }

    @Test
    void foldedBlockJoinsLinesButPlacesEachWhereItIs() {
        String yaml = """
                - id: a
                  definition: >
                    One line
                    folded into the first,

                    a second paragraph with [a link](missing.md)
                      more indented, kept
                    and [the last](last.md).
                """;
        YamlReader.Located document = parse(yaml, 1);
        assertEquals("One line folded into the first,\na second paragraph with [a link](missing.md)\n  more indented, kept\n"
                + "and [the last](last.md).\n", document.node().items().get(0).get("definition").orElseThrow().text());
        assertEquals(PATH + ":4:5", where(yaml, "definition", "folded"));
        assertEquals(PATH + ":6:29", where(yaml, "definition", "[a link]"));
        assertEquals(PATH + ":7:7", where(yaml, "definition", "more"));
        assertEquals(PATH + ":8:9", where(yaml, "definition", "[the last]"));
    }

    @Test
    void singleQuotedOverLinesWithDoubledQuotes() {
        String yaml = """
                definition: 'It''s a text
                  over lines, it''s
                    [here](missing.md).'
                """;
        assertEquals(PATH + ":3:5", where(yaml, "definition", "[here]"));
        assertEquals(PATH + ":2:15", where(yaml, "definition", "it's"));
        // The quote '' stands for is placed at its first quote.
        assertEquals(PATH + ":2:17", where(yaml, "definition", "'s ["));
    }

    @Test
    void doubleQuotedWithEscapesAndFoldedLines() {
        String yaml = """
                definition: "Caf\\u00e9 \\"quoted\\" \\t[one](a.md)
                  next line \\
                  joined [two](b.md)

                  \\U0001F600 [three](c.md)"
                """;
        YamlReader.Located document = parse(yaml, 1);
        assertEquals("Café \"quoted\" \t[one](a.md) next line joined [two](b.md)\n\uD83D\uDE00 [three](c.md)",
                document.node().get("definition").orElseThrow().text());
        assertEquals(PATH + ":1:37", where(yaml, "definition", "[one]"));
        assertEquals(PATH + ":3:10", where(yaml, "definition", "[two]"));
        assertEquals(PATH + ":5:14", where(yaml, "definition", "[three]"));
        // An escape's characters are placed at its backslash.
        assertEquals(PATH + ":1:17", where(yaml, "definition", "é"));
        assertEquals(PATH + ":5:3", where(yaml, "definition", "\uD83D"));
    }

    @Test
    void inFrontMatterInAFlowMappingAndInAListItem() {
        String front = """
                title: Point 3
                summary: >-
                  Changes [the rule](rules.md).
                changes:
                  - { document: law, text: "See [old](old.md)" }
                  - text: |
                      Then [new](new.md).
                """;
        assertEquals(PATH + ":5:11", where(front, 3, "summary", "[the rule]"));
        YamlReader.Located document = parse(front, 3);
        List<YamlNode> changes = document.node().get("changes").orElseThrow().items();
        YamlNode first = changes.get(0).get("text").orElseThrow();
        YamlNode second = changes.get(1).get("text").orElseThrow();
        assertEquals(PATH + ":7:33", YamlScalarPositions.of(document, first, first.text()).at(0, 4).toString());
        assertEquals(PATH + ":9:12", YamlScalarPositions.of(document, second, second.text()).at(0, 5).toString());
    }

    @Test
    void everyLetterOfEveryStyleIsPlacedOnItself() {
        String yaml = """
                plain: alpha beta
                  gamma

                  delta
                single: 'alpha ''beta''
                    gamma'
                double: "alpha \\x41 beta\\
                    gamma \\"delta\\""
                literal: |
                    alpha
                      beta

                    gamma
                folded: >+
                  alpha
                  beta

                   gamma
                  delta

                list: [ 'alpha beta', "gamma delta", epsilon zeta ]
                """;
        YamlReader.Located document = parse(yaml, 1);
        String[] lines = yaml.split("\n", -1);
        document.node().find(field -> {
            List<YamlNode> values = field.value() instanceof YamlNode.Scalar ? List.of(field.value()) : field.value().items();
            for (YamlNode value : values) {
                String text = value.text();
                TextPlace place = YamlScalarPositions.of(document, value, text);
                assertInstanceOf(YamlScalarPositions.class, place);
                for (int i = 0; i < text.length(); i++) {
                    if (Character.isLowerCase(text.charAt(i))) {
                        int[] at = ForbiddenCharacters.lineAndColumn(text, i);
                        SourcePosition written = place.at(at[0] - 1, at[1] - 1);
                        assertEquals(text.charAt(i), lines[written.line() - 1].charAt(written.column() - 1),
                                field.key().text() + " at " + i + " placed at " + written);
                    }
                }
            }
            return false;
        });
    }

    @Test
    void aTextThatIsNotTheValueIsPlacedFromTheValuesFirstCharacterOn() {
        YamlReader.Located document = parse("definition: |\n  English words\n", 1);
        YamlNode value = document.node().get("definition").orElseThrow();
        TextPlace place = YamlScalarPositions.of(document, value, "Other words");
        assertEquals(PATH + ":2:3", place.at(0, 0).toString());
        assertEquals(PATH + ":3:3", place.at(1, 2).toString());
    }

    @Test
    void pastTheEndOfALineIsCountedOnFromItsLastCharacter() {
        String yaml = "definition: |\n  ab\n  cd\n";
        YamlReader.Located document = parse(yaml, 1);
        YamlNode value = document.node().get("definition").orElseThrow();
        TextPlace place = YamlScalarPositions.of(document, value, value.text());
        assertEquals(PATH + ":2:6", place.at(0, 3).toString());
        assertEquals(PATH + ":3:8", place.at(1, 5).toString());
        // Past the text's last line: after its last character (its line break).
        assertEquals(PATH + ":4:1", place.at(5, 0).toString());
    }
}
