package folio.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.Mark;
import com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.MarkedYAMLException;
import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import java.io.IOException;
import java.util.Locale;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Turns what Jackson's YAML parser throws into one diagnostic: where (the exception's mark, or
 * the token the parser was on) and what to do about it, in an editor's words.
 */
final class YamlErrors {
    private YamlErrors() {}

    static void report(IOException e, YamlParser parser, String yamlText, SourcePosition origin, Diagnostics diagnostics) {
        if (e instanceof YamlParser.Refused refused) {
            diagnostics.error(at(origin, refused.getLocation()), refused.problem());
        } else if (e instanceof StreamConstraintsException limit) {
            String problem = limit.getOriginalMessage();
            diagnostics.error(tokenAt(parser, origin), problem.contains("nesting depth")
                    ? "YAML nested too deeply (more than " + YamlParser.MAX_DEPTH + " levels): flatten the structure"
                    : "YAML not accepted: " + firstLine(problem) + "; simplify the structure");
        } else if (e instanceof MarkedYAMLException marked) {
            reportSyntax(marked, origin, diagnostics);
        } else if (e.getCause() instanceof ReaderException reader) {
            // A control character YAML forbids (a vertical tab, say): point at it, by its code.
            diagnostics.error(characterAt(yamlText, reader.getPosition(), origin), String.format(Locale.ROOT,
                    "character U+%04X is not allowed in YAML: delete it", reader.getCodePoint()));
        } else if (e.getCause() instanceof NumberFormatException) {
            // SnakeYAML's scanner throws this for a backslash-x, -u or -U escape without hex digits after it.
            diagnostics.error(origin, "YAML syntax error: a \\x, \\u or \\U escape in double-quoted text needs hex digits "
                    + "after it (\\u2013); write the character itself, or use single quotes");
        } else if (e.getCause() instanceof YAMLException limit) {
            // SnakeYAML signals some limits (size, for one) without a position.
            diagnostics.error(origin, "YAML not accepted: " + firstLine(limit.getMessage()) + "; simplify the structure");
        } else {
            reportStructure(e, parser, origin, diagnostics);
        }
    }

    /** What Jackson itself refuses: a duplicate key, a key that is a list or mapping, a malformed number. */
    private static void reportStructure(IOException e, YamlParser parser, SourcePosition origin, Diagnostics diagnostics) {
        String problem = e instanceof JsonProcessingException jackson ? jackson.getOriginalMessage() : e.getMessage();
        problem = problem == null ? "" : problem;
        SourcePosition where = tokenAt(parser, origin);
        if (problem.startsWith("Duplicate field '")) {
            String key = parser.getParsingContext().getCurrentName();
            diagnostics.error(where, "duplicate key '" + key + "': keep only one of them");
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

    private static void reportSyntax(MarkedYAMLException e, SourcePosition origin, Diagnostics diagnostics) {
        String problem = e.getProblem();
        Mark mark = e.getProblemMark();
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
}
