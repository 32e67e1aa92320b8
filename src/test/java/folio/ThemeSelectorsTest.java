package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every class the theme's style sheets style is one the site can write: every page carries its
 * layout's sheets whole (the weight budget counts them), so a rule for markup that no template,
 * script or Java renderer writes any more (a stance matrix, a row of point numbers) is weight
 * without a reader. A class counts as written when its name appears in a template, a theme script
 * or the Java sources, or when a prefix of it ending in a hyphen is completed by a template
 * expression ({@code s-{{ r.stance.id }}} writes {@code .s-support}).
 */
class ThemeSelectorsTest {
    private static final Path THEME = Path.of("templates");
    private static final Pattern CLASS = Pattern.compile("\\.(-?[A-Za-z_][\\w-]*)");

    @Test
    void everyClassTheStyleSheetsStyleIsWrittenSomewhere() throws IOException {
        String writers = text(THEME, ".peb") + text(THEME.resolve("static"), ".js") + text(Path.of("src/main/java"), ".java");
        Set<String> unwritten = new TreeSet<>();
        for (Path sheet : files(THEME.resolve("static"), ".css")) {
            String css = withoutCommentsAndStrings(Files.readString(sheet));
            Matcher m = CLASS.matcher(css);
            while (m.find()) {
                String name = m.group(1);
                if (!written(name, writers)) {
                    unwritten.add(sheet.getFileName() + ": ." + name);
                }
            }
        }
        assertEquals(Set.of(), unwritten, "classes styled in templates/static that nothing writes: remove their rules");
    }

    private static boolean written(String name, String writers) {
        if (Pattern.compile("(?<![\\w-])" + Pattern.quote(name) + "(?![\\w-])").matcher(writers).find()) {
            return true;
        }
        for (int dash = name.indexOf('-'); dash > 0; dash = name.indexOf('-', dash + 1)) {
            String prefix = name.substring(0, dash + 1);
            if (writers.contains(prefix + "{{") || writers.contains(prefix + "' ~") || writers.contains(prefix + "\" +")) {
                return true;
            }
        }
        return false;
    }

    /** Comments and quoted strings (content: "…", url(…)) hold no selectors; numbers like .5rem are not classes either, but start with a digit. */
    private static String withoutCommentsAndStrings(String css) {
        return css.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("\"[^\"]*\"|'[^']*'", "\"\"")
                .replaceAll("\\{[^{}]*\\}", "{}");
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static String text(Path dir, String suffix) throws IOException {
        StringBuilder all = new StringBuilder();
        for (Path file : files(dir, suffix)) {
            try {
                all.append(Files.readString(file)).append('\n');
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return all.toString();
    }
}
