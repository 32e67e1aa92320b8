package folio.render;

import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import folio.project.Project;
import folio.site.Page;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An id may appear once on a rendered page: with two, a link to it lands on the first, and the
 * page is not valid HTML. A duplicate comes from a template (an id written twice, or one that
 * collides with a heading's anchor), since Markdown headings of one text get distinct anchors
 * (-1, -2); it is reported at the template line that writes it, once for all pages.
 */
final class DuplicateIds {
    private final Project project;
    /** By layout and id: the pages (by output path) the id is repeated on. */
    private final Map<String, Map<String, Page>> found = new ConcurrentHashMap<>();

    DuplicateIds(Project project) {
        this.project = project;
    }

    /** Thread-safe. */
    void add(Page page, String template, String id) {
        Map<String, Page> pages = found.computeIfAbsent(template + "\n" + id, k -> new TreeMap<>());
        synchronized (pages) {
            pages.put(page.output(), page);
        }
    }

    void report(Diagnostics diagnostics) {
        found.forEach((key, pages) -> {
            String template = key.substring(0, key.indexOf('\n'));
            String id = key.substring(key.indexOf('\n') + 1);
            Page first = pages.values().iterator().next();
            SourcePosition written = TemplateSearch.find(project, template, "id=\"" + id + "\"");
            SourcePosition at = written.line() > 0 ? written : TemplateSearch.find(project, template, "id=\"");
            int others = pages.size() - 1;
            String hint = first.contentHtml().hasHeading(id)
                    ? "a heading in " + first.sourcePath() + " has the anchor '#" + id + "' too: rename the heading or the "
                            + "template's id"
                    : "write it once, or give each element its own id";
            diagnostics.error(at, "id '" + id + "' appears more than once on the page for " + first.sourcePath()
                    + (others > 0 ? " (and " + others + " other page" + (others == 1 ? "" : "s") + ")" : "")
                    + ": links to #" + id + " land on the first, and the page is not valid HTML; " + hint);
        });
    }
}
