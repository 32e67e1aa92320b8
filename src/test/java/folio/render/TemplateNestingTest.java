package folio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Where a template nests past the limits that keep Pebble within its stack, found before Pebble reads it. */
class TemplateNestingTest {
    private static String where(String template) {
        TemplateNesting.Problem problem = TemplateNesting.problem(template);
        return problem == null ? "ok" : problem.index() + " " + problem.message().split(" ")[0];
    }

    @Test
    void tagsAreCountedInsideEachOtherNotOneAfterAnother() {
        String hundred = "{% if a %}".repeat(100) + "x" + "{% endif %}".repeat(100);
        assertEquals("ok", where(hundred + hundred));
        assertEquals("ok", where("{% for i in l %}".repeat(50) + "{% if a %}{% elseif b %}{% else %}".repeat(50) + "x"));
        assertEquals("1300 tags", where("{% block b %}".repeat(100) + "{%- macro m() %}"));
        assertEquals("ok", where("{# " + "{% if a %}".repeat(200) + " #}{% verbatim %}" + "{% if a %}".repeat(200)
                + "{% endverbatim %}"));
    }

    @Test
    void operatorsAndBracketsAreCountedInOneExpression() {
        assertEquals("ok", where("{{ 1" + " + 1".repeat(200) + " }}" + "{{ 1" + " + 1".repeat(200) + " }}"));
        assertEquals("805 more", where("{{ 1" + " + 1".repeat(201) + " }}"));
        // The '=' of a set is an operator too: over at the 200th "not".
        assertEquals("807 more", where("{% set x = " + "not ".repeat(201) + "a %}"));
        assertEquals("203 more", where("{{ " + "[".repeat(201) + "1" + "]".repeat(201) + " }}"));
        // A map's "}}" does not end the print; a string's brackets and operators are text, its #{...} is code.
        assertEquals("1009 more", where("{{ {'a': {'b': 1}} " + "| abs".repeat(200) + " }}"));
        assertEquals("ok", where("{{ '" + "((--".repeat(200) + "' ~ \"" + "[[**".repeat(200) + "\" }}"));
        assertEquals("208 more", where("{{ \"a #{ " + "(".repeat(200) + "1" + ")".repeat(200) + " } b\" }}"));
        assertEquals("ok", where("{{ \"#{ x }\" ~ \"" + "((".repeat(200) + "\" }}"));
    }

    /** The theme's templates, and folio's own partials, are far within both limits. */
    @Test
    void theThemesTemplatesAreWithinTheLimits() throws IOException {
        int checked = 0;
        for (Path folder : List.of(Path.of("templates"), Path.of("src/main/resources/folio/theme"))) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".peb")).toList()) {
                    assertNull(TemplateNesting.problem(Files.readString(file)), file.toString());
                    checked++;
                }
            }
        }
        assertTrue(checked > 20, "templates checked: " + checked);
    }
}
