package folio.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.diag.Diagnostic;
import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A parse kept by one build and expanded by the next is the parse of the same text: the same
 * tree, the same HTML, the same references, citations, links and images at the same places
 * (moved with the text when it starts elsewhere in its file), and any mistake reported again.
 */
class MarkdownCacheTest {
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(Markdown.extensions()).build();
    private static final String GENERATOR = "folio under test";
    private static final SourcePosition FIRST = SourcePosition.of("content/a.md", 4);
    /** The same text after a longer front matter: every position moves down six lines. */
    private static final SourcePosition LATER = SourcePosition.of("content/a.md", 10);

    @TempDir
    Path dir;

    @Test
    void aTextParsedByOneBuildIsExpandedByTheNextAsItsOwnParse() throws IOException {
        List<String> texts = new ArrayList<>(List.of(CompactTreeTest.EVERY_KIND,
                "Кириличний текст із [[term:donbas|терміном]], [@reuters-1; @ap-2] і 😀.\n\n| а | б |\n|---|---|\n| 1 | 2 |\n",
                "A [link](other.md#part) and ![an image](map.png).\n\n[[page:about#licence]]\n"));
        try (Stream<Path> walk = Files.walk(Path.of("content"))) {
            for (Path file : walk.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                texts.add(Files.readString(file));
            }
        }
        MarkdownCache first = MarkdownCache.empty();
        for (String text : texts) {
            first.parse(text, FIRST, new Diagnostics());
        }
        Path file = dir.resolve(".site.parses");
        ParseCacheFile.write(new KeptParses(first, YamlCache.empty()), file, GENERATOR);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));

        MarkdownCache next = ParseCacheFile.read(file, GENERATOR).markdown();
        for (String text : texts) {
            Diagnostics reported = new Diagnostics();
            Markdown.Parsed expanded = next.parse(text, LATER, reported);
            Markdown.Parsed parsed = Markdown.parse(text, LATER, new Diagnostics());
            assertFalse(reported.hasAny(), text);
            assertEquals(CompactTreeTest.describe(parsed.document()), CompactTreeTest.describe(expanded.document()), text);
            assertEquals(HTML.render(parsed.document()), HTML.render(expanded.document()), text);
            assertEquals(parsed.references().stream().map(r -> r.reference() + " " + r.position()).toList(),
                    expanded.references().stream().map(r -> r.reference() + " " + r.position()).toList(), text);
            assertEquals(parsed.citations().stream().map(c -> c.sourceIds() + " " + c.position()).toList(),
                    expanded.citations().stream().map(c -> c.sourceIds() + " " + c.position()).toList(), text);
            assertEquals(parsed.links().size(), expanded.links().size(), text);
            for (int i = 0; i < parsed.links().size(); i++) {
                assertEquals(parsed.linkPosition(i).get(), expanded.linkPosition(i).get(), text);
            }
            assertEquals(parsed.images().size(), expanded.images().size(), text);
            assertEquals(parsed.footnotes(), expanded.footnotes(), text);
            Markdown.Packed kept = next.parseToResolve(text, LATER, new Diagnostics()).packed();
            assertEquals(Markdown.Packed.of(parsed.document(), text).tree().sourceDigest(), kept.knownTextDigest(),
                    "a body's digest is the same whether its text was parsed now or its parse kept: " + text);
        }
        assertEquals(2 * texts.size(), next.expandedCount(), "every text came from the cache");
        assertTrue(texts.stream().anyMatch(t -> t.contains("[[")), "the texts hold references");
    }

    @Test
    void aTextWithAMistakeIsParsedAgainAndReportedAgain() {
        String text = "An unclosed [[term:donbas reference.\n";
        MarkdownCache first = MarkdownCache.empty();
        Diagnostics once = new Diagnostics();
        first.parse(text, FIRST, once);
        Path file = dir.resolve(".site.parses");
        ParseCacheFile.write(new KeptParses(first, YamlCache.empty()), file, GENERATOR);
        Diagnostics again = new Diagnostics();
        MarkdownCache next = ParseCacheFile.read(file, GENERATOR).markdown();
        next.parse(text, FIRST, again);
        assertEquals(1, once.errorCount());
        assertEquals(messages(once), messages(again));
        assertEquals(0, next.expandedCount());
    }

    @Test
    void aCacheFromOtherCodeDamagedOrWritableByOthersIsNotRead() throws IOException {
        String text = "A [[term:donbas]] text.\n";
        MarkdownCache first = MarkdownCache.empty();
        first.parse(text, FIRST, new Diagnostics());
        Path file = dir.resolve(".site.parses");
        ParseCacheFile.write(new KeptParses(first, YamlCache.empty()), file, GENERATOR);
        assertEquals(1, expandedFrom(file, GENERATOR, text), "the cache as written is read");
        assertEquals(0, expandedFrom(file, "folio of another build", text));

        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);
        assertEquals(0, expandedFrom(file, GENERATOR, text), "one bit changed");
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 3));
        assertEquals(0, expandedFrom(file, GENERATOR, text), "cut short");

        Files.write(file, bytes);
        assertEquals(1, expandedFrom(file, GENERATOR, text));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));
        assertEquals(0, expandedFrom(file, GENERATOR, text), "anyone could have written it");
    }

    @Test
    void aKeptParseThatClaimsMoreThanItHoldsIsParsedAgain() {
        String text = "A [[term:donbas]] text.\n";
        // Whole by its checksum, yet its first count (node kinds) says 2^31 - 1: an array the
        // heap cannot hold, which is an Error, not an exception the cache falls back from.
        byte[] claimsTooMuch = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x07};
        for (byte[] kept : List.of(claimsTooMuch, new byte[] {0})) {
            MarkdownCache cache = new MarkdownCache(java.util.Map.of(TextKey.of(text), kept));
            Diagnostics reported = new Diagnostics();
            Markdown.Parsed parsed = cache.parse(text, FIRST, reported);
            assertFalse(reported.hasAny());
            assertEquals(0, cache.expandedCount());
            assertEquals(1, parsed.references().size());
        }
    }

    private static int expandedFrom(Path file, String generator, String text) {
        MarkdownCache cache = ParseCacheFile.read(file, generator).markdown();
        Diagnostics reported = new Diagnostics();
        cache.parse(text, FIRST, reported);
        assertFalse(reported.hasAny());
        return cache.expandedCount();
    }

    private static List<String> messages(Diagnostics diagnostics) {
        return diagnostics.sorted().stream().map(Diagnostic::toString).toList();
    }
}
