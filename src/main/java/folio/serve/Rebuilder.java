package folio.serve;

import folio.Build;
import folio.BuildCache;
import folio.diag.Diagnostic;
import folio.project.Project;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The preview's builds: one at a time, into memory, with a cache kept between them. A good
 * build replaces the served snapshot and reloads open pages; a failed one (errors, or anything
 * a build throws) is printed and shown over the page while the last good site stays served.
 */
final class Rebuilder {
    static final int WARM_UP_ROUNDS = 50;
    static final long WARM_UP_BUDGET_MILLIS = 30_000;
    /** A build this fast means the hot paths are compiled, whatever the rounds say. */
    static final long WARM_ENOUGH_MILLIS = 45;
    /** Rounds in a row without a faster build after which the JIT has done what it will. */
    static final int SETTLED_ROUNDS = 5;

    private final Project project;
    private final String baseUrl;
    private final boolean drafts;
    private final PrintStream out;
    private final PrintStream err;
    private final LiveReload liveReload;
    private final Function<Build.Options, Build.Result> builder;
    private final Consumer<SiteSnapshot> publish;
    private final BuildCache cache = new BuildCache();
    private final AtomicInteger waitingRebuilds = new AtomicInteger();

    Rebuilder(Project project, String baseUrl, boolean drafts, PrintStream out, PrintStream err, LiveReload liveReload,
              Function<Build.Options, Build.Result> builder, Consumer<SiteSnapshot> publish) {
        this.project = project;
        this.baseUrl = baseUrl;
        this.drafts = drafts;
        this.out = out;
        this.err = err;
        this.liveReload = liveReload;
        this.builder = builder;
        this.publish = publish;
    }

    /** Builds into memory; on success swaps the snapshot and reloads pages, else shows the errors. */
    void rebuild(String reason) {
        // Counted before waiting for the lock, so the warm-up gives way to it (see warmUp).
        waitingRebuilds.incrementAndGet();
        synchronized (this) {
            waitingRebuilds.decrementAndGet();
            rebuildLocked(reason);
        }
    }

    private void rebuildLocked(String reason) {
        long started = System.nanoTime();
        Build.Result result;
        try {
            result = builder.apply(new Build.Options(project, baseUrl, drafts, false, true, cache,
                    folio.i18n.Translations.Policy.EDITING));
        } catch (RuntimeException | Error e) {
            // Whatever a build throws (a bug, a StackOverflowError, an OutOfMemoryError once the
            // build's garbage is gone), the preview keeps serving, reporting and watching.
            String text = "folio: internal error while building (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "). This is a bug in folio, not in your "
                    + "content: please report it with the file you changed. Save a file to try again.";
            err.println(text);
            err.println("folio: build failed (" + reason + "); still serving the last good build");
            liveReload.error(text);
            return;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (result.ok()) {
            publish.accept(SiteSnapshot.of(result));
            int kept = cache == null ? 0 : cache.keptPages();
            out.println("folio: " + (reason.equals("start") ? "built" : "rebuilt") + " "
                    + result.pageCount() + " pages in " + millis
                    + " ms" + (reason.equals("start") ? "" : " (" + reason + (kept > 0 ? "; " + kept + " unchanged" : "") + ")"));
            // Warnings (a stale or missing translation, say) do not stop the preview: they are printed and shown.
            StringBuilder warnings = new StringBuilder();
            result.diagnostics().forEach(diagnostic -> warnings.append(diagnostic).append('\n'));
            err.print(warnings);
            liveReload.reload(warnings.toString().strip());
        } else {
            StringBuilder text = new StringBuilder();
            for (Diagnostic diagnostic : result.diagnostics()) {
                text.append(diagnostic).append('\n');
            }
            err.print(text);
            err.println("folio: build failed (" + reason + "); still serving the last good build");
            liveReload.error(text.toString().strip());
        }
    }

    /**
     * A fresh JVM runs the first rebuilds slowly while the JIT compiles the hot paths: on the real
     * site (105 pages in two editions) the first builds take 0.6–1 s and only after 20–40 builds
     * settle near 0.3 s. Quiet builds right after start-up, results thrown away, make the
     * editor's saves as fast as the later ones. They stop once builds no longer get faster
     * ({@link #SETTLED_ROUNDS} in a row not beating the fastest so far by 5 %), after two builds
     * under {@link #WARM_ENOUGH_MILLIS} (a small site), after {@link #WARM_UP_ROUNDS}, or after
     * {@link #WARM_UP_BUDGET_MILLIS} of building, so a large site is not rebuilt for minutes. An
     * edit always goes first: the warm-up waits while a rebuild is waiting for the lock.
     */
    void warmUp() {
        long spent = 0;
        long fastest = Long.MAX_VALUE;
        int fastInARow = 0;
        int settled = 0;
        try {
            for (int round = 0; round < WARM_UP_ROUNDS && spent < WARM_UP_BUDGET_MILLIS; round++) {
                // Rendering every page is what needs warming most, and is what is timed.
                long millis = quietBuild(true);
                // An editor's save parses the file it changed, keeps the pages it cannot change and
                // renders the rest, a path the build above never takes: warmed too, else the
                // optimising compiler recompiled it through the first dozens of saves (4 s of its
                // CPU over the first ten on the real site), slowing each on a 2-core machine.
                long asAfterASave = millis < 0 ? -1 : quietBuild(false);
                if (asAfterASave < 0) {
                    return; // the editor's own builds report it
                }
                spent += millis + asAfterASave;
                fastInARow = millis < WARM_ENOUGH_MILLIS ? fastInARow + 1 : 0;
                // the first round has nothing to beat (and fastest * 95 would overflow)
                settled = fastest == Long.MAX_VALUE || millis * 100 < fastest * 95 ? 0 : settled + 1;
                fastest = Math.min(fastest, millis);
                if (fastInARow == 2 || settled == SETTLED_ROUNDS || Thread.currentThread().isInterrupted()) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * One warm-up build, its result thrown away, after any save waiting for the lock has gone
     * first: with {@code everyPage} rendering every page, else parsing a few files again and
     * keeping all pages but a few, as after a save. Returns how long it took, or -1 when it failed.
     */
    private long quietBuild(boolean everyPage) throws InterruptedException {
        while (waitingRebuilds.get() > 0) {
            Thread.sleep(10);
        }
        synchronized (this) {
            long started = System.nanoTime();
            cache.keepPages(!everyPage);
            cache.treatSomeAsEdited(!everyPage);
            try {
                builder.apply(new Build.Options(project, baseUrl, drafts, false, true, cache,
                        folio.i18n.Translations.Policy.EDITING));
            } catch (RuntimeException | Error e) {
                return -1;
            } finally {
                cache.keepPages(true);
                cache.treatSomeAsEdited(false);
            }
            return (System.nanoTime() - started) / 1_000_000;
        }
    }
}
