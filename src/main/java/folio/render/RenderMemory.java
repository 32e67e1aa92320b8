package folio.render;

import folio.project.AsIfEdited;
import folio.site.Markup;
import folio.site.ModelDigest;
import folio.site.SlotSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What the last successful build's render stage wrote, for the next build: per language, the
 * model's digest and, per page, the texts its render read (by slot, see {@link ModelDigest}), what
 * the fragment check read of it and, in the preview server, its file. A page whose template
 * environment and model are unchanged and whose texts all say the same is kept as it was instead
 * of rendered again: a one-sentence edit renders one page, not all. The preview server keeps it in
 * memory; {@code build} in a file beside the site ({@link RenderMemoryFile}), where the file itself
 * stays in the site folder.
 */
public final class RenderMemory {
    /**
     * One language's pages; {@code environment}: the templates, options and root files they were
     * rendered with; {@code starts}: the plain start of each page's text by slot, which the search
     * index reads (a page kept needs no tree for it).
     */
    record Edition(String environment, ModelDigest model, Map<String, Written> pages, Map<Integer, String> starts) {}

    /** A page as written: its file (null where it stays in the site folder), the slots of the texts its render read, its ids and links. */
    record Written(RenderedFile file, SlotSet reads, FragmentChecker.Rendered fragments) {}

    /**
     * Where the last build's pages are kept for the next ({@code memory}, null for none), and what
     * they were rendered with besides the model and the templates: the options and site.yaml
     * ({@code environment}, null when unknown: nothing is kept). {@code keepFile} keeps the last
     * build's file at a site path where it is (false when it cannot); null where the files are
     * kept in memory instead (the preview server).
     */
    public record Reuse(RenderMemory memory, String environment, java.util.function.Predicate<String> keepFile) {
        public static final Reuse NONE = new Reuse(null, null, null);

        /** Whether pages may be kept: then each site's {@link ModelDigest} is needed. */
        public boolean keeps() {
            return memory != null && environment != null;
        }

        /**
         * The files {@code make} makes from a site's whole model ({@code name}: which, by language
         * folder; {@code model}: its digest, null when nothing is kept): in the preview server, the
         * last successful build's, when the model is the same and every text they read says the same,
         * as a page is kept; else made now. {@code make} is handed where to note each text it reads.
         * A build on disk makes them every time: they are few, and its memory file holds pages only.
         */
        public List<RenderedFile> made(String name, ModelDigest model, Function<Consumer<Markup>, List<RenderedFile>> make) {
            if (model == null || !keeps() || keepFile != null) {
                return make.apply(markup -> { });
            }
            return memory.made(name, model, make);
        }
    }

    /** Files made from a whole model: the model's digest, the slots of the texts they read, the files. */
    private record Made(ModelDigest model, SlotSet reads, List<RenderedFile> files) {
        boolean sameFor(ModelDigest now) {
            return now.sameModel(model) && now.sameTexts(model, reads);
        }
    }

    private final Map<String, Made> lastMade = new ConcurrentHashMap<>();
    private final Map<String, Made> pendingMade = new ConcurrentHashMap<>();

    private final Map<String, Edition> last = new ConcurrentHashMap<>();
    private final Map<String, Edition> pending = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger keptNow = new java.util.concurrent.atomic.AtomicInteger();
    private volatile int keptLast;

    /** False while builds must render every page (the preview server's warm-up: rendering is what it warms). */
    private volatile boolean keeping = true;
    /** True while builds render again the pages {@link AsIfEdited} chooses, as if an edit had changed them (the preview server's warm-up). */
    private volatile boolean renderingSome;

    Edition last(String prefix) {
        Edition edition = keeping ? last.get(prefix) : null;
        if (edition == null || !renderingSome) {
            return edition;
        }
        Map<String, Written> most = new java.util.HashMap<>();
        edition.pages().forEach((page, written) -> {
            if (!AsIfEdited.chosen(page)) {
                most.put(page, written);
            }
        });
        return new Edition(edition.environment(), edition.model(), most, edition.starts());
    }

    /** Whether builds may keep pages from the last one (they still leave theirs for the next). */
    public void keepPages(boolean keep) {
        keeping = keep;
    }

    /**
     * Whether builds keep all pages but a few, which they render again as if an edit had changed
     * them: the preview server's warm-up takes the path of an editor's saves this way.
     */
    public void renderSomePages(boolean some) {
        renderingSome = some;
    }

    private List<RenderedFile> made(String name, ModelDigest model, Function<Consumer<Markup>, List<RenderedFile>> make) {
        Made before = keeping ? lastMade.get(name) : null;
        if (before != null && before.sameFor(model)) {
            pendingMade.put(name, before);
            return before.files();
        }
        SlotSet reads = new SlotSet();
        boolean[] unknown = {false};
        List<RenderedFile> files = make.apply(markup -> {
            int slot = model.slotOf(markup);
            if (slot < 0) {
                unknown[0] = true;
            } else {
                reads.add(slot);
            }
        });
        if (!unknown[0] && model.certain()) {
            pendingMade.put(name, new Made(model, reads, List.copyOf(files)));
        }
        return files;
    }

    void remember(String prefix, Edition edition, int kept) {
        pending.put(prefix, edition);
        keptNow.addAndGet(kept);
    }

    /** The build succeeded: what it rendered is what the next build compares with. */
    public void commit() {
        last.putAll(pending);
        pending.clear();
        lastMade.clear();
        lastMade.putAll(pendingMade);
        pendingMade.clear();
        keptLast = keptNow.getAndSet(0);
    }

    /** How many pages the last successful build kept from the one before instead of rendering them. */
    public int keptLastBuild() {
        return keptLast;
    }

    /** What the last successful build left, by language folder prefix. */
    Map<String, Edition> editions() {
        return Map.copyOf(last);
    }

    /** A memory of what a build on disk left ({@link RenderMemoryFile}). */
    static RenderMemory of(Map<String, Edition> editions) {
        RenderMemory memory = new RenderMemory();
        memory.last.putAll(editions);
        return memory;
    }

    /** The build failed: the next compares with the last build that succeeded. */
    public void discard() {
        pending.clear();
        pendingMade.clear();
        keptNow.set(0);
    }
}
