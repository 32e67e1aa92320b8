package folio.site;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the items of each listed collection are shown: the page that lists the collection
 * (front matter {@code lists:}) and, for a listing split into pages, which page holds each item.
 */
record Listings(Map<String, String> listingUrls, Map<String, Pagination.Plan> paginated) {
    Listings {
        listingUrls = Map.copyOf(listingUrls);
        paginated = Map.copyOf(paginated);
    }

    /** The listing pages of the planned pages: the first page to list a collection shows it. */
    static Map<String, String> of(List<PageAssembler.PagePlan> plans) {
        Map<String, String> urls = new HashMap<>();
        plans.stream().filter(p -> p.raw().lists() != null)
                .forEach(p -> p.raw().lists().forEach(c -> urls.putIfAbsent(c, p.url())));
        return urls;
    }

    /** The URL of the page that lists a collection, or null. */
    String listingUrl(String collection) {
        return listingUrls.get(collection);
    }

    /**
     * Where an item of a listed collection is shown: its anchor on the listing page, or on the
     * page of a paginated listing that holds it; null when no page lists the collection.
     */
    String itemUrl(String collection, String id, String anchor) {
        Pagination.Plan plan = paginated.get(collection);
        Integer number = plan == null ? null : plan.pageOf().get(id);
        String page = number == null ? listingUrl(collection) : plan.pageUrl(number);
        return page == null ? null : page + "#" + anchor;
    }
}
