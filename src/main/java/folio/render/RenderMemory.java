package folio.render;

import folio.site.ModelDigest;
import java.util.BitSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the last successful build's render stage wrote, kept for the next build in the same
 * process (the preview server): per language, the model's digest and, per page, its file, the
 * texts its render read (by slot, see {@link ModelDigest}) and what the fragment check read of it.
 * A page whose template environment and model are unchanged and whose texts all say the same
 * is kept as it was instead of rendered again: a one-sentence edit renders one page, not all.
 */
public final class RenderMemory {
    /** One language's pages; {@code environment}: the templates, options and root files they were rendered with. */
    record Edition(String environment, ModelDigest model, Map<String, Written> pages) {}

    /** A page as written: its file, the slots of the texts its render read, and its ids and links. */
    record Written(RenderedFile file, BitSet reads, FragmentChecker.Rendered fragments) {}

    /**
     * Where the last build's pages are kept for the next ({@code memory}, null for none), and what
     * they were rendered with besides the model and the templates: the options and site.yaml
     * ({@code environment}, null when unknown: nothing is kept).
     */
    public record Reuse(RenderMemory memory, String environment) {
        public static final Reuse NONE = new Reuse(null, null);
    }

    private final Map<String, Edition> last = new ConcurrentHashMap<>();
    private final Map<String, Edition> pending = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger keptNow = new java.util.concurrent.atomic.AtomicInteger();
    private volatile int keptLast;

    /** False while builds must render every page (the preview server's warm-up: rendering is what it warms). */
    private volatile boolean keeping = true;

    Edition last(String prefix) {
        return keeping ? last.get(prefix) : null;
    }

    /** Whether builds may keep pages from the last one (they still leave theirs for the next). */
    public void keepPages(boolean keep) {
        keeping = keep;
    }

    void remember(String prefix, Edition edition, int kept) {
        pending.put(prefix, edition);
        keptNow.addAndGet(kept);
    }

    /** The build succeeded: what it rendered is what the next build compares with. */
    public void commit() {
        last.putAll(pending);
        pending.clear();
        keptLast = keptNow.getAndSet(0);
    }

    /** How many pages the last successful build kept from the one before instead of rendering them. */
    public int keptLastBuild() {
        return keptLast;
    }

    /** The build failed: the next compares with the last build that succeeded. */
    public void discard() {
        pending.clear();
        keptNow.set(0);
    }
}
