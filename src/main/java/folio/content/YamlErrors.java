package folio.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.JacksonYAMLParseException;
import com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.Mark;
import com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.MarkedYAMLException;
import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import folio.project.SourceLoader;
import java.io.IOException;
import java.util.Locale;

/**
 * Turns what Jackson's YAML parser throws into one diagnostic: where (the exception's mark, or
 * the token the parser was on) and what to do about it, in an editor's words. A syntax error's
 * problem and context marks come through Jackson's {@link MarkedYAMLException}: deprecated, but
 * what Jackson 2 still throws, and the only carrier of both marks short of SnakeYAML's own types.
 */
@SuppressWarnings("deprecation")
final class YamlErrors {
    private YamlErrors() {}

    static void report(IOException e, YamlParser parser, String yamlText, SourcePosition origin, Diagnostics diagnostics) {
        // Jackson refuses a node as a key, or as too deep, before its anchor or alias is seen.
        JsonLocation property = e.getCause() == null && parser != null && !(e instanceof YamlParser.Refused)
                ? parser.aliasOrAnchorHere() : null;
        if (e instanceof YamlParser.TooLarge large) {
            diagnostics.error(origin, "YAML not accepted: it is " + SourceLoader.megabytesAbove(large.bytes) + " MB, over the "
                    + YamlParser.MAX_BYTES / (1024 * 1024) + " MB limit for the YAML of one file: shorten it or split the file");
        } else if (e instanceof YamlParser.Refused refused) {
            diagnostics.error(at(origin, refused.getLocation()), refused.problem());
        } else if (property != null) {
            diagnostics.error(at(origin, property), YamlParser.NO_ANCHORS);
        } else if (e instanceof StreamConstraintsException limit) {
            String problem = limit.getOriginalMessage();
            diagnostics.error(tokenAt(parser, origin), problem.contains("nesting depth")
                    ? "YAML nested too deeply (more than " + YamlParser.MAX_DEPTH + " levels): flatten the structure"
                    : "YAML not accepted: " + firstLine(problem) + "; simplify the structure");
        } else if (e instanceof MarkedYAMLException marked) {
            reportSyntax(marked, yamlText, origin, diagnostics);
        } else if (e.getCause() instanceof NumberFormatException) {
            // SnakeYAML's scanner throws this for a backslash-x, -u or -U escape without hex digits after it.
            diagnostics.error(origin, "YAML syntax error: a \\x, \\u or \\U escape in double-quoted text needs hex digits "
                    + "after it (\\u2013); write the character itself, or use single quotes");
        } else if (e instanceof JacksonYAMLParseException unmarked) {
            // The parser's errors without a place: a character YAML forbids (Jackson keeps neither its
            // code nor its place, so it is looked up), or one of the parser's own limits.
            int bad = notAllowedInYaml(yamlText);
            diagnostics.error(bad < 0 ? origin : characterAt(yamlText, bad, origin), bad < 0
                    ? "YAML not accepted: " + firstLine(unmarked.getOriginalMessage()) + "; simplify the structure"
                    : String.format(Locale.ROOT, "character U+%04X is not allowed in YAML: delete it",
                            yamlText.codePointAt(bad)));
        } else {
            reportStructure(e, parser, yamlText, origin, diagnostics);
        }
    }

    /**
     * True when {@code e}, met after the first document, is a syntax error found above line
     * {@code line} (1-based) or a character or limit error, which belongs to no document.
     */
    static boolean foundBefore(JsonProcessingException e, int line) {
        if (e instanceof MarkedYAMLException marked) {
            Mark mark = marked.getProblemMark();
            return mark != null && mark.getLine() + 1 < line;
        }
        return e instanceof JacksonYAMLParseException;
    }

    /** What Jackson itself refuses: a duplicate key, a key that is a list or mapping, a malformed number. */
    private static void reportStructure(IOException e, YamlParser parser, String yamlText, SourcePosition origin,
                                        Diagnostics diagnostics) {
        String problem = e instanceof JsonProcessingException jackson ? jackson.getOriginalMessage() : e.getMessage();
        problem = problem == null ? "" : problem;
        SourcePosition where = tokenAt(parser, origin);
        if (problem.startsWith("Duplicate field '")) {
            String key = parser.getParsingContext().getCurrentName();
            int first = where.line() > origin.line() - 1
                    ? new YamlLines(yamlText).sameKeyAbove(where.line() - origin.line(), key) : -1;
            diagnostics.error(where, "duplicate key '" + key + "'"
                    + (first < 0 ? "" : ": it is already set on line " + (origin.line() + first)) + ". Keep only one of them");
        } else if (problem.startsWith("Expected a field name")) {
            diagnostics.error(where, "a key must be a word, not a list or mapping: write key: value");
        } else {
            diagnostics.error(where, "YAML not accepted: " + firstLine(problem) + "; check the quoting of this value");
        }
    }

    /** Where the token the parser was reading starts, else the start of the text. */
    private static SourcePosition tokenAt(YamlParser parser, SourcePosition origin) {
        return parser == null ? origin : at(origin, parser.currentTokenLocation());
    }

    private static SourcePosition at(SourcePosition origin, JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return origin;
        }
        return new SourcePosition(origin.path(), origin.line() + location.getLineNr() - 1, location.getColumnNr());
    }

    private static SourcePosition at(SourcePosition origin, Mark mark) {
        return new SourcePosition(origin.path(), origin.line() + mark.getLine(), mark.getColumn() + 1);
    }

    /**
     * The index of the first U+0085, U+2028 or U+2029 in {@code yamlText}, or -1. YAML breaks lines
     * there and editors do not, so every position the parser gives below one would name the wrong
     * line: such a text is refused before it is parsed.
     */
    static int unusualLineBreak(String yamlText) {
        for (int i = 0; i < yamlText.length(); i++) {
            char c = yamlText.charAt(i);
            if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return i;
            }
        }
        return -1;
    }

    static void reportUnusualLineBreak(String yamlText, int index, SourcePosition origin, Diagnostics diagnostics) {
        char c = yamlText.charAt(index);
        String name = c == '\u2028' ? "line separator" : c == '\u2029' ? "paragraph separator" : "next-line character";
        diagnostics.error(characterAt(yamlText, index, origin), String.format(Locale.ROOT,
                "invisible %s (U+%04X) in YAML: YAML reads it as a line break where an editor shows none;"
                        + " replace it with a space, or with a real line break", name, (int) c));
    }

    /** The file position of {@code yamlText.charAt(index)}; columns count code points, as the parser's do. */
    private static SourcePosition characterAt(String yamlText, int index, SourcePosition origin) {
        int line = 0;
        int lineStart = 0;
        for (int i = yamlText.indexOf('\n'); i >= 0 && i < index; i = yamlText.indexOf('\n', i + 1)) {
            line++;
            lineStart = i + 1;
        }
        return new SourcePosition(origin.path(), origin.line() + line, yamlText.codePointCount(lineStart, index) + 1);
    }

    /** The index of the first character SnakeYAML's reader refuses (YAML 1.1's printable set), or -1. */
    private static int notAllowedInYaml(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean printable = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0x7E || c == 0x85
                    || c >= 0xA0 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000;
            if (!printable) {
                return i;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    private static void reportSyntax(MarkedYAMLException e, String yamlText, SourcePosition origin, Diagnostics diagnostics) {
        String problem = e.getProblem() == null ? "" : firstLine(e.getProblem());
        Mark mark = e.getProblemMark();
        String opened = opened(e.getContext());
        if (opened != null && e.getContextMark() != null
                && (problem.contains("end of stream") || problem.contains("<stream end>"))) {
            // The end of the text is no place to look: point at the bracket or quote left open.
            diagnostics.error(at(origin, e.getContextMark()), opened + " opened here is never closed. Close it "
                    + (opened.contains("quote") ? "at the end of the value, on the same line" : "on the same entry")
                    + " (YAML parser: " + problem + ")");
            return;
        }
        if (opened != null && !opened.contains("quote") && mark != null && e.getContextMark() != null
                && e.getContextMark().getLine() < mark.getLine()) {
            String close = opened.contains("[") ? "]" : "}";
            diagnostics.error(at(origin, e.getContextMark()), opened + " opened here is not closed on its line. Close it "
                    + "with '" + close + "' on the same line (YAML parser: " + problem + ")");
            return;
        }
        if (mark != null && InvisibleIndentation.reportAtLineStart(yamlText, mark.getLine(), origin, diagnostics)) {
            return; // a no-break space or byte-order mark in the indentation above is why the parser stopped
        }
        if (mark != null) {
            Mark context = e.getContextMark();
            YamlMistakes.Explained plain = YamlMistakes.explain(yamlText, origin.line(), problem, mark.getLine(),
                    mark.getColumn(), e.getContext(), context == null ? -1 : context.getLine());
            if (plain != null) {
                diagnostics.error(new SourcePosition(origin.path(), origin.line() + plain.line(), plain.column()),
                        plain.message());
                return;
            }
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
            return "the quote";
        }
        return null;
    }

    /** The rare rest: the parser's words, after what to look at. */
    private static String explain(String problem) {
        return "check the quoting, brackets and indentation of this line and the one above it (YAML parser: "
                + (problem.isEmpty() ? "unreadable YAML" : problem) + ")";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
