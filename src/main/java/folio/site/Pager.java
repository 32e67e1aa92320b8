package folio.site;

import java.util.List;

/**
 * One page of a listing split by {@code paginate: N} in its front matter: the {@code number}-th
 * of {@code count} pages of {@code collection}, holding {@code items} (the collection's records,
 * in display order). {@code start} is the place of the first item in the whole list (1, 81, ...),
 * for {@code <ol start>}; {@code pages} links every page, the current one marked.
 */
public record Pager(String collection, int number, int count, int start, List<?> items, List<PagerLink> pages) {

    /** A link to one page of the listing: its number, site path and whether it is the page shown. */
    public record PagerLink(int number, String url, boolean current) {}

    /** The page before this one, or null on the first. */
    public PagerLink previous() {
        return number > 1 ? pages.get(number - 2) : null;
    }

    /** The page after this one, or null on the last. */
    public PagerLink next() {
        return number < count ? pages.get(number) : null;
    }
}
