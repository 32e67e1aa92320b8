package folio.content;

import folio.diag.SourcePosition;

/**
 * Where the characters of a text given to the Markdown parser are written in its file, for a
 * message about a place inside it. A page's body is a run of the file's own lines ({@link #lines});
 * a text held in a YAML value may be indented, folded, quoted or escaped, and is mapped character by
 * character ({@link YamlScalarPositions}).
 */
public interface TextPlace {
    /** Where the text's first character is written. */
    SourcePosition start();

    /**
     * Where the character at {@code column} (0-based, in chars) of line {@code line} (0-based, lines
     * ending at {@code \n}) of the text is written; a column past its line's end is counted on from there.
     */
    SourcePosition at(int line, int column);

    /** A text whose first line is written from {@code start} on, and each next line on the file's next line from column 1. */
    static TextPlace lines(SourcePosition start) {
        return new Lines(start);
    }

    /** See {@link #lines}: a Markdown body, or a text that cannot be mapped closer. */
    record Lines(SourcePosition start) implements TextPlace {
        @Override
        public SourcePosition at(int line, int column) {
            return new SourcePosition(start.path(), start.line() + line,
                    line == 0 ? Math.max(start.column(), 1) + column : column + 1);
        }
    }
}
