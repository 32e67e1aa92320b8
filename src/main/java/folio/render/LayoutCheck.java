package folio.render;

import folio.project.Project;
import java.nio.file.Files;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The layouts one build's pages use, as {@link PageRenderer} asks of them before a page: whether a page's layout
 * can render it (its name is a template's name, and the template is a layout, not a partial or the skeleton the
 * layouts extend), and the first guess whether a layout shows the reference list. Each answer is worked out once
 * per layout.
 */
final class LayoutCheck {
    private static final Pattern TEMPLATE_NAME = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*");
    private final Project project;
    /** The theme's layouts and partials, read at the first page whose layout is checked. */
    private final Supplier<PageLayouts> layouts;
    /** The text of each layout in use, read once. */
    private final LayoutTexts texts;
    /**
     * Why each layout in use cannot be one ("" when it can), worked out at its first page: the answer
     * is the same for every page of a build, and asking the file system again for each page cost
     * about 60 ms of CPU on 10,000 pages.
     */
    private final Map<String, String> problems = new ConcurrentHashMap<>();

    /** {@code used}: the layouts of the pages this build renders. */
    LayoutCheck(Project project, Set<String> used) {
        this.project = project;
        this.layouts = PageLayouts.of(project);
        this.texts = new LayoutTexts(project, used.stream().filter(LayoutCheck::isName).collect(Collectors.toSet()));
    }

    /** Whether {@code layout} is a template's name: letters, digits, - and _, in folders. */
    private static boolean isName(String layout) {
        // Java's regex engine recurses once per repeated group: bound the length first.
        return layout.length() <= 200 && TEMPLATE_NAME.matcher(layout).matches();
    }

    /** Why {@code template} cannot be a page's layout, or "" when it can. */
    String problem(String template) {
        if (!isName(template)) {
            return "layout '" + template + "' is not a template name: use letters, digits, - and _";
        }
        return problems.computeIfAbsent(template, this::layoutProblem);
    }

    private String layoutProblem(String template) {
        // A template at the top of templates/ is taken as a layout without reading the theme (every build),
        // unless it may be the skeleton the layouts extend.
        String problem = !template.contains("/") && Files.isRegularFile(project.templates().resolve(template + ".peb"))
                && !texts.maybeSkeleton(template) ? null : layouts.get().problem(template);
        return problem == null ? "" : problem;
    }

    /**
     * A first guess, before any page of a layout is rendered: a template that replaces the
     * references block without calling references() shows no list. A wrong guess costs a second
     * rendering of the page, never a wrong page.
     */
    boolean showsList(String template) {
        return texts.text(template).map(text -> {
            int block = text.indexOf("{% block references %}");
            return block < 0 || text.indexOf("references()", block) >= 0;
        }).orElse(true);
    }
}
