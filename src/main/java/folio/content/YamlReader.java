package folio.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import folio.project.ForbiddenCharacters;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads YAML with Jackson's streaming parser ({@link YamlParser}) into a small tree of
 * {@link YamlNode}s, each at the line and column Jackson reports for its token, shifted to the
 * real line of the file. Every problem with the text becomes a diagnostic at its place.
 */
public final class YamlReader {
    private YamlReader() {}

    /**
     * A YAML tree, where its text starts in its file ({@code origin}), and that text (null when not at
     * hand): what {@link YamlScalarPositions} reads to place the characters of a value.
     */
    public record Located(YamlNode node, SourcePosition origin, String text) {
        public Located(YamlNode node, SourcePosition origin) {
            this(node, origin, null);
        }

        /** Where {@code node} (a node of this document) was written. */
        public SourcePosition at(YamlNode node) {
            return new SourcePosition(origin.path(), node.line(), node.column());
        }

        /** Where key {@code key} was written (see {@link YamlNode#findKey}), else {@code otherwise}. */
        public SourcePosition keyAt(String key, SourcePosition otherwise) {
            return node.findKey(key).map(this::at).orElse(otherwise);
        }

        /** The same document seen from one of its nodes (a list entry, say). */
        public Located within(YamlNode part) {
            return new Located(part, origin, text);
        }
    }

    /**
     * Parses YAML text that starts at {@code origin.line()} of its file. Returns empty (with a
     * diagnostic) when the text is not accepted. An empty document becomes an empty mapping.
     */
    public static Optional<Located> parse(String yamlText, SourcePosition origin, Diagnostics diagnostics) {
        int lineBreak = YamlErrors.unusualLineBreak(yamlText);
        if (lineBreak >= 0) {
            YamlErrors.reportUnusualLineBreak(yamlText, lineBreak, origin, diagnostics);
            return Optional.empty();
        }
        YamlParser parser = null;
        try {
            parser = YamlParser.over(yamlText);
            JsonToken first = parser.nextToken();
            JsonLocation rootAt = parser.currentTokenLocation();
            YamlNode root = first == null ? new YamlNode.Mapping(List.of(), origin.line(), 1)
                    : read(parser, first, origin.line() - 1, yamlText);
            if (first != null) {
                parser.end(rootAt);
            }
            return Optional.of(new Located(root, origin, yamlText));
        } catch (IOException e) {
            YamlErrors.report(e, parser, yamlText, origin, diagnostics);
        } catch (RuntimeException e) {
            // Any other unchecked failure inside the parser is still the text's problem, never a crash.
            diagnostics.error(origin, "YAML not accepted (" + e.getClass().getSimpleName() + "): check the quoting "
                    + "and indentation of this front matter or file");
        } finally {
            close(parser);
        }
        return Optional.empty();
    }

    /**
     * Reads YAML or JSON that ships with the project (not content), so any problem is a plain
     * exception rather than a diagnostic. Used for the map's boundary data.
     */
    public static YamlNode compose(String text) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        Optional<Located> located = parse(text, SourcePosition.of("", 1), diagnostics);
        if (located.isEmpty()) {
            throw new IOException(diagnostics.sorted().get(0).toString());
        }
        return located.get().node();
    }

    private static void close(YamlParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException e) {
                // reading from a string: nothing to release
            }
        }
    }

    /** The node that starts with {@code token}; {@code shift} turns a YAML line into a file line. */
    private static YamlNode read(YamlParser parser, JsonToken token, int shift, String yamlText) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr() + shift;
        int column = at.getColumnNr();
        if (token == JsonToken.START_OBJECT) {
            List<YamlNode.Field> fields = new ArrayList<>();
            for (JsonToken next = parser.nextToken(); next == JsonToken.FIELD_NAME; next = parser.nextToken()) {
                JsonLocation keyAt = parser.currentTokenLocation();
                String name = allowed(parser, parser.currentName());
                YamlNode.Scalar key = new YamlNode.Scalar(name, name, false, keyAt.getLineNr() + shift, keyAt.getColumnNr());
                fields.add(new YamlNode.Field(key, read(parser, parser.nextToken(), shift, yamlText)));
            }
            return new YamlNode.Mapping(List.copyOf(fields), line, column);
        }
        if (token == JsonToken.START_ARRAY) {
            List<YamlNode> items = new ArrayList<>();
            for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                items.add(read(parser, next, shift, yamlText));
            }
            return new YamlNode.Sequence(List.copyOf(items), line, column);
        }
        String text = allowed(parser, parser.getText());
        if (token == JsonToken.VALUE_STRING && text.contains(" - ")) {
            refuseContinuedItem(parser, at, shift, yamlText, text);
        }
        return new YamlNode.Scalar(text, value(parser, token, text), token == JsonToken.VALUE_NULL, line, column);
    }

    /** A plain text that swallowed a {@code - } line (see {@link YamlIndentation#continuedItem}) is refused there. */
    private static void refuseContinuedItem(YamlParser parser, JsonLocation at, int shift, String yamlText,
                                            String text) throws YamlParser.Refused {
        YamlMistakes.Explained item = YamlIndentation.continuedItem(yamlText, shift + 1, at.getLineNr() - 1, at.getColumnNr() - 1, text);
        if (item != null) {
            throw new YamlParser.Refused(parser, new JsonLocation(null, -1, -1, item.line() + 1, item.column()),
                    item.message());
        }
    }

    /** The text of the current scalar; refused when an escape ("\e") makes a character no page may hold. */
    private static String allowed(YamlParser parser, String text) throws YamlParser.Refused {
        int forbidden = ForbiddenCharacters.indexIn(text);
        if (forbidden >= 0) {
            throw new YamlParser.Refused(parser, parser.currentTokenLocation(),
                    ForbiddenCharacters.message("this value's escape gives", text.codePointAt(forbidden)));
        }
        return text;
    }

    /**
     * A scalar's value as Jackson types it: YAML 1.1 for unquoted scalars (yes/no booleans,
     * 0x and leading-zero octal integers), text for quoted ones and for dates. Numbers Jackson
     * will not decode (.inf, or longer than its limit) keep their special value or their text.
     */
    private static Object value(YamlParser parser, JsonToken token, String text) {
        try {
            return switch (token) {
                case VALUE_NULL -> null;
                case VALUE_TRUE -> Boolean.TRUE;
                case VALUE_FALSE -> Boolean.FALSE;
                case VALUE_NUMBER_INT -> parser.getNumberValue();
                case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
                default -> text;
            };
        } catch (IOException e) {
            String lower = text.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".inf")) {
                return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            return lower.equals(".nan") ? Double.NaN : text;
        }
    }

    /** The file line on which each element of a top-level YAML list starts. */
    public static List<Integer> listEntryLines(Located document) {
        return document.node().items().stream().map(YamlNode::line).toList();
    }

}
