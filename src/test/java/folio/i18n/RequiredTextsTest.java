package folio.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import folio.ProjectFiles;
import folio.content.Raw;
import folio.content.RecordShape;
import folio.diag.Diagnostic;
import folio.diag.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Raw.Required} on a translatable text says the assembly refuses the entry without it; the
 * translation checks trust that (they say nothing of a text the original must have and lacks).
 * This holds the annotation to the assembly: on the golden site every-collection, each
 * translatable text of the first entry of each kind is removed in turn, and the build must report
 * an error in that file exactly when the text is marked required. (A quote's, change's, cell's and
 * chart row's texts, required once that mapping is written, are pinned by the golden case
 * bad-translation-original-lacks-text.)
 */
class RequiredTextsTest {
    private static final Path SITE = Path.of("src/test/resources/sites/every-collection/input");
    /** Kind, the file (under content/) whose first entry or front matter is cut, its raw record class. */
    private static final List<Object[]> FILES = List.of(
            new Object[] {"pages", "about.md", Raw.Page.class},
            new Object[] {"provisions", "data/provisions/01.md", Raw.Provision.class},
            new Object[] {"themes", "data/themes.yaml", Raw.Theme.class},
            new Object[] {"actors", "data/actors.yaml", Raw.Actor.class},
            new Object[] {"reactions", "data/reactions.yaml", Raw.Reaction.class},
            new Object[] {"events", "data/events.yaml", Raw.Event.class},
            new Object[] {"terms", "data/terms.yaml", Raw.Term.class},
            new Object[] {"documents", "data/documents.yaml", Raw.Document.class},
            new Object[] {"comparisons", "data/comparisons.yaml", Raw.Comparison.class},
            new Object[] {"updates", "data/updates.yaml", Raw.Update.class},
            new Object[] {"sources", "data/sources.yaml", Raw.Source.class});

    @TempDir
    Path work;

    @TestFactory
    Stream<DynamicTest> aTextMarkedRequiredIsOneTheAssemblyRefusesToGoWithout() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Object[] file : FILES) {
            String kind = (String) file[0];
            String path = (String) file[1];
            RecordShape shape = RecordShape.of((Class<?>) file[2]);
            List<String> lines = Files.readAllLines(SITE.resolve("content").resolve(path));
            for (TextField field : TextField.OF.get(kind)) {
                int at = firstEntryLine(lines, field.key(), path.endsWith(".md"));
                if (at < 0) {
                    continue; // not written in this entry
                }
                tests.add(DynamicTest.dynamicTest(kind + "." + field.key(), () -> {
                    List<Diagnostic> errors = buildWithout(path, lines, at);
                    boolean refused = errors.stream().anyMatch(d -> d.path().equals("content/" + path));
                    assertEquals(shape.requires(field.key()), refused, kind + "." + field.key() + " marked "
                            + (shape.requires(field.key()) ? "" : "not ") + "@Required, but without it the build gave " + errors);
                }));
            }
        }
        assertFalse(tests.isEmpty());
        return tests.stream();
    }

    /** The line of {@code key} in the first entry (a data file's first list item, or the front matter), or -1. */
    private static int firstEntryLine(List<String> lines, String key, boolean frontMatter) {
        String indent = frontMatter ? "" : "  ";
        for (int i = frontMatter ? 1 : 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i > 0 && (frontMatter ? line.equals("---") : line.startsWith("- "))) {
                return -1;
            }
            String written = i == 0 && !frontMatter ? "  " + line.substring(2) : line;
            if (written.startsWith(indent + key + ":")) {
                return i;
            }
        }
        return -1;
    }

    private List<Diagnostic> buildWithout(String path, List<String> lines, int at) throws IOException {
        List<String> cut = new ArrayList<>(lines.subList(0, at));
        int next = at + 1;
        String indent = lines.get(at).substring(0, lines.get(at).indexOf(lines.get(at).strip()));
        while (next < lines.size() && lines.get(next).startsWith(indent + " ")) {
            next++; // the value's own lines (a nested mapping, a folded text)
        }
        cut.addAll(lines.subList(next, lines.size()));
        return ProjectFiles.buildEdited(work, SITE, Path.of("templates"), path, cut).stream()
                .filter(d -> d.severity() == Severity.ERROR).toList();
    }
}
