package folio.content;

import folio.diag.SourcePosition;

/**
 * Where each character of a text held in a YAML value is written in its file: the one place that
 * knows, for every message about a place inside such a text (a broken link in a term's definition,
 * a heading's anchor, a reference). A plain {@code key: text} on one line is the text as written
 * after the key; but a literal ({@code |}) or folded ({@code >}) block starts on the next line,
 * indented, a plain or quoted text may go on over lines whose breaks become spaces, and an escape
 * ({@code "\x41"}, {@code ''}) is more characters in the file than in the text.
 *
 * <p>Jackson gives where the value's token starts (the {@link YamlNode.Scalar}'s line and column);
 * from there the value's source is read again as its style says ({@link YamlScalarScan}), and what that
 * reading gives is checked against the value Jackson read. Where the two differ, or the text is not
 * the value's (a text laid over from elsewhere), the text is placed as a run of lines from where its
 * value's first character is, never on the line of its key or block header. A character the file does
 * not hold as such is placed at what it was made from (an escape's backslash, the first quote of
 * {@code ''}, the line break a folded space stands for). Worked out on the first question: most
 * texts are never asked.
 */
public final class YamlScalarPositions implements TextPlace {
    private final String path;
    /** The YAML text the value was read from, and the file line of its first line. */
    private final String yaml;
    private final int firstLine;
    /** Where the value's token starts: its file line, and its column in code points (as Jackson counts). */
    private final int line;
    private final int column;
    /** The value Jackson read, and the text placed (another when one is laid over the value: a translation's). */
    private final String value;
    private final String text;
    /** {@link #yaml}'s index of the token, and of each char of the value ({@link YamlScalarScan#sources}); null before asked. */
    private int token = -1;
    private int[] sources;
    private TextPlace unmapped;

    private YamlScalarPositions(String path, String yaml, int firstLine, YamlNode.Scalar scalar, String text) {
        this.path = path;
        this.yaml = yaml;
        this.firstLine = firstLine;
        this.line = scalar.line();
        this.column = scalar.column();
        this.value = scalar.text();
        this.text = text;
    }

    /**
     * Where the characters of {@code text}, the value of {@code node} in {@code document}, are written.
     * A text other than the value is placed as a run of lines from the value's first character; a node
     * that is not a text, or whose document's text is not at hand, as a run of lines from the node.
     */
    public static TextPlace of(YamlReader.Located document, YamlNode node, String text) {
        if (node instanceof YamlNode.Scalar scalar && !scalar.isNull() && document.text() != null) {
            return new YamlScalarPositions(document.origin().path(), document.text(), document.origin().line(), scalar, text);
        }
        return TextPlace.lines(document.at(node));
    }

    @Override
    public SourcePosition start() {
        return at(0, 0);
    }

    @Override
    public SourcePosition at(int textLine, int textColumn) {
        int[] from = sources();
        if (from == null) {
            return unmapped.at(textLine, textColumn);
        }
        int lineStart = 0;
        for (int n = 0; n < textLine && value.indexOf('\n', lineStart) >= 0; n++) {
            lineStart = value.indexOf('\n', lineStart) + 1;
        }
        int lineEnd = value.indexOf('\n', lineStart) < 0 ? value.length() : value.indexOf('\n', lineStart);
        int offset = lineStart + Math.max(textColumn, 0);
        if (offset <= lineEnd && offset < value.length()) {
            return position(from[offset], 0);
        }
        // Past the line's end (or the text's): counted on from the line's last character.
        int last = lineEnd - 1;
        return last < lineStart ? position(from[Math.min(lineStart, value.length())], 0)
                : position(from[last], offset - last);
    }

    /** Reads the value's source, once. */
    private synchronized int[] sources() {
        if (token < 0) {
            token = tokenIndex();
            sources = value.equals(text) ? YamlScalarScan.sources(yaml, token, value) : null;
            if (sources == null) {
                unmapped = TextPlace.lines(position(YamlScalarScan.contentStart(yaml, token), 0));
            }
        }
        return sources;
    }

    /** The index in {@link #yaml} of the token's line and column. */
    private int tokenIndex() {
        int i = 0;
        for (int n = firstLine; n < line && i < yaml.length(); n++) {
            int end = yaml.indexOf('\n', i);
            i = end < 0 ? yaml.length() : end + 1;
        }
        for (int n = 1; n < column && i < yaml.length() && yaml.charAt(i) != '\n'; n++) {
            i += Character.charCount(yaml.codePointAt(i));
        }
        return i;
    }

    /** Where {@code yaml.charAt(index)} is in the file, moved right by {@code more}; counted from the token, on its line or after. */
    private SourcePosition position(int index, int more) {
        int at = Math.min(Math.max(index, token), yaml.length());
        int lines = 0;
        for (int i = token; i < at; i++) {
            if (yaml.charAt(i) == '\n') {
                lines++;
            }
        }
        int lineStart = yaml.lastIndexOf('\n', at - 1) + 1;
        return new SourcePosition(path, line + lines, at - lineStart + 1 + more);
    }
}
