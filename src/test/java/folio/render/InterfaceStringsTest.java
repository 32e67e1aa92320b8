package folio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.diag.Diagnostics;
import folio.project.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterfaceStringsTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)\\}");

    @TempDir
    Path dir;

    @Test
    void ukrainianCountsTakeOneFewOrMany() {
        PluralRule uk = PluralRule.of("uk");
        for (int n : new int[] {1, 21, 31, 101, 1001}) {
            assertEquals("one", uk.category(n), "n=" + n);
        }
        for (int n : new int[] {2, 3, 4, 22, 24, 102, 1004}) {
            assertEquals("few", uk.category(n), "n=" + n);
        }
        for (int n : new int[] {0, 5, 11, 12, 13, 14, 19, 20, 25, 111, 112, 114}) {
            assertEquals("many", uk.category(n), "n=" + n);
        }
        assertEquals("other", uk.category(1.5));
        assertEquals("one", PluralRule.of("en").category(1));
        assertEquals("other", PluralRule.of("en").category(21));
        assertEquals("other", PluralRule.of("en").category(0));
    }

    @Test
    void formsFallBackToOtherAndPlaceholdersAreReplaced() throws Exception {
        Files.createDirectories(dir.resolve("templates/i18n"));
        Files.writeString(dir.resolve("templates/i18n/uk.yaml"),
                "points:\n  one: \"{n} пункт\"\n  few: \"{n} пункти\"\n  other: \"{n} пункту\"\nhi: \"Привіт, {name}\"\n");
        Project project = Project.of(dir, Path.of("content"), Path.of("templates"), Path.of("site"));
        Diagnostics diagnostics = new Diagnostics();
        InterfaceStrings strings = InterfaceStrings.load(project, diagnostics);
        assertFalse(diagnostics.hasErrors());
        assertEquals("21 пункт", strings.format("uk", "points", 21, Map.of()).orElseThrow());
        assertEquals("3 пункти", strings.format("uk", "points", 3, Map.of()).orElseThrow());
        assertEquals("5 пункту", strings.format("uk", "points", 5, Map.of()).orElseThrow(), "no 'many': 'other'");
        assertEquals("Привіт, Оксано", strings.format("uk", "hi", null, Map.of("name", "Оксано")).orElseThrow());
        assertTrue(strings.format("uk", "nothing", null, Map.of()).isEmpty());
        assertTrue(strings.format("en", "hi", null, Map.of()).isEmpty());
    }

    @Test
    void anExactFormIsForThatCountAloneAndComesBeforeTheCategory() throws Exception {
        Files.createDirectories(dir.resolve("templates/i18n"));
        Files.writeString(dir.resolve("templates/i18n/uk.yaml"),
                "answers:\n  \"=1\": \"Відповідь:\"\n  one: \"{n} відповідь\"\n  other: \"Відповіді:\"\n");
        Project project = Project.of(dir, Path.of("content"), Path.of("templates"), Path.of("site"));
        Diagnostics diagnostics = new Diagnostics();
        InterfaceStrings strings = InterfaceStrings.load(project, diagnostics);
        assertFalse(diagnostics.hasErrors(), diagnostics.sorted().toString());
        assertEquals("Відповідь:", strings.format("uk", "answers", 1, Map.of()).orElseThrow());
        assertEquals("21 відповідь", strings.format("uk", "answers", 21, Map.of()).orElseThrow());
        assertEquals("Відповіді:", strings.format("uk", "answers", 3, Map.of()).orElseThrow());
        assertEquals("Відповіді:", strings.format("uk", "answers", 1.5, Map.of()).orElseThrow());
    }

    /** A label over a list of 21 is plural: Ukrainian's "one" (1, 21, 31...) is for a number before a noun. */
    @Test
    void theThemesListLabelsAreSingularOnlyForOneItem() {
        Project project = Project.of(Path.of("."), Path.of("content"), Path.of("templates"), Path.of("site"));
        InterfaceStrings strings = InterfaceStrings.load(project, new Diagnostics());
        for (String language : List.of("en", "uk")) {
            for (String key : List.of("event.responses", "map.svg-title-points")) {
                String one = strings.format(language, key, 1, Map.of("points", "7")).orElseThrow();
                for (int n : new int[] {2, 5, 21, 31, 101}) {
                    assertEquals(strings.format(language, key, 2, Map.of("points", "7")).orElseThrow(),
                            strings.format(language, key, n, Map.of("points", "7")).orElseThrow(), language + " " + key + " n=" + n);
                }
                assertFalse(one.equals(strings.format(language, key, 21, Map.of("points", "7")).orElseThrow()), language + " " + key);
            }
        }
        assertEquals("Відповіді:", strings.format("uk", "event.responses", 21, Map.of()).orElseThrow());
    }

    /** The sources page's legend counts its sources in the count's plural form: "1 source", "263 sources". */
    @Test
    void theSourcesLegendCountsInTheRightForm() {
        Project project = Project.of(Path.of("."), Path.of("content"), Path.of("templates"), Path.of("site"));
        InterfaceStrings strings = InterfaceStrings.load(project, new Diagnostics());
        assertEquals("1 source", strings.format("en", "sources.count", 1, Map.of()).orElseThrow());
        assertEquals("263 sources", strings.format("en", "sources.count", 263, Map.of()).orElseThrow());
        assertTrue(strings.format("en", "sources.legend_html", null, Map.of("count", "1 source", "method", "m"))
                .orElseThrow().startsWith("1 source, by the outlet"));
        assertTrue(strings.format("uk", "sources.legend_html", null, Map.of("count", "21", "method", "m"))
                .orElseThrow().startsWith("Джерела (21) згруповано"));
    }

    /** The theme's language files give the same keys, the same placeholders, and every plural form each language needs. */
    @Test
    void theThemesLanguageFilesMatch() {
        Project project = Project.of(Path.of("."), Path.of("content"), Path.of("templates"), Path.of("site"));
        Diagnostics diagnostics = new Diagnostics();
        InterfaceStrings strings = InterfaceStrings.load(project, diagnostics);
        assertFalse(diagnostics.hasErrors(), diagnostics.sorted().toString());
        Set<String> english = strings.keys("en");
        assertTrue(english.size() > 100, "en.yaml holds the theme's strings");
        for (String language : List.of("uk")) {
            assertEquals(english, strings.keys(language), "keys of templates/i18n/" + language + ".yaml against en.yaml");
            for (String key : english) {
                assertEquals(placeholders(strings, "en", key), placeholders(strings, language, key),
                        "placeholders of '" + key + "' in " + language + ".yaml");
            }
        }
        strings.get("uk", "home.points").ifPresent(value -> {
            InterfaceStrings.Plural plural = (InterfaceStrings.Plural) value;
            assertTrue(plural.forms().keySet().containsAll(List.of("one", "few", "many", "other")), plural.forms().toString());
        });
    }

    private static Set<String> placeholders(InterfaceStrings strings, String language, String key) {
        Set<String> names = new TreeSet<>();
        InterfaceStrings.Value value = strings.get(language, key).orElseThrow();
        List<String> texts = value instanceof InterfaceStrings.Plural plural ? List.copyOf(plural.forms().values())
                : List.of(((InterfaceStrings.Text) value).text());
        for (String text : texts) {
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        names.remove("n");
        return names;
    }
}
