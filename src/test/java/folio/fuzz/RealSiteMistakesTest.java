package folio.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.Build;
import folio.TestSite;
import folio.diag.Diagnostic;
import folio.diag.Severity;
import folio.i18n.Translations;
import folio.project.Project;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One editor's mistake at a time in a copy of the real content/ and templates/, checked in this
 * JVM (the theme's partials, parents and translations are where the small test sites have none):
 * the build returns, exits 1 or 2, and its first error names the file the mistake is in, at a line
 * where the mistake has one. Each case is a class the fuzz harness of session 32 found told at the
 * wrong file, with no line, or not at all (exit 0), or a sample of a class that was right, kept so
 * the real theme stays so. A case whose edit no longer applies fails, so it cannot pass unseen.
 */
class RealSiteMistakesTest {
    private static Path root;

    /** An edit of one file ({@code edit} null: the file is written new with {@code text}), and the file the error must name. */
    record Mistake(String name, String file, UnaryOperator<String> edit, String text, String blamed, boolean hasLine) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Mistake edit(String name, String file, String regex, String replacement, String blamed) {
        return new Mistake(name, file, text -> text.replaceFirst(regex, replacement), null, blamed, true);
    }

    static Stream<Mistake> mistakes() {
        return Stream.of(
                edit("a mapping for an actor's name", "content/data/actors.yaml", "(?m)^  name: .*$", "  name: {x: 1}",
                        "content/data/actors.yaml"),
                edit("an impossible event date", "content/data/events/2025.yaml", "(?m)^  date: .*$", "  date: 2025-13-45",
                        "content/data/events/2025.yaml"),
                edit("a key given twice", "content/data/events/2025.yaml", "(?m)^(  date: .*)$", "$1\n  date: 2025-01-01",
                        "content/data/events/2025.yaml"),
                edit("a list for a provision's title", "content/data/provisions/01.md", "(?m)^title: .*$", "title: [x]",
                        "content/data/provisions/01.md"),
                edit("a mapping for a translated term", "content/data/terms.uk.yaml", "(?m)^  term: .*$", "  term: {x: 1}",
                        "content/data/terms.uk.yaml"),
                edit("a mapping for a translated page title", "content/about.uk.md", "(?m)^title: .*$", "title: {text: x}",
                        "content/about.uk.md"),
                edit("a list for the site's language", "content/site.yaml", "(?m)^language: en$", "language: [en]",
                        "content/site.yaml"),
                edit("a reference to no page", "content/about.md", "\\z", "\n[[page:nope]]\n", "content/about.md"),
                edit("a NUL byte in a page", "content/about.md", "\\z", "\nx\u0000y\n", "content/about.md"),
                edit("a missing partial included by the base template", "templates/base.peb", "</body>",
                        "{% include \"partials/nope\" %}\n</body>", "templates/base.peb"),
                edit("a filter never ended in a partial", "templates/partials/source.peb", "\\z", "\n{% filter upper %}\n",
                        "templates/partials/source.peb"),
                edit("a print never closed in a partial", "templates/partials/oblast-shares-figure.peb", "\\z", "\n{{ \n",
                        "templates/partials/oblast-shares-figure.peb"),
                edit("an unknown field in a layout", "templates/home.peb", "page\\.title", "page.titel", "templates/home.peb"),
                new Mistake("an empty feed template", "templates/feed.xml.peb", text -> "", null, "templates/feed.xml.peb", true),
                new Mistake("a syntax error in a template no page uses", "templates/unused.peb", null,
                        "<p>\n{% if page.title %}\n{{ page.title }}\n", "templates/unused.peb", true),
                edit("a macro that calls itself in the base template", "templates/base.peb", "\\A",
                        "{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}", "templates/base.peb"),
                new Mistake("a page named .markdown", "content/notes.markdown", null, "---\ntitle: Notes\n---\nNotes.\n",
                        "content/notes.markdown", false));
    }

    @BeforeAll
    static void copyTheProject() throws IOException {
        root = Files.createTempDirectory("folio-real-mistakes");
        for (String folder : List.of("content", "templates")) {
            try (Stream<Path> files = Files.walk(Path.of(folder))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path copy = root.resolve(file.toString());
                    Files.createDirectories(copy.getParent());
                    Files.copy(file, copy);
                }
            }
        }
    }

    @AfterAll
    static void delete() throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void aMistakeIsAnErrorAtItsFile(Mistake mistake) throws IOException {
        Path file = root.resolve(mistake.file());
        byte[] before = Files.exists(file) ? Files.readAllBytes(file) : null;
        try {
            String text = mistake.edit() == null ? mistake.text()
                    : mistake.edit().apply(new String(before, StandardCharsets.UTF_8));
            if (before != null) {
                assertNotEquals(new String(before, StandardCharsets.UTF_8), text, "the edit no longer applies to " + mistake.file());
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
            Build.Result result = Build.run(new Build.Options(Project.of(root, Path.of("content"), Path.of("templates"),
                    Path.of("site")), null, false, false, false, null, Translations.Policy.EDITING));
            String errors = TestSite.errors(result);
            List<Diagnostic> found = result.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
            assertTrue(result.exitCode() == 1 || result.exitCode() == 2, "exit " + result.exitCode() + "\n" + errors);
            assertFalse(found.isEmpty(), errors);
            assertEquals(mistake.blamed(), found.get(0).path(), errors);
            assertEquals(mistake.hasLine(), found.get(0).line() > 0, errors);
            assertFalse(errors.contains("Exception") || errors.contains("\tat "), errors);
        } finally {
            if (before == null) {
                Files.deleteIfExists(file);
            } else {
                Files.write(file, before);
            }
        }
    }

    /**
     * A macro that calls itself in base.peb, which every layout extends, is one error at the line of the
     * call that loops: not one for each of the 14 layouts that extend it, nor at the macro's own line.
     */
    @org.junit.jupiter.api.Test
    void aMacroLoopInTheBaseTemplateIsOneError() throws IOException {
        Path file = root.resolve("templates/base.peb");
        byte[] before = Files.readAllBytes(file);
        try {
            Files.writeString(file, "{% macro m() %}\n<p>{{ m() }}</p>\n{% endmacro %}{{ m() }}" + new String(before, StandardCharsets.UTF_8));
            Build.Result result = Build.run(new Build.Options(Project.of(root, Path.of("content"), Path.of("templates"),
                    Path.of("site")), null, false, false, false, null, Translations.Policy.EDITING));
            String errors = TestSite.errors(result);
            assertEquals(1, result.exitCode(), errors);
            assertEquals(List.of("templates/base.peb:2"), result.diagnostics().stream()
                    .map(d -> d.path() + ":" + d.line()).toList(), errors);
            assertTrue(errors.contains("the macro m calls itself here, without end"), errors);
        } finally {
            Files.write(file, before);
        }
    }

    /** The copy builds as it is: each case's error is its own mistake's. */
    @org.junit.jupiter.api.Test
    void theCopyBuilds() {
        Build.Result result = Build.run(new Build.Options(Project.of(root, Path.of("content"), Path.of("templates"),
                Path.of("site")), null, false, false, false, null, Translations.Policy.EDITING));
        assertEquals(0, result.exitCode(), TestSite.errors(result));
    }
}
