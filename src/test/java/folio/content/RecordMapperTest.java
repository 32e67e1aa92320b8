package folio.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** YAML text to raw records: values, and the diagnostics (text and position) for what does not fit. */
class RecordMapperTest {
    /** The YAML starts on line 2 of its file, as front matter does. */
    private static final SourcePosition ORIGIN = SourcePosition.of("content/a.md", 2);

    private record Outcome<T>(T value, String errors) {}

    private static <T> Outcome<T> read(String yaml, Class<T> type) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<T> value = YamlReader.parse(yaml, ORIGIN, diagnostics)
                .flatMap(doc -> RecordMapper.convert(doc.node(), type, doc, ORIGIN, "page front matter", diagnostics));
        StringBuilder errors = new StringBuilder();
        diagnostics.sorted().forEach(d -> errors.append(d).append('\n'));
        return new Outcome<>(value.orElse(null), errors.toString().strip());
    }

    private static Raw.Page page(String yaml) {
        Outcome<Raw.Page> outcome = read(yaml, Raw.Page.class);
        assertEquals("", outcome.errors());
        return outcome.value();
    }

    private static String errors(String yaml, Class<?> type) {
        Outcome<?> outcome = read(yaml, type);
        assertNull(outcome.value(), "no value when there are errors");
        return outcome.errors();
    }

    @Test
    void fillsComponentsFromSnakeCaseKeys() {
        Raw.SiteConfig config = read("title: T\nbase_url: https://example.org/\ncoverage_until: 2026-01-31\n"
                + "menu:\n  - page: about\n    label: About us\n", Raw.SiteConfig.class).value();
        assertEquals("https://example.org/", config.baseUrl());
        assertEquals("2026-01-31", config.coverageUntil());
        assertEquals(List.of(new Raw.MenuItem("about", "About us")), config.menu());
        assertNull(config.description(), "absent key");
    }

    @Test
    void textFieldsTakeScalarsExactlyAsWritten() {
        assertEquals("yes", page("title: yes\n").title());
        assertEquals("1.50", page("title: 1.50\n").title());
        assertEquals("007", page("title: 007\n").title());
        assertEquals("2025-11-20", page("date: 2025-11-20\n").date());
        assertEquals("a: b", page("title: 'a: b'\n").title());
        assertEquals("null", page("title: 'null'\n").title());
    }

    @Test
    void emptyTildeAndNullGiveNull() {
        assertNull(page("title:\n").title());
        assertNull(page("title: ~\n").title());
        assertNull(page("weight: null\n").weight());
        assertNull(page("params:\n").params());
        assertNull(page("lists: ~\n").lists());
    }

    @Test
    void numbersAndBooleansInTypedFields() {
        assertEquals(3, page("weight: 3\n").weight());
        assertEquals(-3, page("weight: '-3'\n").weight());
        assertEquals(true, page("draft: true\n").draft());
        assertEquals(false, page("draft: False\n").draft());
        assertEquals(true, page("draft: yes\n").draft(), "YAML 1.1 words, as Jackson read them");
    }

    @Test
    void wrongTypesNameTheKeyAndWhatWasExpected() {
        assertEquals("content/a.md:3:1: error: 'weight' takes a whole number, but is given 'heavy': write a whole number, like weight: 10",
                errors("title: A\nweight: heavy\n", Raw.Page.class));
        assertEquals("content/a.md:2:1: error: 'weight' takes a whole number, but is given '1.5': write a whole number, like weight: 10",
                errors("weight: 1.5\n", Raw.Page.class));
        assertEquals("content/a.md:2:1: error: 'draft' takes true or false, but is given 'maybe': write draft: true or draft: false",
                errors("draft: maybe\n", Raw.Page.class));
        assertEquals("content/a.md:2:1: error: 'title' takes text, but is given a list: write the text after title: on the same line, in quotes (\"...\") if it starts with [ or {",
                errors("title: [About, Us]\n", Raw.Page.class));
        assertEquals("content/a.md:2:1: error: 'params' takes a mapping, but is given a list: write its keys as key: value lines under it, indented",
                errors("params: [a]\n", Raw.Page.class));
        assertEquals("content/a.md:3:1: error: 'sources' takes a list, but is given a mapping: write the items as - item lines under it, indented, or as [a, b] after it",
                errors("id: t\nsources: {src-a: yes}\n", Raw.Term.class));
    }

    @Test
    void aWholeNumberTooLargeIsToldTheFieldsOwnRange() {
        // Not Java's "from -2147483648 to 2147483647": the numbers that make sense in that field.
        assertEquals("content/a.md:2:1: error: 'weight' is 99999999999999999999, which is out of range: write a whole "
                + "number from -999999999 to 999999999 (a weight only orders pages, the lowest first), like weight: 10",
                errors("weight: 99999999999999999999\n", Raw.Page.class));
        assertEquals("content/a.md:2:1: error: 'weight' is -3000000000, which is out of range: write a whole "
                + "number from -999999999 to 999999999 (a weight only orders pages, the lowest first), like weight: 10",
                errors("weight: '-3000000000'\n", Raw.Page.class));
        assertEquals("content/a.md:2:1: error: 'paginate' is 5000000000, which is out of range: write a whole "
                + "number of items per page from 1, like paginate: 80", errors("paginate: 5000000000\n", Raw.Page.class));
        assertEquals("content/a.md:2:1: error: 'number' is 99999999999999999999, which is out of range: write a whole "
                + "number from 1 to 999, like number: 21", errors("number: 99999999999999999999\n", Raw.Provision.class));
        assertEquals("content/a.md:3:1: error: 'provisions' is 4294967296, which is out of range: write a whole "
                + "number from 1 to 999 (a point's number), like provisions: [3, 21]",
                errors("id: r\nprovisions: [1, 4294967296]\n", Raw.Reaction.class));
        assertEquals("content/a.md:2:1: error: 'provisions' is 4294967296, which is out of range: write a whole "
                + "number from 1 to 999 (a point's number), like provisions: [3, 21]",
                errors("provisions: [4294967296]\n", Raw.MapLayer.class));
        assertEquals("content/a.md:2:1: error: 'provision' is 4294967296, which is out of range: write a whole "
                + "number from 1 to 999 (a point's number), like provision: 21",
                errors("provision: 4294967296\n", Raw.ChartRow.class));
    }

    @Test
    void everyWholeNumberInTheSchemaSaysItsRange() {
        // A new whole-number field without @Whole would be told a range that is not its own.
        for (Class<?> type : Raw.class.getDeclaredClasses()) {
            if (!type.isRecord()) {
                continue;
            }
            for (java.lang.reflect.RecordComponent component : type.getRecordComponents()) {
                boolean whole = component.getType() == Integer.class
                        || component.getGenericType().getTypeName().equals("java.util.List<java.lang.Integer>");
                assertEquals(whole, component.isAnnotationPresent(Raw.Whole.class), type.getSimpleName() + "." + component.getName());
            }
        }
    }

    @Test
    void listItemsAreCheckedAndToldAsItemsOfTheListKey() {
        assertEquals("content/a.md:3:1: error: an item of 'provisions' takes a whole number, but is given 'twenty-one': write a whole number, like provisions: [3, 21]",
                errors("id: r\nprovisions: [1, twenty-one]\n", Raw.Reaction.class));
        assertEquals(List.of(1, 2), read("id: r\nprovisions: [1, 2]\n", Raw.Reaction.class).value().provisions());
    }

    @Test
    void onlyListsMarkedSoTakeASingleValue() {
        assertEquals(List.of("actors"), page("lists: actors\n").lists());
        assertEquals(List.of("actors", "terms"), page("lists: [actors, terms]\n").lists());
        assertEquals("content/a.md:3:1: error: 'aliases' takes a list, but is given 'Donbass': write the items as - item lines under it, indented, or as [a, b] after it",
                errors("id: t\naliases: Donbass\n", Raw.Term.class));
    }

    @Test
    void unknownKeysSuggestTheClosestAndListTheKnown() {
        assertEquals("content/a.md:3:1: error: unknown key 'titel' in page front matter: did you mean 'title'? known keys: "
                        + "date, description, draft, layout, lists, paginate, paginate_by, params, title, updated, url, weight (put your own values under params:)",
                errors("date: 2025-11-20\ntitel: About\n", Raw.Page.class));
        // In a flow mapping and in a nested record, the position is still the key's own.
        assertEquals("content/a.md:3:18: error: unknown key 'sorce' in page front matter: did you mean 'source'? known keys: source, text",
                errors("id: r\nquote: {text: t, sorce: s}\n", Raw.Reaction.class));
    }

    @Test
    void nestedRecordsAndMapsOfRecords() {
        Raw.Comparison comparison = read("id: c\ncells:\n  a: {text: x, sources: [s]}\n  b:\n    text: y\n",
                Raw.Comparison.class).value();
        assertEquals(List.of("a", "b"), List.copyOf(comparison.cells().keySet()));
        assertEquals(new Raw.Cell("y", null), comparison.cells().get("b"));
        assertEquals("content/a.md:5:3: error: 'a' takes a mapping, but is given 'text': write its keys as key: value lines under it, indented",
                errors("id: c\nissue: x\ncells:\n  a: text\n", Raw.Comparison.class));
    }

    @Test
    void paramsKeepThePlainValuesTemplatesSawFromJackson() {
        Map<String, Object> params = page("params:\n  text: hello\n  count: 3\n  big: 3000000000\n  huge: 99999999999999999999\n"
                + "  ratio: 1.5\n  flag: true\n  word: yes\n  quoted: '7'\n  day: 2025-11-20\n  none: ~\n"
                + "  tags: [a, 2]\n  nested: {z: 1, a: 2}\n").params();
        assertEquals("hello", params.get("text"));
        assertEquals(3, params.get("count"));
        assertEquals(3_000_000_000L, params.get("big"));
        assertEquals(new BigInteger("99999999999999999999"), params.get("huge"));
        assertEquals(1.5, params.get("ratio"));
        assertEquals(Boolean.TRUE, params.get("flag"));
        assertEquals(Boolean.TRUE, params.get("word"));
        assertEquals("7", params.get("quoted"));
        assertEquals("2025-11-20", params.get("day"));
        assertTrue(params.containsKey("none"));
        assertNull(params.get("none"));
        assertEquals(List.of("a", 2), params.get("tags"));
        assertEquals(List.of("z", "a"), List.copyOf(((Map<?, ?>) params.get("nested")).keySet()), "document order");
        assertTrue(params instanceof LinkedHashMap);
    }

    @Test
    void duplicateKeysAreRefusedAtTheSecondKey() {
        assertEquals("content/a.md:4:1: error: duplicate key 'title': it is already set on line 2. Keep only one of them",
                errors("title: About\ndescription: One\ntitle: Again\n", Raw.Page.class));
        assertEquals("content/a.md:4:3: error: duplicate key 'a': it is already set on line 3. Keep only one of them",
                errors("params:\n  a: 1\n  a: 2\n", Raw.Page.class));
    }

    @Test
    void anchorsAndAliasesAreRefused() {
        String message = "YAML anchors and aliases (&name, *name) are not supported: write the value out in full";
        assertEquals("content/a.md:2:8: error: " + message, errors("title: &t About\n", Raw.Page.class));
        assertEquals("content/a.md:3:6: error: " + message, errors("params:\n  a: &a [x, y]\n  b: *a\n", Raw.Page.class));
        assertEquals("content/a.md:2:8: error: " + message, errors("title: *t\n", Raw.Page.class));
    }

    @Test
    void nestingDeeperThanFortyLevelsIsRefusedWhereItHappens() {
        // The document is level 1 and params level 2: 38 brackets reach 40 levels, the 39th goes past.
        String forty = "params: {a: " + "[".repeat(38) + "]".repeat(38) + "}\n";
        assertEquals("", read(forty, Raw.Page.class).errors());
        String fortyOne = "params: {a: " + "[".repeat(39) + "]".repeat(39) + "}\n";
        assertEquals("content/a.md:2:51: error: YAML nested too deeply (more than 40 levels): flatten the structure",
                errors(fortyOne, Raw.Page.class));
    }

    @Test
    void aSecondDocumentIsReportedAtItsMarker() {
        assertEquals("content/a.md:4:1: error: more than one YAML document (a second ---?): keep one document per file",
                errors("- id: a\n  name: A\n---\n- id: b\n", Raw.Actor.class));
    }

    @Test
    void listEntryLinesAndKeyLinesComeFromTheDocument() {
        Diagnostics diagnostics = new Diagnostics();
        YamlReader.Located doc = YamlReader.parse("- id: a\n  name: A\n\n-\n  id: b\n  name: B\n- id: c\n",
                SourcePosition.of("content/data/actors.yaml", 1), diagnostics).orElseThrow();
        assertFalse(diagnostics.hasAny());
        assertEquals(List.of(1, 5, 7), YamlReader.listEntryLines(doc));
        ContentParser.Entry<Object> second = new ContentParser.Entry<>(null, SourcePosition.of("content/data/actors.yaml", 5),
                doc.within(doc.node().items().get(1)));
        assertEquals(new SourcePosition("content/data/actors.yaml", 6, 3), second.keyAt("name"));
    }

    @Test
    void snakeCaseNames() {
        assertEquals("base_url", RecordShape.snakeCase("baseUrl"));
        assertEquals("responds_to", RecordShape.snakeCase("respondsTo"));
        assertEquals("title", RecordShape.snakeCase("title"));
    }

    @Test
    void anEscapeWithoutHexDigitsIsASyntaxErrorNotACrash() {
        // Found by FuzzTest: at the end of the text SnakeYAML's scanner throws NumberFormatException.
        for (String yaml : List.of("title: \"a \\x", "title: \"a \\u12", "title: \"\\U", "title: \"a \\x b\"\n")) {
            String errors = errors(yaml, Raw.Page.class);
            assertTrue(errors.startsWith("content/a.md:2"), yaml + " -> " + errors);
            // A quote left open at the end is named as such; the rest keeps the parser's words.
            assertTrue(errors.contains("YAML syntax error") || errors.contains("the quote opened here is never closed"),
                    yaml + " -> " + errors);
        }
    }

    /** A label left empty under a language's menu: was an internal error once the labels were copied. */
    @Test
    void anEmptyTextInAMappingOfTextsIsReportedAtItsKey() {
        assertEquals("content/a.md:4:3: error: 'guide' has no text after it: write one, or remove the line",
                errors("name: Українська\nmenu:\n  guide:\n  about: Про нас\n", Raw.Language.class));
    }

    @Test
    void anEmptyListItemIsReportedAtItsLine() {
        // Jackson gave the list a null, and the build then stopped with an internal error.
        assertEquals("content/a.md:4:4: error: empty item in the list 'lists': remove the line or write a value",
                errors("title: T\nlists:\n  - \n  - terms\n", Raw.Page.class));
        assertTrue(errors("title: T\nlists: [terms, ~]\n", Raw.Page.class).contains("empty item in the list 'lists'"));
    }

    /** A quoted empty or blank item is as empty as a missing one: it was read as provision 'null' or source ''. */
    @Test
    void aBlankListItemIsReportedAsEmptyAtItsPlace() {
        assertEquals("content/a.md:3:9: error: empty item in the list 'lists': remove the line or write a value",
                errors("title: T\nlists: [\"\", terms]\n", Raw.Page.class));
        assertEquals("content/a.md:5:5: error: empty item in the list 'provisions': remove the line or write a value",
                errors("id: r\nprovisions:\n  - 1\n  - ' '\n", Raw.Reaction.class));
        assertTrue(errors("number: 1\nsources: [wire, \"\\t\"]\n", Raw.Provision.class).contains("empty item in the list 'sources'"));
    }

    @Test
    void aForbiddenControlCharacterIsNamedAtItsPlace() {
        assertEquals("content/a.md:3:9: error: character U+000B is not allowed in YAML: delete it",
                errors("title: T\nlayout: \u000Bpage\n", Raw.Page.class));
    }
}
