package folio.site;

import java.util.List;

/**
 * One page of a listing split by {@code paginate: N} in its front matter: the {@code number}-th
 * of {@code count} pages of {@code collection}, holding {@code items} (the collection's records,
 * in display order). {@code start} is the place of the first item in the whole list (1, 81, ...),
 * for {@code <ol start>}; {@code pages} links every page, the current one marked. {@code label}
 * names the page in navigation: its number, or with {@code paginate_by: group} the group's label
 * ("Ukraine"); that split also writes an overview at the listing's URL, number 0, with no items.
 */
public record Pager(String collection, int number, int count, int start, List<?> items, List<PagerLink> pages,
                    String label) {

    /** A link to one page of the listing: its number, site path, whether it is the page shown, and its label. */
    public record PagerLink(int number, String url, boolean current, String label) {
        // By identity (package-info): nothing compares these by value; generated methods link at run time.
        @Override public boolean equals(Object other) { return this == other; }
        @Override public int hashCode() { return System.identityHashCode(this); }
    }

    /** True on the overview page of a listing split by group (it lists no items itself). */
    public boolean overview() {
        return number == 0;
    }

    /** The page before this one, or null on the first. */
    public PagerLink previous() {
        return number > 1 ? pages.get(number - 2) : null;
    }

    /** The page after this one, or null on the last. */
    public PagerLink next() {
        return number < count ? pages.get(number) : null;
    }
}
