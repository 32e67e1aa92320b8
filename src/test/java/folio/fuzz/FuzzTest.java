package folio.fuzz;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.Build;
import folio.TestSite;
import folio.content.FrontMatter;
import folio.content.ReferenceSyntax;
import folio.content.YamlReader;
import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import folio.project.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random and mutated inputs for the front-matter splitter, the YAML reader, the reference
 * parser and the whole build. The only outcomes allowed are a result or diagnostics: never an
 * exception, never a hang. Tries are bounded so the suite runs in well under two minutes.
 */
class FuzzTest {
    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final String ALPHABET = "-:[]{}|#@;&*!%>'\"\\\t\n\r ,.?/=<_abcdefxyz0123456789\u00e9\u2014\ufeff\u0000";

    @Provide
    Arbitrary<String> noisy() {
        Arbitrary<String> chars = Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMaxLength(300);
        Arbitrary<String> lines = Arbitraries.of("---", "...", "title: x", "  - a", "- id: x", "key: [", "  b: {c: d}",
                "[[page:x", "[[term:a|b]]", "[@a; @b]", "\t- tab", "&anchor x", "*alias", "? complex", "|", ">-",
                "\"unclosed", "'q'", "!!binary x", "%YAML 1.2", "key: value: other", "")
                .list().ofMaxSize(25).map(list -> String.join("\n", list));
        return Arbitraries.oneOf(chars, lines, Arbitraries.strings().ofMaxLength(200));
    }

    @Property(tries = 400)
    void frontMatterSplitterNeverThrows(@ForAll("noisy") String text) {
        Diagnostics diagnostics = new Diagnostics();
        assertTimeoutPreemptively(LIMIT, () -> FrontMatter.split(new SourceFile("content/x.md", "x.md", text), diagnostics));
    }

    @Property(tries = 400)
    void yamlReaderReturnsAValueOrDiagnostics(@ForAll("noisy") String text) {
        Diagnostics diagnostics = new Diagnostics();
        var result = assertTimeoutPreemptively(LIMIT, () -> YamlReader.parse(text, SourcePosition.of("content/x.yaml", 1),
                diagnostics));
        assertTrue(result.isPresent() || diagnostics.hasErrors(), text);
        result.ifPresent(located -> YamlReader.listEntryLines(located));
    }

    @Property(tries = 400)
    void referenceSyntaxNeverThrows(@ForAll("noisy") String text) {
        assertTimeoutPreemptively(LIMIT, () -> {
            List<ReferenceSyntax.Token> tokens = ReferenceSyntax.scan(text);
            ReferenceSyntax.hasUnclosedReference(text, tokens);
            for (ReferenceSyntax.Token token : tokens) {
                assertTrue(token.start() >= 0 && token.end() <= text.length() && token.start() < token.end());
            }
        });
    }

    private static final Map<String, String> SITE = Map.of(
            "content/site.yaml", TestSite.CONFIG + "menu:\n  - page: about\n",
            "templates/page.peb", TestSite.BASE_TEMPLATE,
            "content/index.md", "---\ntitle: Home\ndate: 2025-11-20\n---\n# Hello\n\nSee [[page:about#method]], "
                    + "[[actor:alice]] and [@src-a].\n\n- a\n- b\n",
            "content/about.md", "---\ntitle: About\nlists: [actors, sources]\n---\n## Method\n\n[link](index.md)\n",
            "content/data/actors.yaml", "- id: alice\n  name: Alice\n  role: Envoy\n  kind: person\n  group: other\n",
            "content/data/sources.yaml", "- id: src-a\n  outlet: Outlet\n  title: \"A title\"\n  date: 2025-11-21\n"
                    + "  url: https://example.org/a\n  flag: none\n");

    /** The small valid site with one file mutated: flipped, inserted or deleted characters, truncation, duplicated lines. */
    @Property(tries = 120)
    void mutatedSitesBuildOrReportDiagnostics(@ForAll("fileIndex") int fileIndex, @ForAll long seed) throws IOException {
        Path root = Files.createTempDirectory("folio-fuzz");
        try {
            List<String> paths = new ArrayList<>(SITE.keySet());
            paths.sort(null);
            String target = paths.get(fileIndex % paths.size());
            TestSite site = new TestSite(root);
            SITE.forEach((path, text) -> site.file(path, path.equals(target) ? mutate(text, new Random(seed)) : text));
            Build.Result result = assertTimeoutPreemptively(LIMIT, site::build);
            assertTrue(result.exitCode() == 0 || !result.diagnostics().isEmpty(), target);
            assertTrue(result.exitCode() >= 0 && result.exitCode() <= 2, TestSite.errors(result));
            String errors = TestSite.errors(result);
            assertTrue(!errors.contains("Exception") && !errors.contains("\tat "), errors);
        } finally {
            try (var walk = Files.walk(root)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Provide
    Arbitrary<Integer> fileIndex() {
        return Arbitraries.integers().between(0, SITE.size() - 1);
    }

    static String mutate(String text, Random random) {
        StringBuilder out = new StringBuilder(text);
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits && out.length() > 0; i++) {
            int at = random.nextInt(out.length());
            switch (random.nextInt(6)) {
                case 0 -> out.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 1 -> out.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 2 -> out.deleteCharAt(at);
                case 3 -> out.setLength(at);
                case 4 -> {
                    int start = out.lastIndexOf("\n", at) + 1;
                    int end = out.indexOf("\n", at);
                    end = end < 0 ? out.length() : end + 1;
                    out.insert(start, out.substring(start, end));
                }
                default -> out.insert(at, "\t");
            }
        }
        return out.toString();
    }
}
