package folio.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.ProjectFiles;
import folio.content.Raw;
import folio.diag.Diagnostic;
import folio.diag.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Raw.Required} and {@link Raw.Needed} say the assembly refuses an entry without the key, so
 * a blank {@code key: ""} is told as {@code key: ~} is, with what the key takes (a date, an address, the
 * id of an actor), instead of "or remove the line". This holds the two to the assembly: in the first
 * entry of each file of valid golden sites, each key written {@code key: value} on one line is given
 * {@code ~} (the assembly's no value) and then {@code ""} in turn; where the first build gave an error at
 * that line, the second must give it with the same words for what to write, and where it did not,
 * "remove the line".
 */
class RequiredKeysTest {
    private static final Path SITES = Path.of("src/test/resources/sites");
    /** The site, and a file under its content/ whose first entry (or front matter, or whole site.yaml) is tried. */
    private static final List<String[]> FILES = List.of(
            new String[] {"every-collection", "site.yaml"},
            new String[] {"every-collection", "data/provisions/01.md"},
            new String[] {"every-collection", "data/themes.yaml"},
            new String[] {"every-collection", "data/actors.yaml"},
            new String[] {"every-collection", "data/reactions.yaml"},
            new String[] {"every-collection", "data/events.yaml"},
            new String[] {"every-collection", "data/terms.yaml"},
            new String[] {"every-collection", "data/documents.yaml"},
            new String[] {"every-collection", "data/comparisons.yaml"},
            new String[] {"every-collection", "data/updates.yaml"},
            new String[] {"every-collection", "data/sources.yaml"},
            new String[] {"full-map-shares", "data/map.yaml"},
            new String[] {"full-map-shares", "data/shares.yaml"},
            new String[] {"full-home", "data/charts.yaml"});
    /** A key and its value on one line: its indent (and "- " of a list item), the key, the value. */
    private static final Pattern KEY = Pattern.compile("^(\\s*(?:- )?)([a-z_]+): ([^{].*)$");

    @TempDir
    Path work;

    @TestFactory
    Stream<DynamicTest> aBlankValueIsToldRequiredExactlyWhereTheAssemblyRefusesNoValue() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String[] file : FILES) {
            Path site = SITES.resolve(file[0]).resolve("input");
            String path = file[1];
            List<String> lines = Files.readAllLines(site.resolve("content").resolve(path));
            int end = firstEntryEnd(lines, path);
            for (int i = 0; i < end; i++) {
                Matcher key = KEY.matcher(lines.get(i));
                if (!key.matches()) {
                    continue;
                }
                int at = i;
                tests.add(DynamicTest.dynamicTest(file[0] + "/" + path + ":" + (i + 1) + " " + key.group(2), () -> {
                    List<Diagnostic> none = errorsAt(build(site, path, lines, at, key.group(1) + key.group(2) + ": ~"), path, at);
                    List<Diagnostic> blank = errorsAt(build(site, path, lines, at, key.group(1) + key.group(2) + ": \"\""), path, at);
                    assertFalse(blank.isEmpty(), "no error at the blank " + key.group(2));
                    String message = blank.get(0).message();
                    if (none.isEmpty()) {
                        assertTrue(message.contains("remove the line"), message);
                    } else {
                        // The same words for what to write as ~ gets: the kind of value the key takes.
                        String noValue = none.get(0).message();
                        assertEquals(noValue.replace("has no value: nothing after it, ~ and null are YAML's way of writing none; ",
                                "is given an empty text \"\": ").replace(" (in quotes for the word \"null\" or \"~\")", ""), message,
                                key.group(2) + ": ~ gave " + none);
                    }
                }));
            }
        }
        assertTrue(tests.size() > 50, "keys tried: " + tests.size());
        return tests.stream();
    }

    /** The end (exclusive) of the first entry: a front matter's closing ---, the second list item, or the end of site.yaml. */
    private static int firstEntryEnd(List<String> lines, String path) {
        int items = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (path.endsWith(".md") ? i > 0 && line.equals("---") : path.startsWith("data/") && line.startsWith("- ") && ++items == 2) {
                return i;
            }
        }
        return lines.size();
    }

    private List<Diagnostic> build(Path site, String path, List<String> lines, int at, String line) throws IOException {
        List<String> changed = new ArrayList<>(lines);
        changed.set(at, line);
        // A site without its own templates is built with the repository's theme (as its args.txt says: --repo-templates).
        Path templates = Files.isDirectory(site.resolve("templates")) ? Path.of("templates") : Path.of("templates").toAbsolutePath();
        return ProjectFiles.buildEdited(work, site, templates, path, changed);
    }

    private static List<Diagnostic> errorsAt(List<Diagnostic> diagnostics, String path, int at) {
        return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR && d.path().equals("content/" + path)
                && d.line() == at + 1).toList();
    }
}
