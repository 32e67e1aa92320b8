package folio.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.JacksonYAMLParseException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML with one shared Jackson mapper. Syntax errors are reported at the real line of the
 * file; typed conversion reports unknown keys (with a "did you mean"), wrong types and
 * duplicate keys at the line of the key.
 */
public final class YamlReader {
    private static final ObjectMapper MAPPER = createMapper();

    private YamlReader() {}

    private static ObjectMapper createMapper() {
        LoaderOptions options = new LoaderOptions();
        options.setNestingDepthLimit(40);
        options.setMaxAliasesForCollections(20);
        options.setCodePointLimit(8 * 1024 * 1024);
        YAMLFactory factory = YAMLFactory.builder().loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(40).build())
                .build();
        factory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        return new ObjectMapper(factory)
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
    }

    /**
     * A YAML document and where it sits in its file. {@code lineStarts} holds the offset of each
     * line in {@code yamlText}, so finding a key's line never splits the text again.
     */
    public record Located(JsonNode node, SourcePosition origin, String yamlText, int[] lineStarts) {
        public Located(JsonNode node, SourcePosition origin, String yamlText) {
            this(node, origin, yamlText, lineStarts(yamlText));
        }

        int lineCount() {
            return lineStarts.length;
        }

        int lineEnd(int index) {
            return index + 1 < lineStarts.length ? lineStarts[index + 1] - 1 : yamlText.length();
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
        try (JsonParser parser = MAPPER.createParser(yamlText)) {
            JsonNode node = MAPPER.readTree(parser);
            if (node != null && parser.nextToken() != null) {
                diagnostics.error(origin.path(), origin.line() + parser.currentLocation().getLineNr() - 1, 1,
                        "more than one YAML document (a second ---?): keep one document per file");
                return Optional.empty();
            }
            // Anchors need '&' and aliases '*': skip the second pass over text that has neither.
            if (node != null && (yamlText.indexOf('&') >= 0 || yamlText.indexOf('*') >= 0)
                    && !aliasFree(yamlText, origin, diagnostics)) {
                return Optional.empty();
            }
            return Optional.of(new Located(node == null ? MAPPER.createObjectNode() : node, origin, yamlText));
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            JsonLocation at = e.getLocation();
            diagnostics.error(origin.path(), origin.line() + Math.max(at == null ? 1 : at.getLineNr(), 1) - 1,
                    at == null ? 0 : Math.max(at.getColumnNr(), 0),
                    "YAML nested too deeply (more than 40 levels): flatten the structure");
        } catch (JacksonYAMLParseException e) {
            reportSyntax(e, origin, diagnostics);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            diagnostics.error(origin.path(), origin.line() + Math.max(line, 1) - 1,
                    at == null ? 0 : Math.max(at.getColumnNr(), 0), explain(e.getOriginalMessage()));
        } catch (IOException e) {
            diagnostics.error(origin, "cannot read YAML: " + e.getMessage());
        } catch (RuntimeException e) {
            // SnakeYAML signals some limits (nesting, aliases, size) with unchecked exceptions.
            diagnostics.error(origin, "YAML not accepted: " + firstLine(e.getMessage())
                    + "; simplify the structure");
        }
        return Optional.empty();
    }

    /**
     * Jackson reads an alias ({@code *name}) as the text "name", silently: refuse anchors and
     * aliases instead, so a value never changes meaning (and no alias bomb gets near memory).
     */
    private static boolean aliasFree(String yamlText, SourcePosition origin, Diagnostics diagnostics) throws IOException {
        try (JsonParser parser = MAPPER.createParser(yamlText)) {
            if (!(parser instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser yaml)) {
                return true;
            }
            while (yaml.nextToken() != null) {
                if (yaml.isCurrentAlias() || yaml.getCurrentAnchor() != null) {
                    JsonLocation at = yaml.currentTokenLocation();
                    diagnostics.error(origin.path(), origin.line() + at.getLineNr() - 1, Math.max(at.getColumnNr(), 1),
                            "YAML anchors and aliases (&name, *name) are not supported: write the value out in full");
                    return false;
                }
            }
        }
        return true;
    }

    private static void reportSyntax(JacksonYAMLParseException e, SourcePosition origin, Diagnostics diagnostics) {
        int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
        int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
        String problem = firstLine(e.getOriginalMessage());
        if (e.getCause() instanceof MarkedYAMLException marked) {
            problem = marked.getProblem();
            if (marked.getProblemMark() != null) {
                line = marked.getProblemMark().getLine() + 1;
                column = marked.getProblemMark().getColumn() + 1;
            }
            String opened = opened(marked.getContext());
            if (opened != null && problem != null && problem.contains("<stream end>") && marked.getContextMark() != null) {
                // The end of the text is no place to look: point at the bracket or quote left open.
                line = marked.getContextMark().getLine() + 1;
                column = marked.getContextMark().getColumn() + 1;
                problem = opened + " opened here is never closed: close it on the same entry";
            }
        }
        diagnostics.error(origin.path(), origin.line() + Math.max(line, 1) - 1, column,
                "YAML syntax error: " + explain(problem));
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
        java.util.regex.Matcher duplicate = Pattern.compile("Duplicate field '([^']*)'").matcher(text);
        if (duplicate.find()) {
            return "duplicate key '" + duplicate.group(1) + "': keep only one of them";
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
     * Converts a YAML node to a raw record type. Unknown keys, wrong types and the like become
     * diagnostics at the line of the offending key, searched from {@code entryLine}.
     */
    public static <T> Optional<T> convert(JsonNode node, Class<T> type, Located document, int entryLine,
                                          String what, Diagnostics diagnostics) {
        try {
            return Optional.ofNullable(MAPPER.treeToValue(node, type));
        } catch (UnrecognizedPropertyException e) {
            String key = e.getPropertyName();
            List<String> known = new ArrayList<>();
            Collection<Object> ids = e.getKnownPropertyIds();
            if (ids != null) {
                ids.forEach(id -> known.add(String.valueOf(id)));
            }
            known.sort(null);
            String suggestion = Suggestions.closest(key, known).map(s -> "did you mean '" + s + "'? ").orElse("");
            diagnostics.error(keyPosition(document, entryLine, key),
                    "unknown key '" + key + "' in " + what + ": " + suggestion
                            + "known keys: " + String.join(", ", known)
                            + (known.contains("params") ? " (put your own values under params:)" : ""));
        } catch (InvalidFormatException e) {
            String key = lastKey(e);
            diagnostics.error(keyPosition(document, entryLine, key),
                    "'" + key + "' has the wrong type: expected " + describe(e.getTargetType())
                            + ", found '" + e.getValue() + "'");
        } catch (MismatchedInputException e) {
            String key = lastKey(e);
            diagnostics.error(keyPosition(document, entryLine, key),
                    "'" + key + "' has the wrong type: expected " + describe(e.getTargetType())
                            + " in " + what);
        } catch (JsonProcessingException e) {
            String key = e instanceof JsonMappingException mapping ? lastKey(mapping) : "";
            diagnostics.error(keyPosition(document, entryLine, key), "invalid " + what + ": "
                    + firstLine(e.getOriginalMessage()));
        } catch (IllegalArgumentException e) {
            diagnostics.error(document.origin().atLine(entryLine), "invalid " + what + ": " + firstLine(e.getMessage()));
        }
        return Optional.empty();
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == Integer.class || type == int.class || type == Long.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list (- item lines, or [a, b])";
        }
        if (java.util.Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "a mapping (key: value lines)";
        }
        return type.getSimpleName();
    }

    private static String lastKey(JsonMappingException e) {
        List<JsonMappingException.Reference> path = e.getPath();
        for (int i = path.size() - 1; i >= 0; i--) {
            if (path.get(i).getFieldName() != null) {
                return path.get(i).getFieldName();
            }
        }
        return "";
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

    /** The file line on which each element of a top-level YAML list starts. */
    public static List<Integer> listEntryLines(Located document) {
        List<Integer> lines = new ArrayList<>();
        try (JsonParser parser = MAPPER.createParser(document.yamlText())) {
            if (parser.nextToken() != com.fasterxml.jackson.core.JsonToken.START_ARRAY) {
                return lines;
            }
            while (parser.nextToken() != null && parser.currentToken() != com.fasterxml.jackson.core.JsonToken.END_ARRAY) {
                lines.add(document.origin().line() + parser.currentTokenLocation().getLineNr() - 1);
                parser.skipChildren();
            }
        } catch (IOException | RuntimeException e) {
            // Already reported by parse(); lines fall back to the document start.
        }
        return lines;
    }
}
