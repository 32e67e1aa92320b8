package folio.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The limit on '*' and '_' after one that the parser can refuse as an opener ({@code a**b} then
 * {@code c* d* ...}: with an opener refused by CommonMark's "multiple of 3" rule, CommonMark-java
 * 0.28 looks back over every closer before each new one, 23 s for 95,000 of them in one
 * paragraph). Counted as the square of the runs in each block between blank lines that holds a
 * run between two non-spaces, summed: the text is refused at that run, before it is parsed.
 */
class EmphasisWorkTest {
    /** "ok", the index the scan reports the emphasis problem at, or another problem. */
    private static String problem(String text) {
        List<String> found = new ArrayList<>();
        boolean ok = MarkdownLimits.scan(text).withinLimits((message, index) ->
                found.add(message.startsWith("too many '*' and '_'") ? String.valueOf(index) : message));
        return ok ? "ok" : found.get(0);
    }

    /** 7,001 runs in one block: 49 million, within the limit; 7,101: 50.4 million, over it. */
    @Test
    void aBlockIsRefusedAtTheRunBetweenTwoNonSpacesOverTheLimit() {
        assertEquals("ok", problem("a**b" + " c*".repeat(7_000)));
        assertEquals("1", problem("a**b" + " c*".repeat(7_100)));
        assertEquals("8", problem("Text. x.__.y" + " c_".repeat(7_100)));
    }

    /** Blocks are summed: three of 4,001 runs are 48 million, a fourth goes over, at its own run. */
    @Test
    void blocksBetweenBlankLinesAreSummed() {
        String block = "a**b" + " c*".repeat(4_000) + "\n\n";
        assertEquals("ok", problem(block.repeat(3)));
        assertEquals(String.valueOf(3 * block.length() + 1), problem(block.repeat(4)));
    }

    /**
     * Without a run between two non-spaces no opener is refused, and the parser's search stops at
     * the last closer that found none: any number of runs is fine. CommonMark's white space is
     * the flanking rules' (a no-break space is one, U+2028 is not).
     */
    @Test
    void runsNextToASpaceAloneAreNotCounted() {
        assertEquals("ok", problem("*a" + " c*".repeat(90_000)));
        assertEquals("ok", problem("a**\u00a0" + " c*".repeat(20_000)));
        assertEquals("1", problem("a**\u2028" + " c*".repeat(20_000)));
        assertEquals("ok", problem("*a* ".repeat(20_000)));
    }

    /**
     * Each row of a table is parsed on its own (its cells apart): a long table of bold words and
     * {@code snake_case} names is counted row by row. A line of dashes that makes no table (another
     * number of cells than the header) leaves the lines one paragraph, counted as one block.
     */
    @Test
    void aTableIsCountedRowByRow() {
        String rows = "| **term** | a snake_case_name and a**b |\n".repeat(8_000);
        assertEquals("ok", problem("| Term | Name |\n|---|---|\n" + rows));
        assertEquals("ok", problem("Intro.\n\n> quoted\n\n| Term | Name |\n| :-- | --: |\n" + rows + "\nAfter.\n"));
        String notATable = "| Term | Name |\n|---|---|---|\n" + rows;
        assertEquals(String.valueOf(notATable.indexOf("_case")), problem(notATable), "the first run between two non-spaces");
        String afterTheTable = "| Term | Name |\n|---|---|\n| x | y |\n" + "a**b c* d*\n".repeat(3_000);
        assertEquals(String.valueOf(afterTheTable.indexOf("a**b") + 1), problem(afterTheTable),
                "a line without a | ends the table: what follows is one paragraph");
    }
}
