package folio.render;

import io.pebbletemplates.pebble.error.PebbleException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a loop of includes, extends and imports closes: a partial that includes itself filled the
 * stack of every page that used it, and each layout was reported on its own (11 errors on the real
 * theme for one line). Read from the templates' text, from the layout of a page that overflowed and
 * then from the partials folio's own functions render. Where the loop closed as the templates ran
 * ({@link TemplateCalls}: a macro's loop, an include of a computed name) is asked first.
 */
final class TemplateLoops {
    /** A tag that names another template: group 1 the tag (include, import, embed, extends), group 2 the name. */
    static final Pattern NAMED = Pattern.compile("\\{%-?\\s*(include|import|embed|extends)\\s+[\"']([^\"']+)[\"']");

    /** A template that calls itself without end: thrown in place of the StackOverflowError. */
    static final class LoopException extends PebbleException {
        /** Where the loop closed as the templates ran ({@link TemplateCalls}); null when no macro or include frame was in it. */
        private final transient TemplateCalls.Loop calls;

        LoopException(String message, String template, TemplateCalls.Loop calls) {
            super(null, message, null, template);
            this.calls = calls;
        }

        TemplateCalls.Loop calls() {
            return calls;
        }
    }

    /** The template (as a name under the templates folder, without .peb) and line whose include, extends or import closes a loop. */
    record Closing(String template, int line) {}

    private TemplateLoops() {}

    static Optional<Closing> from(Path root, String layout) {
        Set<String> done = new HashSet<>();
        Optional<Closing> found = visit(root, strip(layout), new ArrayList<>(), done);
        // The partials folio's functions render (a [@id] or cite(), references(), oblastMap()) are reached by no
        // tag: a loop in one of them (partials/cite.peb including itself) closes on no path from the layout, and
        // each layout was reported on its own, at no line.
        for (int i = 0; found.isEmpty() && i < Partials.ALL.size(); i++) {
            found = visit(root, Partials.ALL.get(i), new ArrayList<>(), done);
        }
        return found;
    }

    private static Optional<Closing> visit(Path root, String name, List<String> path, Set<String> done) {
        if (!done.add(name)) {
            return Optional.empty();
        }
        path.add(name);
        List<String> lines = read(root, name);
        for (int i = 0; i < lines.size(); i++) {
            Matcher matcher = NAMED.matcher(lines.get(i));
            while (matcher.find()) {
                String next = strip(matcher.group(2));
                if (path.contains(next)) {
                    return Optional.of(new Closing(name, i + 1));
                }
                Optional<Closing> found = visit(root, next, path, done);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        path.remove(path.size() - 1);
        return Optional.empty();
    }

    /**
     * The loop the tag on {@code line} of {@code template} closes, read from the tags, as steps from that tag
     * round to it again ({@code templates/partials/c.peb:4 includes partials/a}, then {@code a}'s and {@code b}'s):
     * a message that named the closing tag alone said "the template calls itself" of c, which calls a, which calls b,
     * which calls c. Empty when the tag names its own template or no such path is found (a computed name).
     */
    static List<String> steps(Path root, String template, int line) {
        String from = strip(template);
        List<String> lines = read(root, from);
        if (line < 1 || line > lines.size()) {
            return List.of();
        }
        Matcher matcher = NAMED.matcher(lines.get(line - 1));
        while (matcher.find()) {
            String next = strip(matcher.group(2));
            if (next.equals(from)) {
                return List.of();
            }
            List<String> rest = path(root, next, from, new HashSet<>());
            if (rest != null) {
                List<String> steps = new ArrayList<>();
                steps.add(step(from, line, matcher.group(1), next));
                steps.addAll(rest);
                return steps;
            }
        }
        return List.of();
    }

    /** The steps by tags from template {@code from} to {@code to}, or null when there is no such path. */
    private static List<String> path(Path root, String from, String to, Set<String> seen) {
        if (!seen.add(from)) {
            return null;
        }
        List<String> lines = read(root, from);
        for (int i = 0; i < lines.size(); i++) {
            Matcher matcher = NAMED.matcher(lines.get(i));
            while (matcher.find()) {
                String next = strip(matcher.group(2));
                String step = step(from, i + 1, matcher.group(1), next);
                if (next.equals(to)) {
                    return new ArrayList<>(List.of(step));
                }
                List<String> rest = path(root, next, to, seen);
                if (rest != null) {
                    rest.add(0, step);
                    return rest;
                }
            }
        }
        return null;
    }

    private static String step(String template, int line, String tag, String next) {
        return "templates/" + template + ".peb:" + line + " " + (tag.endsWith("s") ? tag : tag + "s") + " " + next;
    }

    private static List<String> read(Path root, String name) {
        try {
            return Files.readAllLines(root.resolve(name + ".peb"));
        } catch (IOException | RuntimeException e) {
            return List.of(); // a missing or unreadable template is reported as such
        }
    }

    /** A template's name as a tag writes it, without the .peb it may add. */
    static String strip(String name) {
        return name.endsWith(".peb") ? name.substring(0, name.length() - ".peb".length()) : name;
    }
}
