package folio.site;

import folio.content.ContentParser.Entry;
import folio.content.Keyword;
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
    /**
     * A paginated collection: its first page's URL, items per page, each item's page number and
     * the number of pages. {@code groups} (empty for numbered pages) are the group keys of a
     * {@code paginate_by: group} split: page n is url + groups[n-1] + "/", after an overview at url.
     */
    record Plan(String collection, String url, int size, Map<String, Integer> pageOf, int count, List<String> groups) {
        String pageUrl(int number) {
            return groups.isEmpty() ? Pagination.pageUrl(url, number) : url + groups.get(number - 1) + "/";
        }

        String label(int number, ModelWords words) {
            return groups.isEmpty() ? String.valueOf(number) : words.groupOf(groups.get(number - 1));
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
        return new Plan(collection, url, size, Map.copyOf(pageOf), count, List.of());
    }

    /** One page per group of actors (ActorGroup) that has items; {@code groupOf} gives an id's group. */
    static Plan planByGroup(String collection, String url, List<String> orderedIds, Function<String, String> groupOf) {
        List<String> groups = Keyword.ids(ActorGroup.class).stream().filter(g -> orderedIds.stream().anyMatch(id -> g.equals(groupOf.apply(id)))).toList();
        Map<String, Integer> pageOf = new HashMap<>();
        orderedIds.forEach(id -> {
            int index = groups.indexOf(groupOf.apply(id));
            if (index >= 0) {
                pageOf.put(id, index + 1);
            }
        });
        return new Plan(collection, url, 0, Map.copyOf(pageOf), groups.size(), groups);
    }

    /**
     * Plans the pages of every listing with {@code paginate: N}, by collection; reports a bad
     * value at its line. {@code entries} holds the collections that can be split.
     */
    static Map<String, Plan> planAll(List<PageAssembler.PagePlan> plans, Diagnostics diagnostics,
                                     Map<String, Map<String, ? extends Entry<?>>> entries, Locale locale) {
        Map<String, Plan> paginated = new HashMap<>();
        for (PageAssembler.PagePlan plan : plans) {
            Integer size = plan.raw().paginate();
            String by = plan.raw().paginateBy();
            if (size == null && by == null) {
                continue;
            }
            SourcePosition at = plan.parsed().frontMatter().keyAt(size == null ? "paginate_by" : "paginate",
                    SourcePosition.of(plan.parsed().file().path(), 1));
            List<String> lists = plan.raw().lists() == null ? List.of() : plan.raw().lists();
            String collection = lists.isEmpty() ? null : lists.get(0);
            if (by != null) {
                planByGroup(plan, size, by, collection, at, diagnostics, entries, locale).ifPresent(p -> paginated.put(collection, p));
            } else if (size < 1) {
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
                paginated.put(collection, plan(collection, plan.url(), size, displayOrder(collection, entries.get(collection), locale)));
            }
        }
        return paginated;
    }

    /** Checks a {@code paginate_by:} and plans its pages: one per group of actors, for reactions or actors. */
    private static java.util.Optional<Plan> planByGroup(PageAssembler.PagePlan plan, Integer size, String by, String collection,
                                                       SourcePosition at, Diagnostics diagnostics,
                                                       Map<String, Map<String, ? extends Entry<?>>> entries, Locale locale) {
        if (size != null) {
            diagnostics.error(at, "paginate: and paginate_by: both split this list: keep one of them");
        } else if (!by.equals("group")) {
            diagnostics.error(at, "paginate_by: " + by + " is not a way to split a list: write paginate_by: group "
                    + "(one page per group of actors), or use paginate: N");
        } else if (!"reactions".equals(collection) && !"actors".equals(collection)) {
            diagnostics.error(at, "paginate_by: group splits lists: reactions or lists: actors, not "
                    + (collection == null ? "a page that lists nothing" : "lists: " + collection) + ": remove paginate_by: or list one of those first");
        } else if (!plan.url().endsWith("/")) {
            diagnostics.error(at, "paginate_by: needs a page whose url ends in / (its group pages are url/GROUP/): change url: " + plan.url());
        } else {
            Map<String, ? extends Entry<?>> actors = entries.get("actors");
            Function<String, String> groupOfActor = id -> actors.get(id) == null ? null : ((Raw.Actor) actors.get(id).raw()).group();
            Function<String, String> groupOf = collection.equals("actors") ? groupOfActor
                    : id -> groupOfActor.apply(((Raw.Reaction) entries.get("reactions").get(id).raw()).actor());
            return java.util.Optional.of(planByGroup(collection, plan.url(), displayOrder(collection, entries.get(collection), locale), groupOf));
        }
        return java.util.Optional.empty();
    }

    /**
     * The ids of a collection's entries in the order the site shows them (see SiteAssembler's
     * sorts): sources by outlet, terms A to Z, reactions and events by date, updates newest
     * first, the rest in file order.
     */
    static List<String> displayOrder(String collection, Map<String, ? extends Entry<?>> entries, Locale locale) {
        List<String> ids = new ArrayList<>(entries.keySet());
        Function<String, Object> raw = id -> entries.get(id).raw();
        switch (collection) {
            case "sources" -> sortBy(ids, id -> lower(SourceAssembler.outletOf((Raw.Source) raw.apply(id))),
                    Comparator.<String>naturalOrder());
            case "terms" -> sortBy(ids, id -> ((Raw.Term) raw.apply(id)).term(), GlossaryTerm.alphabetical(locale));
            case "reactions" -> sortBy(ids, id -> date(((Raw.Reaction) raw.apply(id)).date(), false),
                    Comparator.nullsLast(Comparator.<PartialDate>naturalOrder()));
            case "events" -> sortBy(ids, id -> {
                Raw.Event e = (Raw.Event) raw.apply(id);
                return date(e.date(), Boolean.TRUE.equals(e.approximate()));
            }, Comparator.nullsLast(Comparator.<PartialDate>naturalOrder()));
            case "updates" -> sortBy(ids, id -> date(((Raw.Update) raw.apply(id)).date(), false),
                    Comparator.nullsLast(Comparator.<PartialDate>reverseOrder()));
            default -> { }
        }
        return ids;
    }

    /**
     * Sorts ids by a key, then by id. Each key is made once, not at every comparison: a key
     * parses a date or lower-cases an outlet, and a sort compares each id about log n times.
     */
    private static <K> void sortBy(List<String> ids, Function<String, K> key, Comparator<? super K> order) {
        Map<String, K> keys = new HashMap<>();
        ids.forEach(id -> keys.put(id, key.apply(id)));
        ids.sort(Comparator.comparing((String id) -> keys.get(id), order).thenComparing(Comparator.naturalOrder()));
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
                                Diagnostics diagnostics, Map<String, List<?>> collections, ModelWords words) {
        Set<String> outputs = new HashSet<>(otherOutputs);
        pages.forEach(p -> outputs.add(p.output()));
        List<Page> result = new ArrayList<>();
        for (Page page : pages) {
            Plan plan = page.lists().isEmpty() ? null : paginated.get(page.lists().get(0));
            if (plan == null || !plan.url().equals(page.url())) {
                result.add(page);
                continue;
            }
            for (Page part : expand(page, plan, collections.get(plan.collection()), words)) {
                if (!part.output().equals(page.output()) && !outputs.add(part.output())) {
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
     * "id/n" at url + "n/", titled "Title (page n of N)" in the site's language ({@code words}).
     * {@code all} is the collection in display order.
     */
    static List<Page> expand(Page first, Plan plan, List<?> all, ModelWords words) {
        List<Page> pages = new ArrayList<>();
        boolean byGroup = !plan.groups().isEmpty();
        for (int n = byGroup ? 0 : 1; n <= plan.count(); n++) {
            List<Pager.PagerLink> links = new ArrayList<>();
            for (int k = 1; k <= plan.count(); k++) {
                links.add(new Pager.PagerLink(k, plan.pageUrl(k), k == n, plan.label(k, words)));
            }
            int number = n;
            List<?> items = byGroup ? all.stream().filter(item -> Integer.valueOf(number).equals(plan.pageOf().get(idOf(item)))).toList()
                    : all.subList(Math.min(all.size(), (n - 1) * plan.size()), Math.min(all.size(), n * plan.size()));
            int start = byGroup ? 1 : Math.min(all.size(), (n - 1) * plan.size()) + 1;
            boolean isFirst = n == (byGroup ? 0 : 1);
            String label = n == 0 ? first.title() : plan.label(n, words);
            Pager pager = new Pager(plan.collection(), n, plan.count(), start, List.copyOf(items), List.copyOf(links), label);
            String url = isFirst ? first.url() : plan.pageUrl(n);
            String title = isFirst ? first.title() : byGroup ? first.title() + ": " + label
                    : words.pageTitle(first.title(), n, plan.count());
            pages.add(new Page(isFirst ? first.id() : first.id() + "/" + (byGroup ? plan.groups().get(n - 1) : n), first.sourcePath(),
                    url, isFirst ? first.output() : SitePaths.output(url), title,
                    first.description(), first.date(), first.updated(), first.layout(), first.lists(), first.weight(),
                    first.contentHtml(), first.params(), first.editUrl(), pager));
        }
        return pages;
    }

    /** The id of an item a group split places: a reaction or an actor. */
    private static String idOf(Object item) {
        return item instanceof Reaction r ? r.id() : item instanceof Actor a ? a.id() : null;
    }
}
