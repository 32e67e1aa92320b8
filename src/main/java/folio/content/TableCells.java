package folio.content;

import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;

/**
 * Tables whose rows do not match their header. A row with more cells than the header loses the
 * cells past the last column without a trace (a {@code |} inside {@code `code`} also starts a
 * cell); a line of dashes with another number of cells than the header row above it makes no
 * table at all, so the page would show every row as one paragraph of pipes. Rows are read as
 * the extension reads them ({@link TableRows}).
 */
final class TableCells {
    private static final Pattern MAYBE_DELIMITER_ROW = Pattern.compile("(?m)^[ \\t>]*\\|?[ \\t]*:?-+:?[ \\t]*\\|");

    private TableCells() {}

    /**
     * Whether {@code text} may hold a table or a failed one: a line starting with a cell of dashes
     * and a |. The caller asks only of a text that holds a | ({@link MarkdownLimits.Mark#PIPE}).
     */
    static boolean mayHaveTable(String text) {
        return nextCandidate(text, 0) >= 0;
    }

    /**
     * Where the next line at or after {@code from} starts that may be a line of dashes (a cell of
     * dashes then a |); -1 when there is none. Only lines holding a '-' are tried: a pattern tried
     * at every character of every text cost more than the check it spares.
     */
    private static int nextCandidate(String text, int from) {
        for (int dash = text.indexOf('-', from); dash >= 0; dash = text.indexOf('-', lineEnd(text, dash) + 1)) {
            int start = text.lastIndexOf('\n', dash) + 1;
            int end = lineEnd(text, dash);
            if (start >= from && holdsPipe(text, start, end)
                    && MAYBE_DELIMITER_ROW.matcher(text).region(start, end).lookingAt()) {
                return start;
            }
        }
        return -1;
    }

    /**
     * Whether the line from {@code start} to {@code end} holds a |. Looked for in the line only:
     * {@code lastIndexOf} from its end read back to the text's last | before it, on every line
     * with a dash, which made a page with a table near its top cost time in its length squared.
     */
    private static boolean holdsPipe(String text, int start, int end) {
        for (int at = start; at < end; at++) {
            if (text.charAt(at) == '|') {
                return true;
            }
        }
        return false;
    }

    /** Reports each row of {@code text}'s tables with more cells than its header, and each failed table. */
    static void report(String text, Node parsed, TextPlace start, Diagnostics diagnostics) {
        if (!suspect(text, parsed)) {
            return;
        }
        Markdown.parserFor(text, true).parse(text).accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof TableBlock table) {
                    reportRows(table, text, start, diagnostics);
                } else {
                    visitChildren(block);
                }
            }

            @Override
            public void visit(Paragraph paragraph) {
                reportFailedTable(paragraph, text, start, diagnostics);
            }
        });
    }

    /**
     * Whether a table in {@code text} may be wrong, read from its lines and its {@code parsed} tree:
     * a line of dashes under a line with a | that made no table (the tree has fewer tables than
     * such pairs of lines), one whose cells differ in number from the line above, or a line below
     * with more cells than that one (cells counted as the extension counts them). Every table
     * {@link #report} finds at fault passes this test, and most texts' tables do not, which spares
     * them a second parse with source positions (it doubled the time a site of many tables spent
     * parsing Markdown).
     */
    static boolean suspect(String text, Node parsed) {
        int pairs = 0;
        for (int start = nextCandidate(text, 0); start >= 0; start = nextCandidate(text, lineEnd(text, start) + 1)) {
            String line = unquoted(text.substring(start, lineEnd(text, start)));
            if (start == 0 || !TableRows.isDelimiterRow(line)) {
                continue;
            }
            String header = unquoted(text.substring(text.lastIndexOf('\n', start - 2) + 1, start - 1));
            if (header.indexOf('|') < 0) {
                continue;
            }
            pairs++;
            int columns = TableRows.cells(header);
            if (TableRows.cells(line) != columns) {
                return true;
            }
            for (int row = lineEnd(text, start) + 1; row < text.length(); row = lineEnd(text, row) + 1) {
                String cellsLine = unquoted(text.substring(row, lineEnd(text, row)));
                if (cellsLine.isBlank()) {
                    break;
                }
                if (TableRows.cells(cellsLine) > columns) {
                    return true;
                }
            }
        }
        return pairs > tables(parsed);
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    /** The tables among the blocks of {@code node} (a table is a block: text inside paragraphs and headings is not walked). */
    private static int tables(Node node) {
        if (node instanceof TableBlock) {
            return 1;
        }
        if (node instanceof Paragraph || node instanceof org.commonmark.node.Heading) {
            return 0;
        }
        int count = 0;
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            count += tables(child);
        }
        return count;
    }

    /** A line without the {@code >} marks of the block quotes it is in. */
    private static String unquoted(String line) {
        int at = 0;
        while (at < line.length() && (line.charAt(at) == '>' || line.charAt(at) == ' ' || line.charAt(at) == '\t')) {
            at++;
        }
        return line.substring(at);
    }

    private static void reportRows(TableBlock table, String text, TextPlace start, Diagnostics diagnostics) {
        int columns = -1;
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow) || row.getSourceSpans().isEmpty()) {
                    continue;
                }
                String line = source(text, row.getSourceSpans().get(0));
                if (part instanceof TableHead) {
                    columns = TableRows.cells(line);
                } else if (columns > 0 && TableRows.cells(line) > columns) {
                    diagnostics.error(NodePositions.positionOf(row, start), "this table row has " + TableRows.cells(line)
                            + " cells, but the table's header has " + columns + ": the page would drop every cell past "
                            + "column " + columns + ": add header cells, or join the cells" + (line.contains("`")
                            || line.contains("[[") ? " (a | inside `code` or [[kind:id|text]] starts a cell too: write \\| "
                            + "for it)" : ""));
                }
            }
        }
    }

    private static void reportFailedTable(Paragraph paragraph, String text, TextPlace start, Diagnostics diagnostics) {
        List<SourceSpan> lines = paragraph.getSourceSpans();
        for (int index = 1; index < lines.size(); index++) {
            String line = source(text, lines.get(index));
            String header = source(text, lines.get(index - 1));
            if (line.indexOf('|') >= 0 && header.indexOf('|') >= 0 && TableRows.isDelimiterRow(line)) {
                SourceSpan at = lines.get(index - 1);
                SourcePosition where = start.at(at.getLineIndex(), at.getColumnIndex());
                String counts = TableRows.cells(header) == TableRows.cells(line) ? ""
                        : "its header row has " + TableRows.cells(header) + " cells and the line of dashes under it "
                        + TableRows.cells(line) + ", so ";
                diagnostics.error(where, "this looks like a table, but " + counts + "it is not one: the page would show "
                        + "its rows as text, pipes and all: give the line of dashes one cell (---) for each cell of the "
                        + "header");
                return;
            }
        }
    }

    private static String source(String text, SourceSpan span) {
        int from = span.getInputIndex();
        return text.substring(from, Math.min(text.length(), from + span.getLength()));
    }
}
