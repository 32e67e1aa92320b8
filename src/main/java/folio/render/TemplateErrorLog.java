package folio.render;

import folio.diag.Diagnostics;
import folio.project.Project;
import io.pebbletemplates.pebble.error.PebbleException;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The template errors of one render stage, each reported once at its template line, however
 * many pages meet it: a mistake in base.peb is one error, not one per page. Thread-safe.
 */
final class TemplateErrorLog {
    private final Project project;
    /** Each distinct error and the pages (source paths) it was met on, sorted so the output does not depend on threads. */
    private final Map<TemplateErrors.Located, TreeSet<String>> pages = new ConcurrentHashMap<>();

    TemplateErrorLog(Project project) {
        this.project = project;
    }

    void add(PebbleException e, String template, String rendering) {
        TreeSet<String> seen = pages.computeIfAbsent(TemplateErrors.locate(e, project, template), key -> new TreeSet<>());
        synchronized (seen) {
            seen.add(rendering);
        }
    }

    void report(Diagnostics diagnostics) {
        pages.forEach((at, seen) -> {
            // A syntax error belongs to the template, whatever page uses it; a run-time error names a page it met.
            String where = at.compile() ? "" : " while rendering " + seen.first() + (seen.size() == 1 ? ""
                    : " (and " + (seen.size() - 1) + " other page" + (seen.size() == 2 ? "" : "s") + ")");
            diagnostics.error(at.path(), at.line(), 0, "template error" + where + ": " + at.message());
        });
    }
}
