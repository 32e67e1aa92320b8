package folio.render;

import folio.project.Project;
import folio.site.ModelDigest;
import folio.site.Page;
import folio.site.Site;
import folio.site.SlotSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * One language's render stage against the last build's pages ({@link RenderMemory}): which
 * pages stand as they were, and what this build leaves for the next. Thread-safe: pages render
 * in parallel.
 */
final class KeptPages {
    private final RenderMemory memory;
    private final String prefix;
    private final String environment;
    private final ModelDigest model;
    /** The last build's pages, when its environment and model are this build's; else null. */
    private final RenderMemory.Edition last;
    private final Map<String, RenderMemory.Written> written = new ConcurrentHashMap<>();
    private final AtomicInteger kept = new AtomicInteger();

    /** Keeps the last build's file at a site path where it is; null where files are kept in memory. */
    private final Predicate<String> keepFile;

    private KeptPages(RenderMemory memory, String prefix, String environment, ModelDigest model,
                      Predicate<String> keepFile) {
        this.memory = memory;
        this.keepFile = keepFile;
        this.prefix = prefix;
        this.environment = environment;
        this.model = model;
        RenderMemory.Edition before = model == null ? null : memory.last(prefix);
        this.last = before != null && before.environment().equals(environment) && model.sameModel(before.model()) ? before : null;
    }

    /**
     * For {@code site}'s pages, whose model digest is {@code model} (null when {@code reuse} keeps
     * nothing): the environment is what {@code reuse} names (options, site.yaml) with every
     * template file's stamp and the files at the site root. Keeps and records nothing without a
     * memory or an environment.
     */
    static KeptPages of(RenderMemory.Reuse reuse, ModelDigest model, Project project, String prefix, Set<String> rootFiles) {
        if (!reuse.keeps() || model == null) {
            return new KeptPages(null, prefix, null, null, null);
        }
        String environment = reuse.environment() + "\n" + TemplateStamp.of(project.templates()) + "\n" + new TreeSet<>(rootFiles);
        return new KeptPages(reuse.memory(), prefix, environment, model, reuse.keepFile());
    }

    /** The model's digest, which page contexts note the texts they read by; null when nothing is recorded. */
    ModelDigest model() {
        return model;
    }

    /**
     * Keeps the last build's file for this page when rendering it again would give the same
     * bytes: the model and environment are the same and every text its render read says the same.
     * A file kept in memory goes to {@code sink}; one in the site folder stays there. False when
     * the page must be rendered.
     */
    boolean keep(Page page, FragmentChecker fragments, Consumer<RenderedFile> sink) {
        RenderMemory.Written before = last == null ? null : last.pages().get(page.output());
        if (before == null || !before.fragments().template().equals(page.layout())) {
            return false;
        }
        if (!model.sameTexts(last.model(), before.reads())) {
            return false;
        }
        if (before.file() != null) {
            sink.accept(before.file());
        } else if (keepFile == null || !keepFile.test(prefix + page.output())) {
            return false;
        }
        fragments.addKept(page, before.fragments());
        written.put(page.output(), before);
        int body = page.contentHtml() == null ? -1 : model.slotOf(page.contentHtml());
        String start = body < 0 ? null : last.starts().get(body);
        if (start != null && model.slotDigest(body) == last.model().slotDigest(body)) {
            PlainText.knownStart(page.contentHtml(), start);
        }
        kept.incrementAndGet();
        return true;
    }

    /** A page rendered now, with the texts it read (null: one the model does not hold, so it is never kept). */
    void rendered(Page page, RenderedFile file, SlotSet reads, FragmentChecker.Rendered fragments) {
        if (model != null && reads != null && fragments != null) {
            // On disk the file stays in the site folder: only the preview server holds it.
            written.put(page.output(), new RenderMemory.Written(keepFile == null ? file : null, reads, fragments));
        }
    }

    /** Every page of {@code site} is rendered or kept: what this build leaves for the next, once it succeeds. */
    void finish(Site site) {
        if (model == null) {
            return;
        }
        Map<Integer, String> starts = new HashMap<>();
        for (Page page : site.pages()) {
            int slot = page.contentHtml() == null ? -1 : model.slotOf(page.contentHtml());
            String start = slot < 0 ? null : PlainText.startOf(page.contentHtml());
            if (start != null) {
                starts.put(slot, start);
            }
        }
        memory.remember(prefix, new RenderMemory.Edition(environment, model, Map.copyOf(written), Map.copyOf(starts)), kept.get());
    }
}
