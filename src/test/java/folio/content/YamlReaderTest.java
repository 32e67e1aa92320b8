package folio.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Jackson's streaming parser into the located tree: positions, values, and what it refuses. */
class YamlReaderTest {
    private static final SourcePosition ORIGIN = SourcePosition.of("content/a.md", 2);

    private static YamlReader.Located parse(String yaml) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<YamlReader.Located> located = YamlReader.parse(yaml, ORIGIN, diagnostics);
        assertEquals(List.of(), diagnostics.sorted().stream().map(Object::toString).toList());
        return located.orElseThrow();
    }

    private static String errors(String yaml) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<YamlReader.Located> located = YamlReader.parse(yaml, ORIGIN, diagnostics);
        assertTrue(located.isEmpty(), "no tree when the text is refused");
        StringBuilder errors = new StringBuilder();
        diagnostics.sorted().forEach(d -> errors.append(d).append('\n'));
        return errors.toString().strip();
    }

    @Test
    void everyNodeAndKeyIsAtItsLineAndColumnInTheFile() {
        YamlReader.Located doc = parse("title: T\nquote: {text: t, source: s}\nlist:\n  - a\n  -   b\n");
        SourcePosition none = ORIGIN.atLine(1);
        assertEquals(new SourcePosition("content/a.md", 2, 1), doc.keyAt("title", none));
        assertEquals(new SourcePosition("content/a.md", 3, 18), doc.keyAt("source", none), "inside a flow mapping");
        assertEquals(none, doc.keyAt("missing", none));
        YamlNode list = doc.node().get("list").orElseThrow();
        assertEquals(List.of(new SourcePosition("content/a.md", 5, 5), new SourcePosition("content/a.md", 6, 7)),
                list.items().stream().map(doc::at).toList());
    }

    @Test
    void anEntrysOwnKeyComesBeforeTheSameKeyNestedEarlier() {
        YamlReader.Located doc = parse("changes:\n  - sources: [a]\nsources: [b]\n");
        assertEquals(new SourcePosition("content/a.md", 4, 1), doc.keyAt("sources", ORIGIN));
        assertEquals(new SourcePosition("content/a.md", 3, 5), doc.within(doc.node().get("changes").orElseThrow())
                .keyAt("sources", ORIGIN));
    }

    @Test
    void unquotedScalarsAreReadAsYaml11() {
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        YamlNode.Mapping root = (YamlNode.Mapping) parse("hex: 0x1F\noctal: 012\nunderscored: 1_000\ninf: -.inf\n"
                + "nan: .nan\nfloat: 2.5e3\nno: no\non: On\ndate: 2025-11-20\nquoted: '012'\ntime: 10:30\n").node();
        root.fields().forEach(f -> values.put(f.key().text(), ((YamlNode.Scalar) f.value()).value()));
        assertEquals(31, values.get("hex"));
        assertEquals(10, values.get("octal"));
        assertEquals(1000, values.get("underscored"));
        assertEquals(Double.NEGATIVE_INFINITY, values.get("inf"));
        assertTrue(Double.isNaN((Double) values.get("nan")));
        assertEquals(2500.0, values.get("float"));
        assertEquals(Boolean.FALSE, values.get("no"));
        assertEquals(Boolean.TRUE, values.get("on"));
        assertEquals("2025-11-20", values.get("date"));
        assertEquals("012", values.get("quoted"));
        assertEquals("10:30", values.get("time"));
        assertEquals("012", root.get("octal").orElseThrow().text(), "the text as written stays available");
    }

    @Test
    void anEmptyTextIsAnEmptyMapping() {
        assertEquals(new YamlNode.Mapping(List.of(), 2, 1), parse("").node());
        assertEquals(new YamlNode.Mapping(List.of(), 2, 1), parse("# only a comment\n").node());
    }

    @Test
    void aKeyThatIsAListIsRefusedAtTheKey() {
        assertEquals("content/a.md:3:3: error: a key must be a word, not a list or mapping: write key: value",
                errors("title: T\n? [a, b]\n: c\n"));
    }

    @Test
    void anAliasInsideAFlowListIsRefusedAtTheAlias() {
        assertEquals("content/a.md:3:11: error: " + YamlParser.NO_ANCHORS, errors("title: T\ntags: [a, *x]\n"));
    }

    @Test
    void aTextOverTheSizeLimitIsRefused() {
        String errors = errors("title: " + "x".repeat(9 * 1024 * 1024) + "\n");
        assertTrue(errors.startsWith("content/a.md:2: error: YAML not accepted: "), errors);
    }

    @Test
    void aNoBreakSpaceStartingALineOfTextIsTypographyNotAnError() {
        // Ukrainian puts a no-break space before a dash; a wrapped line, a list item or a line of a
        // block text may start with one, and YAML reads it as the text it is.
        assertEquals("\u00A0\u2014 \u0446\u0438\u0442\u0430\u0442\u0430\n\u0440\u044f\u0434\u043e\u043a\n",
                parse("text: |\n  \u00A0\u2014 \u0446\u0438\u0442\u0430\u0442\u0430\n  \u0440\u044f\u0434\u043e\u043a\n").node()
                        .get("text").orElseThrow().text());
        assertEquals("\u0421\u043b\u043e\u0432\u043e \u202F\u2014 \u0434\u0430\u043b\u0456",
                parse("summary: >-\n  \u0421\u043b\u043e\u0432\u043e\n  \u202F\u2014 \u0434\u0430\u043b\u0456\n").node()
                        .get("summary").orElseThrow().text());
        assertEquals("\u00A0\u00AB\u0422\u0430\u043a\u00BB",
                parse("aliases:\n  - \u00A0\u00AB\u0422\u0430\u043a\u00BB\n").node().get("aliases").orElseThrow().items().get(0).text());
        assertEquals("\u0414\u043e\u0432\u0433\u0438\u0439 \u00A0\u2014 \u0442\u0435\u043a\u0441\u0442",
                parse("title: \"\u0414\u043e\u0432\u0433\u0438\u0439\n  \u00A0\u2014 \u0442\u0435\u043a\u0441\u0442\"\n").node()
                        .get("title").orElseThrow().text());
    }

    @Test
    void anInvisibleCharacterInTheIndentationIsNamedWhenYamlCannotReadTheLine() {
        assertEquals("content/a.md:4:1: error: invisible no-break space (U+00A0) at the start of this line: YAML does "
                + "not read it as indentation, so the line means something else than it shows; delete it (retype the "
                + "start of the line)", errors("- id: a\n  name: A\n\u00A0  kind: person\n"));
        // One in a block text above is text: the parser's own error is about the line it stopped at.
        String errors = errors("text: |\n  \u00A0\u2014 quoted\nname: a: b\n");
        assertTrue(errors.startsWith("content/a.md:4:") && !errors.contains("no-break"), errors);
    }

    @Test
    void boundaryDataIsReadAsATree() throws java.io.IOException {
        YamlNode root = YamlReader.compose("{\"units\": [{\"id\": \"UA-05\", \"rings\": [[1.5, 2]]}]}");
        YamlNode unit = root.get("units").orElseThrow().items().get(0);
        assertEquals("UA-05", unit.get("id").orElseThrow().text());
        assertEquals("1.5", unit.get("rings").orElseThrow().items().get(0).items().get(0).text());
    }
}
