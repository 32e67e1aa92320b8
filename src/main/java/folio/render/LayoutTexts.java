package folio.render;

import folio.project.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;

/**
 * The text of each layout this build's pages use, read once a build: for the first guess about a
 * layout's reference list, and to tell the skeleton the layouts extend (base) from a layout without
 * reading the rest of the theme. A page whose layout: is the skeleton rendered a page without
 * what its real layout writes, and failed later at that ("no anchor '#updates-and-corrections' on
 * page 'about'" at site.yaml).
 */
final class LayoutTexts {
    private final Project project;
    private final Set<String> used;
    private final Map<String, Optional<String>> texts = new ConcurrentHashMap<>();

    /** {@code used}: the layouts of the pages this build renders. */
    LayoutTexts(Project project, Set<String> used) {
        this.project = project;
        this.used = Set.copyOf(used);
    }

    /** The text of templates/{@code layout}.peb, empty when it cannot be read (reported when it is loaded). */
    Optional<String> text(String layout) {
        return texts.computeIfAbsent(layout, name -> {
            try {
                return Optional.of(Files.readString(project.templates().resolve(name + ".peb")));
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        });
    }

    /**
     * Whether {@code layout} may be the skeleton: it extends no template, another layout in use
     * extends it, and it is not the default layout (page), which themes without a skeleton of its own
     * have other layouts extend (home extends page). Only a layout that extends nothing costs the reading of the others' texts, and
     * those are read anyway to render their pages.
     */
    boolean maybeSkeleton(String layout) {
        Optional<String> text = text(layout);
        if (layout.equals(folio.site.Page.DEFAULT_LAYOUT) || text.isEmpty() || extended(text.get()).isPresent()) {
            return false;
        }
        for (String other : used) {
            if (!other.equals(layout) && !other.contains("/")
                    && text(other).flatMap(LayoutTexts::extended).filter(layout::equals).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The template that {@code text} extends, if it does. */
    private static Optional<String> extended(String text) {
        Matcher matcher = TemplateLoops.NAMED.matcher(text);
        while (matcher.find()) {
            if (matcher.group(1).equals("extends")) {
                return Optional.of(TemplateLoops.strip(matcher.group(2)));
            }
        }
        return Optional.empty();
    }
}
