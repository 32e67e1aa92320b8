package folio.render;

import folio.diag.SourcePosition;
import folio.project.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds the template line that produced a piece of output, for messages about rendered HTML. */
final class TemplateSearch {
    private TemplateSearch() {}

    /**
     * The first line containing {@code needle}, in the page's layout first and then in every other
     * template (partials, base layouts); the layout file without a line when nothing matches (the
     * value came from a variable).
     */
    static SourcePosition find(Project project, String layout, String needle) {
        Path first = project.templates().resolve(layout + ".peb");
        List<Path> candidates = new ArrayList<>(List.of(first));
        try (Stream<Path> walk = Files.walk(project.templates())) {
            walk.filter(p -> p.toString().endsWith(".peb") && !p.equals(first)).sorted().forEach(candidates::add);
        } catch (IOException | java.io.UncheckedIOException e) {
            // Search the layout alone.
        }
        for (Path file : candidates) {
            try {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).contains(needle)) {
                        return new SourcePosition(project.display(file), i + 1, lines.get(i).indexOf(needle) + 1);
                    }
                }
            } catch (IOException e) {
                // Unreadable templates were reported when they were loaded.
            }
        }
        return SourcePosition.of(project.display(first), 0);
    }

    /**
     * The built-in template (see {@link ThemeLoader}) that holds {@code needle}, for output the
     * theme did not write itself: "partials/cite".
     */
    static java.util.Optional<String> builtIn(String needle) {
        for (String partial : Partials.ALL) {
            try (java.io.InputStream in = TemplateSearch.class.getClassLoader().getResourceAsStream("folio/theme/" + partial + ".peb")) {
                if (in != null && new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).contains(needle)) {
                    return java.util.Optional.of(partial);
                }
            } catch (IOException e) {
                // Not in this one.
            }
        }
        return java.util.Optional.empty();
    }
}
