package folio.content;

import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads YAML into SnakeYAML's node graph ({@link YamlComposer}) and nodes into raw records
 * ({@link RecordMapper}). Syntax errors are reported at the real line of the file; typed
 * conversion reports unknown keys (with a "did you mean"), wrong types and duplicate keys at the
 * line and column of the key. Jackson did this before; SnakeYAML alone starts several times faster,
 * which a short-lived build feels.
 */
public final class YamlReader {
    private YamlReader() {}

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        // YamlComposer refuses nesting past 40 levels itself, with a position; this is a backstop.
        options.setNestingDepthLimit(YamlComposer.MAX_DEPTH + 10);
        options.setMaxAliasesForCollections(20);
        options.setCodePointLimit(8 * 1024 * 1024);
        return options;
    }

    /**
     * A YAML document and where it sits in its file. {@code lineStarts} holds the offset of each
     * line in {@code yamlText}, so finding a key's line never splits the text again. {@code node}
     * is null in a document kept for positions only ({@link #positionsOnly}).
     */
    public record Located(Node node, SourcePosition origin, String yamlText, int[] lineStarts) {
        public Located(Node node, SourcePosition origin, String yamlText) {
            this(node, origin, yamlText, lineStarts(yamlText));
        }

        /**
         * The same document without its node tree (null), for positions only: a page's front
         * matter is kept to the end of assembly to report mistakes at their line, and its tree of
         * nodes and marks, dead once mapped, was most of the memory a large site kept alive.
         */
        public Located positionsOnly() {
            return new Located(null, origin, yamlText, lineStarts);
        }

        /** The node tree; a document kept for positions only has none, and asking for it is a bug. */
        @Override
        public Node node() {
            if (node == null) {
                throw new IllegalStateException("this YAML document was kept for positions only");
            }
            return node;
        }

        int lineCount() {
            return lineStarts.length;
        }

        int lineEnd(int index) {
            return index + 1 < lineStarts.length ? lineStarts[index + 1] - 1 : yamlText.length();
        }

        /** Where a mark of this document's YAML text lies in its file. */
        SourcePosition at(Mark mark) {
            return YamlReader.at(origin, mark);
        }

        private static int[] lineStarts(String text) {
            int count = 1;
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                count++;
            }
            int[] starts = new int[count];
            int line = 1;
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                starts[line++] = i + 1;
            }
            return starts;
        }
    }

    /**
     * Parses YAML text that starts at {@code origin.line()} of its file. Returns empty (with a
     * diagnostic) on a syntax error. An empty document becomes an empty mapping.
     */
    public static Optional<Located> parse(String yamlText, SourcePosition origin, Diagnostics diagnostics) {
        try {
            YamlComposer composer = new YamlComposer(yamlText, options());
            Node node = composer.checkNode() ? composer.getNode() : emptyMapping();
            if (composer.checkNode()) {
                diagnostics.error(at(origin, composer.nextMark()),
                        "more than one YAML document (a second ---?): keep one document per file");
                return Optional.empty();
            }
            return Optional.of(new Located(node, origin, yamlText));
        } catch (YamlComposer.Refused e) {
            diagnostics.error(at(origin, e.mark), e.getMessage());
        } catch (MarkedYAMLException e) {
            reportSyntax(e, origin, diagnostics);
        } catch (org.yaml.snakeyaml.reader.ReaderException e) {
            // A control character YAML forbids (a vertical tab, say): point at it, by its code.
            diagnostics.error(characterAt(yamlText, e.getPosition(), origin), String.format(java.util.Locale.ROOT,
                    "character U+%04X is not allowed in YAML: delete it", e.getCodePoint()));
        } catch (YAMLException e) {
            // SnakeYAML signals some limits (size, for one) without a position.
            diagnostics.error(origin, "YAML not accepted: " + firstLine(e.getMessage()) + "; simplify the structure");
        } catch (NumberFormatException e) {
            // SnakeYAML's scanner throws this for a backslash-x, -u or -U escape without hex digits after it.
            diagnostics.error(origin, "YAML syntax error: a \\x, \\u or \\U escape in double-quoted text needs hex digits "
                    + "after it (\\u2013); write the character itself, or use single quotes");
        } catch (RuntimeException e) {
            // Any other unchecked failure inside SnakeYAML is still the text's problem, never a crash.
            diagnostics.error(origin, "YAML not accepted (" + e.getClass().getSimpleName() + "): check the quoting "
                    + "and indentation of this front matter or file");
        }
        return Optional.empty();
    }

    /**
     * Composes YAML or JSON that ships with the project (not content), so any problem is a plain
     * exception rather than a diagnostic. Used for the map's boundary data.
     */
    public static Node compose(String text) throws java.io.IOException {
        try {
            Node node = new YamlComposer(text, options()).getSingleNode();
            return node == null ? emptyMapping() : node;
        } catch (YAMLException | NumberFormatException e) {
            throw new java.io.IOException(firstLine(e.getMessage()), e);
        }
    }

    /** The file position of the {@code index}th character of YAML text that starts at {@code origin}. */
    private static SourcePosition characterAt(String yamlText, int index, SourcePosition origin) {
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < Math.min(index, yamlText.length()); i++) {
            if (yamlText.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourcePosition(origin.path(), origin.line() + line, index - lineStart + 1);
    }

    private static MappingNode emptyMapping() {
        return new MappingNode(Tag.MAP, new ArrayList<>(), DumperOptions.FlowStyle.BLOCK);
    }

    private static SourcePosition at(SourcePosition origin, Mark mark) {
        return new SourcePosition(origin.path(), origin.line() + mark.getLine(), mark.getColumn() + 1);
    }

    private static void reportSyntax(MarkedYAMLException e, SourcePosition origin, Diagnostics diagnostics) {
        String problem = e.getProblem();
        Mark mark = e.getProblemMark();
        if (problem != null && problem.startsWith("found undefined alias") && mark != null) {
            // YamlComposer refuses every anchor, so any alias is undefined: say what is not supported.
            diagnostics.error(at(origin, mark), YamlComposer.NO_ANCHORS);
            return;
        }
        String opened = opened(e.getContext());
        if (opened != null && problem != null && problem.contains("<stream end>") && e.getContextMark() != null) {
            // The end of the text is no place to look: point at the bracket or quote left open.
            mark = e.getContextMark();
            problem = opened + " opened here is never closed: close it on the same entry";
        }
        SourcePosition where = mark == null ? origin.atLine(origin.line()) : at(origin, mark);
        diagnostics.error(where, "YAML syntax error: " + explain(problem));
    }

    private static String opened(String context) {
        if (context == null) {
            return null;
        }
        if (context.contains("flow sequence")) {
            return "the [ list";
        }
        if (context.contains("flow mapping")) {
            return "the { mapping";
        }
        if (context.contains("quoted scalar")) {
            return "the quoted text";
        }
        return null;
    }

    private static String explain(String problem) {
        if (problem == null) {
            return "unreadable YAML";
        }
        String text = firstLine(problem);
        if (text.contains("'\\t'") || text.contains("\\t(TAB)") || text.contains("TAB")) {
            return text + "; indent with spaces, not tabs";
        }
        if (text.contains("mapping values are not allowed")) {
            return text + "; check the indentation of this line, or put quotes around a value that contains ': '";
        }
        if (text.contains("could not find expected ':'")) {
            return text + "; every key needs a colon, and text spanning lines needs quotes";
        }
        return text;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }

    /**
     * Converts a YAML node to a raw record type. Unknown keys and wrong types become diagnostics
     * at the offending key (at {@code entryLine} when the problem is the node itself).
     */
    public static <T> Optional<T> convert(Node node, Class<T> type, Located document, int entryLine,
                                          String what, Diagnostics diagnostics) {
        try {
            return Optional.ofNullable(RecordMapper.map(node, type));
        } catch (RecordMapper.Mismatch e) {
            SourcePosition where = e.problem instanceof RecordMapper.EmptyItem empty ? document.at(empty.item().getStartMark())
                    : e.problem.key() == null ? document.origin().atLine(entryLine)
                    : document.at(e.problem.key().getStartMark());
            diagnostics.error(where, message(e.problem, what));
        }
        return Optional.empty();
    }

    private static String message(RecordMapper.Problem problem, String what) {
        String key = problem.key() == null ? "" : problem.key().getValue();
        if (problem instanceof RecordMapper.UnknownKey unknown) {
            List<String> known = unknown.known();
            String suggestion = Suggestions.closest(key, known).map(s -> "did you mean '" + s + "'? ").orElse("");
            return "unknown key '" + key + "' in " + what + ": " + suggestion + "known keys: " + String.join(", ", known)
                    + (known.contains("params") ? " (put your own values under params:)" : "");
        }
        if (problem instanceof RecordMapper.EmptyItem) {
            return "empty item in the list '" + key + "': remove the line or write a value";
        }
        RecordMapper.WrongType wrong = (RecordMapper.WrongType) problem;
        return "'" + key + "' has the wrong type: expected " + describe(wrong.expected())
                + (wrong.found() == null ? " in " + what : ", found '" + wrong.found() + "'");
    }

    private static String describe(Class<?> type) {
        if (type == String.class) {
            return "text";
        }
        if (type == Integer.class) {
            return "a whole number";
        }
        if (type == Boolean.class) {
            return "true or false";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list (- item lines, or [a, b])";
        }
        return "a mapping (key: value lines)";
    }

    /** The line of {@code key:} at or after {@code fromLine} within the document, else {@code fromLine}. */
    public static SourcePosition keyPosition(Located document, int fromLine, String key) {
        if (key == null || key.isEmpty()) {
            return document.origin().atLine(fromLine);
        }
        int firstYamlLine = document.origin().line();
        int start = Math.max(0, fromLine - firstYamlLine);
        // A list entry ends where the next item of the same list begins: never search past it.
        int entryIndent = start < document.lineCount() ? listItemIndent(document, start) : -1;
        for (int index = start; index < document.lineCount(); index++) {
            if (index > start && entryIndent >= 0 && listItemIndent(document, index) == entryIndent) {
                break;
            }
            int column = keyColumn(document, index, key);
            if (column >= 0) {
                return new SourcePosition(document.origin().path(), firstYamlLine + index, column + 1);
            }
        }
        return document.origin().atLine(fromLine);
    }

    /**
     * Where {@code key} starts when line {@code index} reads "key:" after optional spaces and an
     * optional "- " list marker, else -1. Called for many keys of every entry, so it scans the
     * line in place instead of compiling a pattern.
     */
    private static int keyColumn(Located document, int index, String key) {
        String text = document.yamlText();
        int lineStart = document.lineStarts()[index];
        int lineEnd = document.lineEnd(index);
        int at = skipSpaces(text, lineStart, lineEnd);
        if (at < lineEnd && text.charAt(at) == '-' && at + 1 < lineEnd && isSpace(text.charAt(at + 1))) {
            at = skipSpaces(text, at + 1, lineEnd);
        }
        if (at + key.length() > lineEnd || !text.startsWith(key, at)) {
            return -1;
        }
        int colon = skipSpaces(text, at + key.length(), lineEnd);
        return colon < lineEnd && text.charAt(colon) == ':' ? at - lineStart : -1;
    }

    private static int skipSpaces(String text, int from, int end) {
        int at = from;
        while (at < end && isSpace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The line of {@code key: value} (value plain or quoted) at or after {@code fromLine}, else {@code fromLine}. */
    public static SourcePosition valuePosition(Located document, int fromLine, String key, String value) {
        String[] lines = document.yamlText().split("\n", -1);
        Pattern pattern = Pattern.compile("^(\\s*(?:-\\s+)?)" + Pattern.quote(key) + "\\s*:\\s*[\"']?"
                + Pattern.quote(value) + "[\"']?\\s*(#.*)?$");
        int firstYamlLine = document.origin().line();
        for (int index = Math.max(0, fromLine - firstYamlLine); index < lines.length; index++) {
            java.util.regex.Matcher matcher = pattern.matcher(lines[index]);
            if (matcher.find()) {
                return new SourcePosition(document.origin().path(), firstYamlLine + index, matcher.end(1) + 1);
            }
        }
        return document.origin().atLine(fromLine);
    }

    /** The column of "- " when line {@code index} starts a list item, else -1. */
    private static int listItemIndent(Located document, int index) {
        String text = document.yamlText();
        int lineStart = document.lineStarts()[index];
        int lineEnd = document.lineEnd(index);
        int at = lineStart;
        while (at < lineEnd && text.charAt(at) == ' ') {
            at++;
        }
        boolean dash = at < lineEnd && text.charAt(at) == '-';
        boolean item = dash && (at + 1 == lineEnd || text.charAt(at + 1) == ' ');
        return item ? at - lineStart : -1;
    }

    /** The value under {@code key} when {@code node} is a mapping that has that key. */
    public static Optional<Node> value(Node node, String key) {
        if (node instanceof MappingNode mapping) {
            for (var entry : mapping.getValue()) {
                if (entry.getKeyNode() instanceof ScalarNode name && name.getValue().equals(key)) {
                    return Optional.of(entry.getValueNode());
                }
            }
        }
        return Optional.empty();
    }

    /** The elements of a list node; none for any other node. */
    public static List<Node> items(Node node) {
        return node instanceof SequenceNode list ? list.getValue() : List.of();
    }

    /** A scalar's text as written; "" for an empty value, a list or a mapping. */
    public static String text(Node node) {
        return node instanceof ScalarNode scalar && !YamlScalars.isNull(scalar) ? scalar.getValue() : "";
    }

    /** The file line on which each element of a top-level YAML list starts. */
    public static List<Integer> listEntryLines(Located document) {
        List<Integer> lines = new ArrayList<>();
        if (document.node() instanceof SequenceNode list) {
            list.getValue().forEach(item -> lines.add(document.origin().line() + item.getStartMark().getLine()));
        }
        return lines;
    }
}
