package folio.site;

import folio.content.ContentParser.Entry;
import folio.content.Raw;
import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Splits a listing page into numbered pages, as Hugo's paginate does: a page with
 * {@code lists: sources} and {@code paginate: 80} is written as sources/, sources/2/, ...
 * Which page holds an item is known before the typed records are built, so every link to an
 * item (citations, references, back-links) goes straight to the page that shows it. The order
 * used here is the display order the assembler sorts each collection into.
 */
final class Pagination {
    /** A paginated collection: its first page's URL, items per page, and each item's page number. */
    record Plan(String collection, String url, int size, Map<String, Integer> pageOf, int count) {
        String pageUrl(int number) {
            return Pagination.pageUrl(url, number);
        }
    }

    private Pagination() {}

    /** The site path of page {@code number} of a listing at {@code url}: url, url + "2/", ... */
    static String pageUrl(String url, int number) {
        return number == 1 ? url : url + number + "/";
    }

    /** Places each id, in display order, on its page. */
    static Plan plan(String collection, String url, int size, List<String> orderedIds) {
        Map<String, Integer> pageOf = new HashMap<>();
        for (int i = 0; i < orderedIds.size(); i++) {
            pageOf.put(orderedIds.get(i), i / size + 1);
        }
        int count = Math.max(1, (orderedIds.size() + size - 1) / size);
        return new Plan(collection, url, size, Map.copyOf(pageOf), count);
    }

    /**
     * Plans the pages of every listing with {@code paginate: N}, by collection; reports a bad
     * value at its line. {@code entries} holds the collections that can be split.
     */
    static Map<String, Plan> planAll(List<PageAssembler.PagePlan> plans, Diagnostics diagnostics,
                                     Map<String, Map<String, ? extends Entry<?>>> entries) {
        Map<String, Plan> paginated = new HashMap<>();
        for (PageAssembler.PagePlan plan : plans) {
            Integer size = plan.raw().paginate();
            if (size == null) {
                continue;
            }
            SourcePosition at = plan.parsed().frontMatter().keyAt("paginate", SourcePosition.of(plan.parsed().file().path(), 1));
            List<String> lists = plan.raw().lists() == null ? List.of() : plan.raw().lists();
            String collection = lists.isEmpty() ? null : lists.get(0);
            if (size < 1) {
                diagnostics.error(at, "paginate: " + size + " must be a whole number of items per page from 1, like paginate: 80");
            } else if (collection == null) {
                diagnostics.error(at, "paginate: splits the list a page shows, but this page lists nothing: "
                        + "add lists: COLLECTION (like lists: sources), or remove paginate:");
            } else if (!entries.containsKey(collection)) {
                diagnostics.error(at, "paginate: cannot split lists: " + collection + " (only actors, comparisons, documents, "
                        + "events, reactions, sources, terms and updates are split): remove paginate: or list one of those first");
            } else if (!plan.url().endsWith("/")) {
                diagnostics.error(at, "paginate: needs a page whose url ends in / (its later pages are url/2/, url/3/...): "
                        + "change url: " + plan.url());
            } else {
                paginated.put(collection, plan(collection, plan.url(), size, displayOrder(collection, entries.get(collection))));
            }
        }
        return paginated;
    }

    /**
     * The ids of a collection's entries in the order the site shows them (see SiteAssembler's
     * sorts): sources by outlet, terms A to Z, reactions and events by date, updates newest
     * first, the rest in file order.
     */
    static List<String> displayOrder(String collection, Map<String, ? extends Entry<?>> entries) {
        List<String> ids = new ArrayList<>(entries.keySet());
        Function<String, Object> raw = id -> entries.get(id).raw();
        Comparator<String> byId = Comparator.naturalOrder();
        switch (collection) {
            case "sources" -> ids.sort(Comparator.comparing((String id) -> lower(SourceAssembler.outletOf((Raw.Source) raw.apply(id))))
                    .thenComparing(byId));
            case "terms" -> ids.sort(Comparator.comparing((String id) -> lower(((Raw.Term) raw.apply(id)).term())).thenComparing(byId));
            case "reactions" -> ids.sort(Comparator.comparing((String id) -> date(((Raw.Reaction) raw.apply(id)).date(), false),
                    Comparator.nullsLast(Comparator.<PartialDate>naturalOrder())).thenComparing(byId));
            case "events" -> ids.sort(Comparator.comparing((String id) -> {
                Raw.Event e = (Raw.Event) raw.apply(id);
                return date(e.date(), Boolean.TRUE.equals(e.approximate()));
            }, Comparator.nullsLast(Comparator.<PartialDate>naturalOrder())).thenComparing(byId));
            case "updates" -> ids.sort(Comparator.comparing((String id) -> date(((Raw.Update) raw.apply(id)).date(), false),
                    Comparator.nullsLast(Comparator.<PartialDate>reverseOrder())).thenComparing(byId));
            default -> { }
        }
        return ids;
    }

    private static String lower(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    private static PartialDate date(String text, boolean approximate) {
        return text == null ? null : PartialDate.parse(text.strip(), approximate).orElse(null);
    }

    /**
     * Every paginated listing page replaced by its pages; reports a later page that would write
     * a file another page (or {@code otherOutputs}) writes. {@code collections}: display-ordered lists.
     */
    static List<Page> expandAll(List<Page> pages, Map<String, Plan> paginated, Set<String> otherOutputs,
                                Diagnostics diagnostics, Map<String, List<?>> collections) {
        Set<String> outputs = new HashSet<>(otherOutputs);
        pages.forEach(p -> outputs.add(p.output()));
        List<Page> result = new ArrayList<>();
        for (Page page : pages) {
            Plan plan = page.lists().isEmpty() ? null : paginated.get(page.lists().get(0));
            if (plan == null || !plan.url().equals(page.url())) {
                result.add(page);
                continue;
            }
            for (Page part : expand(page, plan, collections.get(plan.collection()))) {
                if (part.pager().number() > 1 && !outputs.add(part.output())) {
                    diagnostics.error(SourcePosition.of(page.sourcePath(), 1), "page " + part.pager().number()
                            + " of this list would write " + part.output() + ", which another page writes: "
                            + "move that page or change paginate:");
                }
                result.add(part);
            }
        }
        return result;
    }

    /**
     * The pages of one paginated listing: the first keeps the page's id, URL and title; page n is
     * "id/n" at url + "n/", titled "Title (page n of N)". {@code all} is the collection in display order.
     */
    static List<Page> expand(Page first, Plan plan, List<?> all) {
        List<Page> pages = new ArrayList<>();
        for (int n = 1; n <= plan.count(); n++) {
            int from = Math.min(all.size(), (n - 1) * plan.size());
            int to = Math.min(all.size(), n * plan.size());
            List<Pager.PagerLink> links = new ArrayList<>();
            for (int k = 1; k <= plan.count(); k++) {
                links.add(new Pager.PagerLink(k, plan.pageUrl(k), k == n));
            }
            Pager pager = new Pager(plan.collection(), n, plan.count(), from + 1, List.copyOf(all.subList(from, to)),
                    List.copyOf(links));
            String url = plan.pageUrl(n);
            pages.add(new Page(n == 1 ? first.id() : first.id() + "/" + n, first.sourcePath(), url,
                    n == 1 ? first.output() : SitePaths.output(url),
                    n == 1 ? first.title() : first.title() + " (page " + n + " of " + plan.count() + ")",
                    first.description(), first.date(), first.updated(), first.layout(), first.lists(), first.weight(),
                    first.contentHtml(), first.params(), first.editUrl(), pager));
        }
        return pages;
    }
}
