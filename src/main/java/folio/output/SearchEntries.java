package folio.output;

import folio.project.AsIfEdited;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The search index's entries as JSON, kept from one build to the next in the preview server:
 * folding an entry's title and text for matching ({@link SearchFold}) costs a tenth of a rebuild
 * of the real site, and an edit changes a few entries. An entry is found again only by
 * everything it is made from, so a changed title, text or name always makes it anew. Entries
 * the last build did not use are dropped when the next one starts ({@link #nextBuild}).
 */
public final class SearchEntries {
    /** Makes every entry (a build from the command line, which no later build follows). */
    public static final SearchEntries NONE = new SearchEntries(false);

    /**
     * What an entry is made from: its title with the words it is also found by, address, kind and shown text,
     * the places of the text's quotes shown straight (PlainText.Shown), the languages its title and text are in, and for
     * a source the outlet and marks its title is shown with (null for any other entry).
     */
    record Key(String title, String url, String kind, String text, java.util.List<Integer> straight, String also, String titleLanguage,
               String language, Headline headline) {}

    /**
     * How a source's entry shows its title, as the sources page does: "Outlet, “Headline”" (partials/source.peb), the
     * outlet read in {@code outletLanguage}, the headline between the theme's marks ({@code open}, {@code close}: empty
     * for a descriptive title, which the page shows without them).
     */
    record Headline(String outlet, String outletLanguage, String open, String close) {}

    private final boolean keeps;
    private volatile Map<Key, String> previous = Map.of();
    private volatile Map<Key, String> current = new ConcurrentHashMap<>();

    private SearchEntries(boolean keeps) {
        this.keeps = keeps;
    }

    /** A memory for the builds of one preview server. */
    public static SearchEntries kept() {
        return new SearchEntries(true);
    }

    /**
     * A build starts: what the last one made can be found again, anything older is let go; with
     * {@code someAsIfEdited} the entries {@link AsIfEdited} chooses are made again, as after an
     * edit (the preview server's warm-up). Returns this memory.
     */
    public SearchEntries nextBuild(boolean someAsIfEdited) {
        if (keeps) {
            previous = current;
            if (someAsIfEdited) {
                previous.keySet().removeIf(AsIfEdited::chosen);
            }
            current = new ConcurrentHashMap<>();
        }
        return this;
    }

    /** The JSON of the entry made from {@code key}, made by {@code make} unless the last build or this one made it. */
    String object(Key key, Function<Key, String> make) {
        if (!keeps) {
            return make.apply(key);
        }
        String made = current.get(key);
        if (made == null) {
            made = previous.get(key);
            if (made == null) {
                made = make.apply(key);
            }
            current.put(key, made);
        }
        return made;
    }
}
