package folio.site;

import folio.content.ContentParser;
import folio.content.ContentParser.Entry;
import folio.content.ContentParser.ParsedPage;
import folio.content.Raw;
import folio.content.Suggestions;
import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives each page its id, URL and output file, and checks that no two pages share one; then builds
 * each page once every reference target is known. The menu that names pages is {@link MenuReader}'s.
 */
final class PageAssembler {
    /** A page before its Markdown is rendered. */
    record PagePlan(ParsedPage parsed, String id, String url, String output) {
        Raw.Page raw() {
            return parsed.raw();
        }
    }

    private PageAssembler() {}

    /** The not-found page: content/404.md, or a page of the 404 layout, and the one file a host serves for it. */
    private static final String NOT_FOUND_ID = "404";
    private static final String NOT_FOUND_URL = "404.html";

    /**
     * The pages to build, and the ids of those refused with an error (a bad or clashing address):
     * they exist, so the menu, links: and [[page:]] references that name them report nothing more.
     */
    record Planned(List<PagePlan> plans, Set<String> refused, Map<String, UnbuiltLister> unbuiltListers,
                   Map<String, String> drafts) {}

    /**
     * What to say of a page named (in the menu, links:, a reference or a link) that is a draft left
     * out of this build ({@code file} its file): it exists, so "does not exist: create it" would be wrong.
     */
    static String draftLeftOut(String file) {
        return file + " is a draft (draft: true), left out of this build, so this would link nowhere: publish it, build "
                + "with --drafts to preview it, or name a published page";
    }

    /**
     * A page that lists a collection but is not built: refused with an error of its own, or a draft
     * ({@code draft} its file, null when refused). A reference to the collection then has nowhere to link,
     * and "add 'lists: actors' to the page that shows them" would be wrong: the page has it.
     */
    record UnbuiltLister(String draft) {
        static final UnbuiltLister REFUSED = new UnbuiltLister(null);
    }

    /**
     * {@code editionFolders}: the folders other languages' editions are written to ("uk/"), which
     * no page of this edition may write into; empty for an edition that is itself in such a folder.
     */
    static Planned plan(List<ParsedPage> pages, boolean drafts, List<String> editionFolders, Diagnostics diagnostics) {
        List<PagePlan> plans = new ArrayList<>();
        Set<String> refused = new HashSet<>();
        Map<String, PagePlan> byOutput = new HashMap<>();
        Map<String, PagePlan> byLists = new HashMap<>();
        Map<String, UnbuiltLister> unbuilt = new HashMap<>();
        Map<String, String> draftFiles = new HashMap<>();
        for (ParsedPage page : pages) {
            Raw.Page raw = page.raw();
            String relative = page.file().relative();
            String id = relative.substring(0, relative.length() - ".md".length());
            if (Boolean.TRUE.equals(raw.draft()) && !drafts) {
                unbuilt(raw, new UnbuiltLister(page.file().path()), unbuilt);
                draftFiles.put(id, page.file().path());
                continue;
            }
            SourcePosition at = SourcePosition.of(page.file().path(), 1);
            // title: ~, title: null, nothing after the colon (YAML's "no value", not the word) or title: "" is told at that line.
            if (NoValue.isEmpty(raw.title())
                    && !NoValue.report(page.frontMatter(), "title", NoValue.Write.text("the page's", "title"), diagnostics)) {
                diagnostics.error(at.atLine(page.frontMatter().origin().line()),
                        "page has no title: add title: ... to its front matter");
            }
            String url = urlOf(id);
            if (UrlPath.problem(id) != null) {
                // Also with a url: the file name is in the page's edit link.
                diagnostics.error(at, "the file name " + relative + " cannot be part of a web address (" + UrlPath.problem(id)
                        + "): rename it with " + UrlPath.RULE);
                refuse(id, raw, refused, unbuilt);
                continue;
            }
            if (raw.url() != null) {
                SourcePosition urlAt = page.frontMatter().keyAt("url", at);
                String custom = raw.url().strip();
                String decoded = UrlPath.decode(custom);
                String problem = decoded == null ? "it has a '%' that is not followed by two hex digits of UTF-8"
                        : UrlPath.problem(decoded);
                if (problem == null && !(decoded.endsWith("/") || decoded.endsWith(".html"))) {
                    problem = "it does not end in / or .html";
                }
                if (problem != null) {
                    diagnostics.error(urlAt, "url '" + custom + "' is not a site path (" + problem + "): write a relative "
                            + "path of " + UrlPath.RULE + ", ending in / or .html, like news/ or 404.html");
                    refuse(id, raw, refused, unbuilt);
                    continue;
                }
                url = decoded;
            }
            if ((id.equals(NOT_FOUND_ID) || NOT_FOUND_ID.equals(raw.layout())) && !url.equals(NOT_FOUND_URL)) {
                // GitHub Pages (and most static hosts) answer every missing address with /404.html and nothing else.
                diagnostics.error(raw.url() != null ? page.frontMatter().keyAt("url", at) : at, "the not-found page is written to '"
                        + url + "', but a static host shows only " + NOT_FOUND_URL + " for an address it does not have: "
                        + (raw.url() != null ? "write url: " + NOT_FOUND_URL : "add url: " + NOT_FOUND_URL + " to its front matter"));
            }
            String folder = editionFolder(url, editionFolders);
            if (folder != null) {
                diagnostics.error(raw.url() != null ? page.frontMatter().keyAt("url", at) : at, "this page's address '" + url
                        + "' is inside " + folder + ": " + folder + " is where the " + folder.substring(0, folder.length() - 1)
                        + " edition of the site is written, and the two would overwrite each other's pages: rename the file "
                        + "or its folder, or give the page another url:");
                refuse(id, raw, refused, unbuilt);
                continue;
            }
            String output = SitePaths.output(url);
            PagePlan plan = new PagePlan(page, id, url, output);
            PagePlan other = byOutput.putIfAbsent(output, plan);
            if (other != null) {
                diagnostics.error(at, "this page and " + other.parsed().file().path() + " both write " + output
                        + ": rename one or give one a different url:");
                refuse(id, raw, refused, unbuilt);
                continue;
            }
            if (raw.layout() == null && page.frontMatter().node().get("layout").isPresent()) {
                // layout: ~ (or nothing after the colon) fell back to 'page' without a word, and the page then
                // lacked what its own layout writes (an anchor that site.yaml's links: names, its listing).
                diagnostics.error(page.frontMatter().keyAt("layout", at), "layout: has no value: write the name of the "
                        + "page's layout (a template at the top of templates/, like about for templates/about.peb), or "
                        + "delete the line for the default layout, page");
            }
            SourcePosition listsAt = page.frontMatter().keyAt("lists", at);
            for (String collection : raw.lists() == null ? List.<String>of() : raw.lists()) {
                if (!ContentParser.COLLECTIONS.contains(collection) && !collection.equals("provisions")) {
                    List<String> known = new ArrayList<>(List.of("provisions"));
                    known.addAll(ContentParser.COLLECTIONS);
                    diagnostics.error(listsAt, "lists: '" + collection + "' is not a collection: "
                            + Suggestions.didYouMean(collection, known) + "use one of " + String.join(", ", known));
                    continue;
                }
                PagePlan lister = byLists.putIfAbsent(collection, plan);
                if (lister != null) {
                    diagnostics.error(listsAt, "two pages list " + collection + " (this one and "
                            + lister.parsed().file().path() + "): keep it in the lists: of one of them");
                }
            }
            plans.add(plan);
        }
        byLists.keySet().forEach(unbuilt::remove); // another page lists it: links go there
        return new Planned(plans, Set.copyOf(refused), Map.copyOf(unbuilt), Map.copyOf(draftFiles));
    }

    /** Refuses page {@code id} after its error is reported: it exists, but is not built. */
    private static void refuse(String id, Raw.Page raw, Set<String> refused, Map<String, UnbuiltLister> unbuilt) {
        refused.add(id);
        unbuilt(raw, UnbuiltLister.REFUSED, unbuilt);
    }

    /** Records, for each collection {@code raw} lists, that its lister is not built (a refused one over a draft). */
    private static void unbuilt(Raw.Page raw, UnbuiltLister why, Map<String, UnbuiltLister> unbuilt) {
        for (String collection : raw.lists() == null ? List.<String>of() : raw.lists()) {
            unbuilt.merge(collection, why, (old, now) -> old.draft() == null ? old : now);
        }
    }

    private static String editionFolder(String url, List<String> editionFolders) {
        for (String folder : editionFolders) {
            if (url.regionMatches(true, 0, folder, 0, folder.length())) {
                return folder;
            }
        }
        return null;
    }

    /** Builds a planned page: its dates, and its body with every reference resolved. */
    static Page build(AssemblyContext context, PagePlan plan) {
        Raw.Page raw = plan.raw();
        String path = plan.parsed().file().path();
        Entry<Raw.Page> entry = new Entry<>(raw, SourcePosition.of(path, plan.parsed().frontMatter().origin().line()),
                plan.parsed().frontMatter());
        PartialDate date = context.checks.date(entry, "date", raw.date(), false, false, "page");
        PartialDate updated = context.checks.date(entry, "updated", raw.updated(), false, false, "page");
        if (date != null && updated != null && updated.end().isBefore(date.start())) {
            // Shown as "first published ... updated ...", and as JSON-LD's dateModified before datePublished: a typo.
            context.diagnostics.error(entry.keyAt("updated"), "updated " + raw.updated().strip() + " is before date "
                    + raw.date().strip() + ": a page cannot be updated before it is first published; fix one of the two");
        }
        Link owner = new Link(raw.title() == null ? plan.id() : raw.title(), plan.url());
        String relative = plan.parsed().file().relative();
        String baseDir = relative.contains("/") ? relative.substring(0, relative.lastIndexOf('/') + 1) : "";
        Markup html = context.resolver.renderBody(plan.parsed().body().parseToResolve(context.markdown, context.diagnostics), owner, baseDir);
        return new Page(plan.id(), path, plan.url(), plan.output(), raw.title() == null ? "" : raw.title(), raw.description(),
                date, updated, raw.layout() == null ? Page.DEFAULT_LAYOUT : raw.layout(), raw.lists() == null ? List.of() : List.copyOf(raw.lists()),
                raw.weight() == null ? 0 : raw.weight(), html, Params.of(raw.params()),
                context.editUrl(path), null);
    }

    /** "index" is the home page; "a/index" is "a/"; "a/b" is "a/b/". */
    static String urlOf(String id) {
        if (id.equals("index")) {
            return "";
        }
        if (id.endsWith("/index")) {
            return id.substring(0, id.length() - "index".length());
        }
        return id + "/";
    }
}
