package folio.render;

import folio.content.Suggestions;
import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import folio.project.Project;
import folio.site.AnchorCheck;
import folio.site.Page;
import folio.site.Site;
import folio.site.UrlPath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks every fragment of every internal link once the pages are rendered. The rendered HTML is
 * the one account of which ids a page has (headings, ids that templates write) and which links it
 * holds, whoever wrote them: Markdown in a page or a data file, a template's {@code url()}, a
 * literal href. Where a broken link was written comes from the Markdown link it was made from
 * ({@link AnchorCheck}), else from the template line that holds its fragment.
 */
final class FragmentChecker {
    private static final String FROM_HEADINGS = "anchors come from headings (## My heading is #my-heading)";

    /** A rendered page: its ids, and its links with a fragment to a page of this site. */
    record Rendered(Page page, String template, Set<String> ids, List<Link> links) {}

    /** A link as written in the HTML, the output file it points at and its decoded fragment. */
    record Link(String href, String target, String anchor) {}

    private final Project project;
    private final Site site;
    private final List<AnchorCheck> anchorChecks;
    private final Map<String, Rendered> pages = new ConcurrentHashMap<>();
    private final DuplicateIds duplicates;
    private final LinkTargets targets;
    /** The files of the rendered pages, once all are rendered. */
    private Set<String> pageSources;

    FragmentChecker(Project project, Site site, List<AnchorCheck> anchorChecks) {
        this.project = project;
        this.site = site;
        this.anchorChecks = anchorChecks;
        this.duplicates = new DuplicateIds(project);
        this.targets = new LinkTargets(site.config().baseUrl(), site.config().basePath());
    }

    /**
     * Reads a rendered page's ids and fragment links; thread-safe. {@code texts}: the texts whose
     * headings or footnotes the page shows, for where a repeated id comes from.
     */
    void add(Page page, String template, String html, List<folio.site.Markup> texts) {
        Set<String> ids = new HashSet<>();
        // Each repeated id once: finding where it comes from may parse the page's texts again.
        Set<String> repeated = new java.util.LinkedHashSet<>();
        List<Link> links = new ArrayList<>();
        HtmlAttributes.idsAndHrefs(html, id -> {
            if (!ids.add(id)) {
                repeated.add(id);
            }
        }, written -> {
            int hash = written.indexOf('#');
            if (hash < 0) {
                return;
            }
            String target = targets.target(page.output(), written.substring(0, hash));
            String anchor = UrlPath.decode(written.substring(hash + 1));
            if (target != null && anchor != null && !anchor.isEmpty()) {
                links.add(new Link(written, target, anchor));
            }
        });
        repeated.forEach(id -> duplicates.add(page, template, id, texts));
        pages.put(page.output(), new Rendered(page, template, ids, links));
    }

    /** What {@link #add} read of the page written to {@code output}. */
    Rendered rendered(String output) {
        return pages.get(output);
    }

    /** A page whose file the last build wrote and this one keeps, with what that build read of it. */
    void addKept(Page page, Rendered last) {
        pages.put(page.output(), new Rendered(page, last.template(), last.ids(), last.links()));
    }

    /** Reports every id repeated on a page, then every link whose fragment names no id on the page it points at. */
    void report(Diagnostics diagnostics) {
        duplicates.report(diagnostics);
        Map<String, List<AnchorCheck>> written = new HashMap<>();
        for (AnchorCheck check : anchorChecks) {
            written.computeIfAbsent(key(check.output(), check.anchor()), k -> new ArrayList<>()).add(check);
        }
        Set<String> reported = new HashSet<>();
        // A Markdown link to another page is checked even where no template shows its text.
        for (AnchorCheck check : anchorChecks) {
            Rendered target = check.output() == null ? null : pages.get(check.output());
            if (target != null && !has(target, check.anchor())) {
                SourcePosition at = check.at();
                if (reported.add(at + "#" + check.anchor())) {
                    // site.yaml's links: name an anchor that a layout writes, never a heading (that is checked on reading).
                    boolean link = at.path().endsWith("site.yaml");
                    diagnostics.error(at, "no anchor '#" + check.anchor() + "' on page '" + target.page().id() + "': "
                            + hint(check.anchor(), target) + (link ? "an anchor: under links: is an id that the page's "
                            + "layout writes (id=\"...\" in its template); for a heading of its text, use heading: instead" : FROM_HEADINGS));
                }
            }
        }
        Map<String, TemplateLink> fromTemplates = new LinkedHashMap<>();
        List<Rendered> sorted = new ArrayList<>(pages.values());
        sorted.sort(Comparator.comparing(r -> r.page().output()));
        for (Rendered page : sorted) {
            for (Link link : page.links()) {
                Rendered target = pages.get(link.target());
                if (target == null || has(target, link.anchor()) || written.containsKey(key(link.target(), link.anchor()))) {
                    continue;
                }
                List<AnchorCheck> samePage = written.getOrDefault(key(null, link.anchor()), List.of());
                if (target == page && reportSamePage(diagnostics, reported, page, samePage, link.anchor())) {
                    continue;
                }
                SourcePosition found = TemplateSearch.find(project, page.template(), "#" + link.anchor());
                SourcePosition at = found.line() > 0 ? found : SourcePosition.of(page.page().sourcePath(), 0);
                fromTemplates.computeIfAbsent(at + "#" + link.anchor(), k -> new TemplateLink(at, page, link, target, new HashSet<>()))
                        .pages().add(page.page().output());
            }
        }
        fromTemplates.values().forEach(found -> {
            int others = found.pages().size() - 1;
            diagnostics.error(found.at(), "no anchor '#" + found.link().anchor() + "'"
                    + (found.link().href().startsWith("#") ? "" : " on page '" + found.target().page().id() + "'") + " for the link href=\"" + found.link().href() + "\" in the page for " + found.first().page().sourcePath()
                    + (others > 0 ? " (and " + others + " other page" + (others == 1 ? "" : "s") + ")" : "") + ": "
                    + hint(found.link().anchor(), found.target()) + FROM_HEADINGS + " or from id=\"...\" in a template"
                    + TemplateSearch.builtIn("#" + found.link().anchor()).filter(partial -> found.at().line() == 0)
                            .map(partial -> "; folio's built-in " + partial + ".peb writes this link: give that page an element with id=\""
                                    + found.link().anchor() + "\", or write your own templates/" + partial + ".peb").orElse(""));
        });
    }

    /** A broken link a template wrote, reported once for all the pages it is on. */
    private record TemplateLink(SourcePosition at, Rendered first, Link link, Rendered target, Set<String> pages) {}

    /**
     * A {@code #x} written in Markdown: in this page's own text, or in a text shown on pages other
     * than its file's own (a data file's entry is shown wherever a template puts it). Texts of
     * other pages are not to blame.
     */
    private boolean reportSamePage(Diagnostics diagnostics, Set<String> reported, Rendered page, List<AnchorCheck> checks,
                                   String anchor) {
        boolean found = false;
        for (AnchorCheck check : checks) {
            SourcePosition at = check.at();
            boolean own = at.path().equals(page.page().sourcePath());
            if (!own && pageSources().contains(at.path())) {
                continue;
            }
            found = true;
            if (reported.add(at + "#" + anchor)) {
                diagnostics.error(at, "no anchor '#" + anchor + "' on page '" + page.page().id() + "'"
                        + (own ? "" : ", where this text is shown") + ": " + hint(anchor, page) + FROM_HEADINGS);
            }
        }
        return found;
    }

    private Set<String> pageSources() {
        if (pageSources == null) {
            pageSources = new HashSet<>();
            pages.values().forEach(p -> pageSources.add(p.page().sourcePath()));
        }
        return pageSources;
    }

    private static String key(String output, String anchor) {
        return (output == null ? "" : output) + "#" + anchor;
    }

    /** "#top" always works: browsers scroll to the top of the page when no element has that id. */
    private static boolean has(Rendered page, String anchor) {
        return page.ids().contains(anchor) || anchor.equalsIgnoreCase("top");
    }

    /** The nearest id on the page: by spelling, else one that starts with the anchor, else the closest of all. */
    private static String hint(String anchor, Rendered page) {
        if (anchor.length() > 200) {
            return "";
        }
        return Suggestions.closest(anchor, page.ids())
                .or(() -> page.ids().stream().filter(id -> id.startsWith(anchor)).sorted().findFirst())
                .map(s -> Suggestions.question("#" + s) + " ")
                .or(() -> Suggestions.nearest(anchor, page.ids()).map(s -> "the nearest anchor there is '#" + s + "'; "))
                .orElse("the page has no anchors; ");
    }
}
