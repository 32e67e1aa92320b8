package folio.render;

import folio.content.Suggestions;
import folio.diag.SourcePosition;
import folio.project.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What to say about a page's {@code layout:} that names no layout: a partial (an include, such as
 * partials/ref) rendered as a page failed inside Pebble with a message about the partial's own
 * variables ("Wrong operand(s) type in conditional expression"), and a misspelt layout named no
 * alternative. Read from the templates' text only when there is such a page.
 */
final class PageLayouts {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Pattern LAYOUT_KEY = Pattern.compile("layout\\s*:.*");

    private final Project project;
    private final Set<String> included = new HashSet<>(Partials.ALL);
    private final Set<String> extended = new HashSet<>();
    private final Set<String> extending = new HashSet<>();
    private final java.util.Map<String, java.util.Optional<String>> problems = new java.util.concurrent.ConcurrentHashMap<>();

    private PageLayouts(Project project) {
        this.project = project;
    }

    /** The layouts of the theme in {@code project}: its templates are read at the first {@link #problem}. */
    static java.util.function.Supplier<PageLayouts> of(Project project) {
        return new java.util.function.Supplier<>() {
            private PageLayouts layouts;

            @Override
            public synchronized PageLayouts get() {
                if (layouts == null) {
                    layouts = new PageLayouts(project);
                    layouts.read();
                }
                return layouts;
            }
        };
    }

    private void read() {
        Path templates = project.templates();
        for (Path file : templateFiles(templates)) {
            String name = nameOf(templates, file);
            try {
                Matcher matcher = TemplateLoops.NAMED.matcher(Files.readString(file));
                while (matcher.find()) {
                    String target = TemplateLoops.strip(matcher.group(2));
                    if (matcher.group(1).equals("extends")) {
                        extended.add(target);
                        extending.add(name);
                    } else {
                        included.add(target);
                    }
                }
            } catch (IOException | RuntimeException e) {
                // An unreadable template is reported when it is loaded.
            }
        }
    }

    /**
     * The message for {@code layout}, which names a partial, the skeleton or no template, or null when it
     * names a layout. Partials: the templates that others include or import, and those under partials/;
     * the skeleton: a template that others extend and that extends none (base).
     */
    String problem(String layout) {
        return problems.computeIfAbsent(layout, name -> java.util.Optional.ofNullable(describe(name))).orElse(null);
    }

    private String describe(String layout) {
        Path templates = project.templates();
        boolean exists = Files.isRegularFile(templates.resolve(layout + ".peb"));
        boolean partial = included.contains(layout) || layout.startsWith("partials/");
        boolean skeleton = exists && !partial && isSkeleton(layout);
        if (exists && !partial && !skeleton) {
            return null;
        }
        List<String> layouts = new ArrayList<>();
        for (Path file : templateFiles(templates)) {
            String name = nameOf(templates, file);
            // A top-level template that is not included, and not the skeleton the layouts extend (base).
            if (NAME.matcher(name).matches() && !included.contains(name) && !isSkeleton(name)) {
                layouts.add(name);
            }
        }
        String known = layouts.isEmpty() ? "the theme has no layouts (templates/NAME.peb)"
                : "the layouts are " + String.join(", ", layouts);
        String base = layout.contains("/") ? layout.substring(layout.lastIndexOf('/') + 1) : layout;
        String hint = Suggestions.didYouMean(base, layouts);
        if (skeleton) {
            return "layout '" + layout + "' is the skeleton that the layouts extend ({% extends \"" + layout + "\" %}), not a "
                    + "layout for a page (the page would lack what its own layout writes): write the page's own layout; "
                    + known;
        }
        if (exists) {
            return "layout '" + layout + "' is a partial (" + project.display(templates.resolve(layout + ".peb"))
                    + ", a piece that layouts include), not a layout for a page: " + hint + known;
        }
        Path asPartial = templates.resolve("partials").resolve(base + ".peb");
        if (Files.isRegularFile(asPartial)) {
            return "no layout '" + layout + "': " + project.display(asPartial) + " is a partial (a piece that layouts include), "
                    + "not a layout for a page: " + hint + known;
        }
        return "no layout '" + layout + "' (no file " + project.display(templates.resolve(layout + ".peb")) + "): " + hint
                + known + "; write one of them, or create the template";
    }

    /** A template that others extend and that extends none, but the default layout (see {@link LayoutTexts#maybeSkeleton}). */
    private boolean isSkeleton(String name) {
        return extended.contains(name) && !extending.contains(name) && !name.equals(folio.site.Page.DEFAULT_LAYOUT);
    }

    /** The line of the {@code layout:} key in the page's front matter; line 1 when the file has none (a translation's page). */
    static SourcePosition position(Project project, String sourcePath) {
        try {
            List<String> lines = Files.readAllLines(project.root().resolve(sourcePath));
            for (int i = 1; i < lines.size() && !lines.get(i).strip().equals("---"); i++) {
                if (LAYOUT_KEY.matcher(lines.get(i)).matches()) {
                    return new SourcePosition(sourcePath, i + 1, 1);
                }
            }
        } catch (IOException | RuntimeException e) {
            // The file was read to build the page; if it cannot be now, line 1 still names it.
        }
        return SourcePosition.of(sourcePath, 1);
    }

    private static List<Path> templateFiles(Path templates) {
        try (Stream<Path> walk = Files.walk(templates)) {
            return walk.filter(p -> p.toString().endsWith(".peb") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of();
        }
    }

    private static String nameOf(Path templates, Path file) {
        return TemplateLoops.strip(templates.relativize(file).toString().replace('\\', '/'));
    }
}
