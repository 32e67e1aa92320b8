package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.i18n.Translations;
import folio.project.Project;
import folio.render.RenderedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run of random edits (seeded, so a failure is repeatable) on a copy of the real site: page
 * texts, titles, headings, YAML fields and references to terms, in English and Ukrainian. After
 * each edit that builds, the preview server's build (pages kept in memory) and a build into the
 * last site (pages kept on disk) must equal a fresh build byte for byte.
 */
class KeptPagesRandomEditsTest {
    private static final Pattern YAML_TEXT = Pattern.compile("(?m)^(\\s+(?:-\\s+)?(?:title|definition|note|summary|text|description): \")");
    private static final Pattern HEADING = Pattern.compile("(?m)^(##+ )(.+)$");
    private static final Pattern TITLE = Pattern.compile("(?m)^title: (.+)$");

    @TempDir
    Path dir;

    private final BuildCache cache = new BuildCache();
    private int clean;

    @Test
    void everyKeptBuildEqualsAFreshOne() throws IOException {
        ProjectFiles.copyTree(Path.of("content"), dir.resolve("content"));
        ProjectFiles.copyTree(Path.of("templates"), dir.resolve("templates"));
        assertEquals(0, build(cache, "site").exitCode());
        assertEquals(0, build(null, "site").exitCode());
        assertEquals(0, build(null, "site").exitCode()); // the first into a built folder leaves what its pages read
        List<Path> pages = files("content", ".md");
        List<Path> data = files("content/data", ".yaml");
        Random random = new Random(15);
        int kept = 0;
        int built = 0;
        for (int edit = 0; edit < 14; edit++) {
            Path file = random.nextBoolean() ? pages.get(random.nextInt(pages.size())) : data.get(random.nextInt(data.size()));
            String before = Files.readString(file);
            String after = edited(before, file.toString().endsWith(".md"), random, edit);
            if (after.equals(before)) {
                continue;
            }
            Files.writeString(file, after, StandardCharsets.UTF_8);
            Build.Result inMemory = build(cache, "site");
            if (!inMemory.ok()) {
                Files.writeString(file, before, StandardCharsets.UTF_8); // a mistake the edit made (a link to a renamed heading)
                assertEquals(0, build(cache, "site").exitCode());
                continue;
            }
            Build.Result onDisk = build(null, "site");
            assertEquals(0, onDisk.exitCode(), TestSite.errors(onDisk));
            Map<String, String> fresh = RobustnessTest.tree(dir.resolve(freshBuild()));
            String what = "edit " + edit + " of " + dir.relativize(file);
            assertEquals(fresh, RobustnessTest.tree(dir.resolve("site")), what + ": the build into the last site");
            for (RenderedFile page : inMemory.files()) {
                assertEquals(fresh.get(page.path()), new String(page.bytes(), StandardCharsets.ISO_8859_1), what + ": " + page.path());
            }
            kept += onDisk.keptPages() + inMemory.keptPages();
            built++;
        }
        assertTrue(built >= 8, "most edits build: " + built);
        assertTrue(kept > 0, "some pages were kept, or nothing was tested");
    }

    private static String edited(String text, boolean markdown, Random random, int edit) {
        List<String> ways = markdown ? List.of("sentence", "title", "heading", "term") : List.of("field");
        String way = ways.get(random.nextInt(ways.size()));
        return switch (way) {
            case "sentence" -> text + "\nA sentence added by edit " + edit + ".\n";
            case "term" -> text + "\nSee [[term:oblast]] (edit " + edit + ").\n";
            case "title" -> nth(TITLE.matcher(text), random, m -> "title: " + m.group(1).replace("\"", "") + " " + edit);
            case "heading" -> nth(HEADING.matcher(text), random, m -> m.group(1) + m.group(2) + " " + edit);
            default -> nth(YAML_TEXT.matcher(text), random, m -> m.group(1) + "Edited " + edit + ": ");
        };
    }

    /** {@code text} with one of the matcher's matches, picked at random, replaced. */
    private static String nth(Matcher matcher, Random random, java.util.function.Function<Matcher, String> replacement) {
        List<int[]> found = new ArrayList<>();
        List<String> replaced = new ArrayList<>();
        while (matcher.find()) {
            found.add(new int[] {matcher.start(), matcher.end()});
            replaced.add(replacement.apply(matcher));
        }
        String text = matcherText(matcher);
        if (found.isEmpty()) {
            return text;
        }
        int pick = random.nextInt(found.size());
        return text.substring(0, found.get(pick)[0]) + replaced.get(pick) + text.substring(found.get(pick)[1]);
    }

    private static String matcherText(Matcher matcher) {
        matcher.reset();
        StringBuilder all = new StringBuilder();
        matcher.appendTail(all);
        return all.toString();
    }

    private String freshBuild() {
        String folder = "clean-" + clean++;
        assertEquals(0, build(null, folder).exitCode());
        return folder;
    }

    private List<Path> files(String folder, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(dir.resolve(folder))) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private Build.Result build(BuildCache with, String output) {
        Project project = Project.of(dir, Path.of("content"), Path.of("templates"), Path.of(output));
        return Build.run(new Build.Options(project, null, false, with == null, with != null, with, Translations.Policy.EDITING));
    }
}
