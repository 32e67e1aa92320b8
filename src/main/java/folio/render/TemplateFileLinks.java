package folio.render;

import folio.content.LinkUrls;
import folio.content.Suggestions;
import folio.diag.Diagnostics;
import folio.project.Project;
import folio.site.SitePaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The site paths a template writes as a literal in {@code url()} or {@code absUrl()}
 * ({@code {{ url('style.css') }}}): each must be a file the build makes or copies. A theme file
 * deleted or misspelt ({@code styel.css}) left every page linking to nothing, with exit 0. The
 * templates' text is read with the templates and checked once the build knows every file it makes,
 * so a page kept from the last build (not rendered again) is covered too; a path held in a variable is checked where it is
 * made (a page's or entry's address). A path the build makes only for some content (a
 * collection's open data) is not checked here.
 */
public final class TemplateFileLinks {
    private static final Pattern LITERAL = Pattern.compile("\\b(?:url|absUrl)\\(\\s*(?:'([^'\\n]*)'|\"([^\"\\n]*)\")\\s*\\)");

    private TemplateFileLinks() {}

    /**
     * A collection's open data file ({@code data/reactions.csv}): made only when the site has such
     * entries (and a CSV only for flat ones), so a theme links to it inside an {@code {% if %}}
     * that this text scan cannot read.
     */
    private static boolean openData(String file) {
        for (folio.content.CollectionName collection : folio.content.CollectionName.values()) {
            if (file.equals("data/" + collection.id() + ".json") || file.equals("data/" + collection.id() + ".csv")) {
                return true;
            }
        }
        return false;
    }

    /** A path written as a literal in {@code url()} or {@code absUrl()}: the template, where, as written, and the site file it names. */
    record Literal(Path template, int line, int column, String written, String file) {}

    /**
     * Every literal path in the theme's templates. Read once with the templates (on their own
     * thread, and once per change of the templates in {@code serve}), not in each build.
     */
    static List<Literal> scan(Path root) {
        Path static_ = root.resolve("static");
        List<Path> templates;
        try (Stream<Path> walk = Files.walk(root)) {
            templates = walk.filter(p -> p.toString().endsWith(".peb") && !p.startsWith(static_) && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of(); // an unreadable templates folder is reported when it is loaded
        }
        List<Literal> literals = new ArrayList<>();
        for (Path template : templates) {
            List<String> lines;
            try {
                lines = Files.readAllLines(template);
            } catch (IOException e) {
                continue; // reported when it is loaded
            }
            for (int i = 0; i < lines.size(); i++) {
                Matcher matcher = LITERAL.matcher(lines.get(i));
                while (matcher.find()) {
                    String written = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
                    String path = written.split("[?#]", 2)[0];
                    if (!path.isEmpty() && !LinkUrls.isExternal(path) && !path.startsWith("/")) {
                        literals.add(new Literal(template, i + 1, matcher.start() + 1, written, SitePaths.file(path)));
                    }
                }
            }
        }
        return List.copyOf(literals);
    }

    /** {@code files}: every file the build writes or copies, as paths from the site's root ("style.css", "uk/about/index.html"). */
    public static void check(Project project, Templates templates, Set<String> files, Diagnostics diagnostics) {
        for (Literal literal : templates.ready().fileLinks()) {
            if (!files.contains(literal.file()) && !openData(literal.file())) {
                String hint = Suggestions.closest(literal.file(), files.stream().filter(f -> !f.endsWith(".html")).toList())
                        .map(s -> Suggestions.question(s) + " ").orElse("");
                diagnostics.error(project.display(literal.template()), literal.line(), literal.column(), "'" + literal.written()
                        + "' names site/" + literal.file() + ", which this build does not make, so every page with this link "
                        + "would link to nothing: " + hint + "the theme's files are copied from templates/static/ and "
                        + "the content's from content/; restore the file or correct the path");
            }
        }
    }
}
