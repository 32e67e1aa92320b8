package folio.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.diag.Diagnostic;
import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A YAML document kept by one build and decoded by the next is the parse of the same text: the
 * same tree, the same values of the same types, at the same lines and columns (moved with the text
 * when it starts elsewhere in its file); a document with a mistake is parsed and reported again.
 */
class YamlCacheTest {
    private static final String GENERATOR = "folio under test";
    private static final SourcePosition FIRST = SourcePosition.of("content/a.md", 2);
    /** The same text further down its file: every line moves down seven. */
    private static final SourcePosition LATER = SourcePosition.of("content/a.md", 9);

    /** Every kind of node and value the reader makes, in block and flow style. */
    static final String EVERY_KIND = """
            title: "Quoted: text"
            plain: some words
            empty:
            tilde: ~
            yes_no: [yes, no, true, False]
            numbers: {int: 12, octal: 012, hex: 0x1F, long: 12345678901, big: 123456789012345678901234567890}
            floats: [1.5, -2e3, .inf, -.inf, .nan]
            date: 2025-11-20
            nested:
              - id: one
                items: [a, "b", 'c']
              - id: two
                text: |
                  Two lines
                  of text.
            """;

    @TempDir
    Path dir;

    @Test
    void aDocumentParsedByOneBuildIsDecodedByTheNextAsItsOwnParse() throws IOException {
        List<String> texts = new ArrayList<>(List.of(EVERY_KIND, "", "just: one\n", "- a\n- b\n"));
        try (Stream<Path> walk = Files.walk(Path.of("content"))) {
            for (Path file : walk.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                texts.add(Files.readString(file));
            }
        }
        YamlCache first = YamlCache.empty();
        for (String text : texts) {
            Diagnostics reported = new Diagnostics();
            assertTrue(first.parse(text, FIRST, reported).isPresent(), text);
            assertFalse(reported.hasAny(), text);
        }
        Path file = dir.resolve(".site.parses");
        ParseCacheFile.write(new KeptParses(MarkdownCache.empty(), first), file, GENERATOR);

        YamlCache next = ParseCacheFile.read(file, GENERATOR).yaml();
        for (String text : texts) {
            Diagnostics reported = new Diagnostics();
            Optional<YamlReader.Located> decoded = next.parse(text, LATER, reported);
            YamlReader.Located parsed = YamlReader.parse(text, LATER, new Diagnostics()).orElseThrow();
            assertFalse(reported.hasAny(), text);
            assertEquals(parsed, decoded.orElseThrow(), text);
            assertEquals(types(parsed.node()), types(decoded.get().node()), text);
        }
        assertEquals(texts.size(), next.decodedCount(), "every document came from the cache");
        assertTrue(texts.size() > 20, "the real site's data files were read: " + texts.size());
    }

    @Test
    void everyValueKeepsItsType() {
        YamlNode node = YamlReader.parse(EVERY_KIND, FIRST, new Diagnostics()).orElseThrow().node();
        List<String> types = types(node);
        for (String kind : List.of("Integer", "Long", "BigInteger", "Double", "Boolean", "String", "null")) {
            assertTrue(types.stream().anyMatch(t -> t.endsWith(" " + kind)), kind + " in " + types);
        }
        assertEquals(node, YamlNodeCodec.decode(YamlNodeCodec.encode(node, 0), 0));
        assertEquals(new BigInteger("123456789012345678901234567890"),
                node.get("numbers").orElseThrow().get("big").map(v -> ((YamlNode.Scalar) v).value()).orElseThrow());
    }

    @Test
    void aDocumentWithAMistakeIsParsedAgainAndReportedAgain() {
        String text = "title: [unclosed\n";
        YamlCache first = YamlCache.empty();
        Diagnostics once = new Diagnostics();
        first.parse(text, FIRST, once);
        Path file = dir.resolve(".site.parses");
        ParseCacheFile.write(new KeptParses(MarkdownCache.empty(), first), file, GENERATOR);
        YamlCache next = ParseCacheFile.read(file, GENERATOR).yaml();
        Diagnostics again = new Diagnostics();
        next.parse(text, FIRST, again);
        assertEquals(1, once.errorCount());
        assertEquals(messages(once), messages(again));
        assertEquals(0, next.decodedCount());
    }

    @Test
    void aDamagedFileOrEntryIsParsedAgain() throws IOException {
        String text = "title: A page\ndate: 2025-11-20\n";
        YamlCache first = YamlCache.empty();
        first.parse(text, FIRST, new Diagnostics());
        Path file = dir.resolve(".site.parses");
        ParseCacheFile.write(new KeptParses(MarkdownCache.empty(), first), file, GENERATOR);
        assertEquals(1, decodedFrom(file, GENERATOR, text), "the file as written is read");
        assertEquals(0, decodedFrom(file, "folio of another build", text));

        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 12] ^= 1; // inside the one entry's scalar text
        Files.write(file, bytes);
        assertEquals(0, decodedFrom(file, GENERATOR, text), "one bit changed");

        byte[] claimsTooMuch = {3, 0, 0, 0, 1, 0, 0, 0, 1, 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};
        for (byte[] kept : List.of(claimsTooMuch, new byte[] {0}, new byte[0])) {
            YamlCache cache = new YamlCache(Map.of(TextKey.of(text), kept));
            Diagnostics reported = new Diagnostics();
            YamlReader.Located parsed = cache.parse(text, FIRST, reported).orElseThrow();
            assertFalse(reported.hasAny());
            assertEquals(0, cache.decodedCount());
            assertEquals("A page", parsed.node().get("title").orElseThrow().text());
        }
        assertNull(YamlNodeCodec.decode(claimsTooMuch, 0));
    }

    private static int decodedFrom(Path file, String generator, String text) {
        YamlCache cache = ParseCacheFile.read(file, generator).yaml();
        Diagnostics reported = new Diagnostics();
        cache.parse(text, FIRST, reported);
        assertFalse(reported.hasAny());
        return cache.decodedCount();
    }

    /** Each scalar's value type, in document order: records compare values with equals, which 12 and 12L fail only by type. */
    private static List<String> types(YamlNode node) {
        List<String> types = new ArrayList<>();
        collect(node, types);
        return types;
    }

    private static void collect(YamlNode node, List<String> types) {
        if (node instanceof YamlNode.Scalar scalar) {
            types.add(scalar.text() + " " + (scalar.value() == null ? "null" : scalar.value().getClass().getSimpleName()));
        } else if (node instanceof YamlNode.Sequence sequence) {
            sequence.items().forEach(item -> collect(item, types));
        } else if (node instanceof YamlNode.Mapping mapping) {
            mapping.fields().forEach(field -> {
                collect(field.key(), types);
                collect(field.value(), types);
            });
        }
    }

    private static List<String> messages(Diagnostics diagnostics) {
        return diagnostics.sorted().stream().map(Diagnostic::toString).toList();
    }
}
