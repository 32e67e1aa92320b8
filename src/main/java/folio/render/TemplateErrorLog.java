package folio.render;

import folio.diag.Diagnostics;
import folio.project.Project;
import io.pebbletemplates.pebble.error.PebbleException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The template errors of one render stage, each reported once at its template line, however
 * many pages meet it: a mistake in base.peb is one error, not one per page. Thread-safe.
 */
final class TemplateErrorLog {
    /**
     * What makes two errors one: the template line and the message, or for a value of the wrong
     * type (whose message quotes the value, different on every page) the kind of failure.
     */
    private record Key(String path, int line, boolean compile, String kind) {}

    private final Project project;
    /** Each distinct error and the pages (source paths) it was met on with what it said there, sorted so the output does not depend on threads. */
    private final Map<Key, TreeMap<String, TemplateErrors.Located>> pages = new ConcurrentHashMap<>();
    private final java.util.List<TemplateNames.Finding> unreached = new java.util.concurrent.CopyOnWriteArrayList<>();

    TemplateErrorLog(Project project) {
        this.project = project;
    }

    void add(PebbleException e, String template, String rendering) {
        add(TemplateErrors.locate(e, project, template), null, rendering);
    }

    /** An exception Pebble's own code threw ({@link TemplateErrors#thrownByPebble}): a value of a type it cannot take. */
    void addWrongType(RuntimeException e, String template, String rendering) {
        add(TemplateErrors.locate(PebbleCrashes.fromPebble(e, template), project, template), e.getClass().getName(), rendering);
    }

    /** A template that Pebble's parser could not compile without throwing ({@link TemplateErrors#crashedTemplate}). */
    void addCrash(String crashed, String rendering) {
        add(PebbleCrashes.crash(project, crashed), null, rendering);
    }

    /**
     * A template that did not compile ({@link Templates#failures}), unless a page met its error: one
     * no page uses (no layout names it, no template includes it) is reported as a syntax error in a
     * used one is, at its file and line, with no page.
     */
    void addUnrendered(String template, PebbleException e) {
        addUnrendered(TemplateErrors.locate(e, project, template));
    }

    /** Likewise for a template Pebble's parser threw on ({@link Templates#crashes}). */
    void addUnrenderedCrash(String template) {
        addUnrendered(PebbleCrashes.crash(project, template));
    }

    /**
     * A call that would fail when its line runs ({@link TemplateNames}): a warning at its line, unless a page met an
     * error there (then that error says it). No page ran the line, so the site is built as it is.
     */
    void addUnreached(TemplateNames.Finding finding) {
        unreached.add(finding);
    }

    private void addUnrendered(TemplateErrors.Located at) {
        if (pages.keySet().stream().noneMatch(key -> key.path().equals(at.path()) && key.line() == at.line())) {
            add(new TemplateErrors.Located(at.path(), at.line(), at.column(), at.message(), true), null, "");
        }
    }

    private void add(TemplateErrors.Located at, String kind, String rendering) {
        Key key = new Key(at.path(), at.line(), at.compile(), kind == null ? at.message() : kind);
        TreeMap<String, TemplateErrors.Located> seen = pages.computeIfAbsent(key, k -> new TreeMap<>());
        synchronized (seen) {
            seen.putIfAbsent(rendering, at);
        }
    }

    void report(Diagnostics diagnostics) {
        Map<String, java.util.List<TemplateNames.Finding>> findings = new java.util.HashMap<>();
        for (TemplateNames.Finding finding : unreached) {
            findings.computeIfAbsent(path(finding) + ":" + finding.line(), k -> new java.util.ArrayList<>()).add(finding);
        }
        java.util.Set<String> relocated = new java.util.HashSet<>();
        pages.values().forEach(seen -> {
            // A syntax error belongs to the template, whatever page uses it; a run-time error names a page it met.
            TemplateErrors.Located at = relocated(seen.firstEntry().getValue(), findings);
            relocated.add(at.path() + ":" + at.line());
            String where = at.compile() ? "" : " while rendering " + seen.firstKey() + (seen.size() == 1 ? ""
                    : " (and " + (seen.size() - 1) + " other page" + (seen.size() == 2 ? "" : "s") + ")");
            // Pebble's message for a name no one has says nothing of what to do: what TemplateNames found at the line does.
            StringBuilder hints = new StringBuilder();
            if (!at.compile()) {
                findings.getOrDefault(at.path() + ":" + at.line(), java.util.List.of()).forEach(f -> hints.append(' ').append(f.hint()));
            }
            // One in the interface strings (ThemeFileException) or the map's data is the file's, and says which template asked.
            diagnostics.error(at.path(), at.line(), at.column(), at.path().endsWith(".peb")
                    ? "template error" + where + ": " + at.message() + hints : at.message());
        });
        for (TemplateNames.Finding finding : unreached) {
            String path = path(finding);
            if (!relocated.contains(path + ":" + finding.line())
                    && pages.keySet().stream().noneMatch(key -> key.path().equals(path) && key.line() == finding.line())) {
                diagnostics.add(folio.diag.Diagnostic.warning(path, finding.line(), 0, finding.message()));
            }
        }
    }

    private static final java.util.regex.Pattern NO_MACRO = java.util.regex.Pattern.compile("Function or Macro \\[([^\\]]+)\\] does not exist.*", java.util.regex.Pattern.DOTALL);

    /**
     * Pebble names a missing function or macro, called in a block of a template that extends another, at the line of
     * the call but in the template at the top of the hierarchy (base.peb:3 for page.peb:3): such an error goes to the
     * template where {@link TemplateNames} found that name's call at that line, when exactly one did.
     */
    private static TemplateErrors.Located relocated(TemplateErrors.Located at, Map<String, java.util.List<TemplateNames.Finding>> findings) {
        java.util.regex.Matcher missing = NO_MACRO.matcher(at.message());
        if (at.compile() || !missing.matches() || findings.containsKey(at.path() + ":" + at.line())) {
            return at;
        }
        String name = "'" + missing.group(1) + "'";
        java.util.Set<String> places = new java.util.TreeSet<>();
        findings.forEach((key, list) -> {
            String path = key.substring(0, key.lastIndexOf(':'));
            if (key.endsWith(":" + at.line()) && list.stream().anyMatch(f -> f.problem().contains(name))) {
                places.add(path);
            }
        });
        return places.size() != 1 ? at : new TemplateErrors.Located(places.iterator().next(), at.line(), at.column(), at.message(), false);
    }

    private String path(TemplateNames.Finding finding) {
        return project.display(project.templates().resolve(finding.template() + ".peb"));
    }
}
