package folio.project;

/**
 * The share of a site that the preview server's warm-up treats as if an editor had just changed
 * it: one page, file, Markdown text and search entry in 16, chosen by hash. A save's own path
 * (parse the changed file, render the pages it touches, keep the rest) then runs hot before the
 * editor's first save, not during it.
 */
public final class AsIfEdited {
    private static final int ONE_IN = 16;

    private AsIfEdited() {}

    /** Whether the warm-up treats the item with this key as changed. */
    public static boolean chosen(Object key) {
        return Math.floorMod(key.hashCode(), ONE_IN) == 0;
    }
}
