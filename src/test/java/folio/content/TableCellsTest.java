package folio.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;

/**
 * Which texts' tables get the second parse with source positions that finds a row past its
 * header or a table that did not form: every faulty one, and none of the tables written well
 * (a site of many tables parsed all its Markdown twice when every table got it).
 */
class TableCellsTest {
    private static boolean suspect(String text) {
        Node parsed = Markdown.parserFor(text, false).parse(text);
        return TableCells.suspect(text, parsed);
    }

    @Test
    void wellWrittenTablesAreNotParsedAgain() {
        assertFalse(suspect("| a | b |\n|---|--:|\n| 1 | 2 |\n| 3 | 4 |\n\nText after.\n"));
        assertFalse(suspect("a | b\n--- | ---\n1 | 2\n"));
        assertFalse(suspect("> | a | b |\n> |---|---|\n> | 1 | 2 |\n"));
        assertFalse(suspect("| code | x |\n|---|---|\n| `a\\|b` | 2 |\n"));
        assertFalse(suspect("| a | b |\n|---|---|\n| 1 |\n"), "fewer cells than the header is filled in, not lost");
    }

    @Test
    void everyFaultyTableIs() {
        assertTrue(suspect("| a | b |\n|---|---|\n| 1 | 2 | 3 |\n"), "a row past the header");
        assertTrue(suspect("| a | b |\n|---|---|\n| `x|y` | 2 |\n"), "a | in code starts a cell");
        assertTrue(suspect("a | b | c\n--- | ---\n1 | 2 | 3\n"), "a line of dashes with fewer cells: no table");
        assertTrue(suspect("Some text\n| a | b |\n|---|---|---|\n"), "no table formed");
        String prose = "A well-known line - with dashes, and no pipe.\n".repeat(3);
        assertTrue(suspect(prose + "\n| a | b |\n|---|---|\n| 1 | 2 | 3 |\n\n" + prose), "among lines with dashes");
        assertFalse(suspect("| a | b |\n|---|---|\n| 1 | 2 |\n\n" + prose + "-- | --\n"),
                "a line of dashes under a line without a | makes no table to check");
    }

    @Test
    void linesThatLookLikeATableButAreNotOneAreChecked() {
        // In a code block nothing is reported, but the lines made no table: the careful check decides.
        assertTrue(suspect("```\n| a | b |\n|---|---|\n```\n"));
    }

    /** The GFM tables extension's reading of a delimiter row, which TableCells held as this pattern until it overflowed the stack. */
    private static final Pattern DELIMITER_ROW = Pattern.compile(
            "[ \\t]*\\|?[ \\t]*:?-+:?[ \\t]*(\\|[ \\t]*:?-+:?[ \\t]*)*\\|?[ \\t]*");

    @Test
    void aDelimiterRowIsReadAsThePatternReadsIt() {
        String[] rows = {"|---|---|", "---|---", "---", "|---", "---|", "| :-- | --: | :-: |", " \t|-|-| \t", "|", "||",
            "|---||---|", "| --- |", ":-:", "::", ":", "-:-", "|-- -|", "| a |", "|---|---", "---||", "|--|:", "| -- | -- |  |",
            "", " ", "\t-\t", "|:|", "--:|:--", "- | -", "-|-|-|-|", "|-x-|", "|---| \u00A0"};
        for (String row : rows) {
            assertEquals(DELIMITER_ROW.matcher(row).matches(), TableRows.isDelimiterRow(row), "'" + row + "'");
        }
    }

    @Test
    void aTableOfManyThousandColumnsIsReadWithoutRunningOutOfStack() {
        // A delimiter row of 30,000 cells overflowed the stack in the pattern's repeated group: exit 70, "a bug in folio".
        String header = "|" + "a|".repeat(30_000);
        String dashes = "|" + "-|".repeat(30_000);
        assertTrue(TableRows.isDelimiterRow(dashes));
        assertTrue(TableRows.startsTable(header, dashes));
        assertTrue(suspect(header + "\n" + dashes + "\n|" + "b|".repeat(30_001) + "\n"), "a row past the header");
    }
}
