package folio;

import folio.output.OutputWriter;
import folio.output.SiteFolder;
import folio.project.PrivateFile;
import folio.render.RenderMemory;
import folio.render.RenderMemoryFile;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * What the pages' renders read, kept from one build for the next so that the pages an edit
 * cannot change are not rendered again ({@link RenderMemory}): in memory in the preview server,
 * else in a file beside the site ({@code .site.pages}), read on a thread of its own while the
 * content loads. As with the Markdown parses, only a build into the folder of an earlier build
 * keeps it; {@code --full} and builds that do not write neither read nor keep it. A build that
 * writes always removes the file before it changes the site, so the file never describes a site
 * other than the one beside it.
 */
final class RenderedPages {
    private final Path file;
    private final String generator;
    private final CompletableFuture<RenderMemory> memory;
    /** The options' fingerprint (BuildKey) the pages were rendered under; null when nothing is kept. */
    private final String environment;
    private final boolean inProcess;

    private RenderedPages(Path file, String generator, CompletableFuture<RenderMemory> memory, String environment,
                          boolean inProcess) {
        this.file = file;
        this.generator = generator;
        this.memory = memory;
        this.environment = environment;
        this.inProcess = inProcess;
    }

    /**
     * Starts reading what the last build into {@code options}' output left ({@code key}: the
     * build's {@link BuildKey}, null when unknown; {@code folder}: what it held, null when not writing).
     */
    static RenderedPages open(Build.Options options, String key, SiteFolder folder) {
        if (options.cache() != null) {
            return new RenderedPages(null, null, CompletableFuture.completedFuture(options.cache().rendered),
                    key, true);
        }
        Path file = options.write() ? OutputWriter.renderMemoryFile(options.project().output()) : null;
        String generator = BuildKey.generatorStamp();
        if (file == null || options.full() || folder == null || folder.stamp() == null || generator == null) {
            return new RenderedPages(file, null, null, null, false);
        }
        CompletableFuture<RenderMemory> memory = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                memory.complete(RenderMemoryFile.read(file, generator));
            } finally {
                memory.complete(new RenderMemory()); // whatever reading threw: the build waits for this
            }
        }, "folio-render-memory");
        reader.setDaemon(true);
        reader.start();
        return new RenderedPages(file, generator, memory, key, false);
    }

    /** How the render stage may keep pages: into {@code output}'s last site, or from memory in the preview server. */
    RenderMemory.Reuse reuse(BuildOutput output) {
        if (memory == null || environment == null) {
            return RenderMemory.Reuse.NONE;
        }
        return new RenderMemory.Reuse(memory.join(), environment, inProcess ? null : output::keepLast);
    }

    /** Before the site changes: the file no longer describes it. */
    void forget() {
        if (file != null) {
            PrivateFile.delete(file);
        }
    }

    /** The site is in place: what its pages read is what the next build compares with. */
    void save() {
        if (memory == null) {
            return;
        }
        RenderMemory done = memory.join();
        done.commit();
        if (!inProcess && environment != null) {
            RenderMemoryFile.write(done, file, generator);
        }
    }

    /** How many pages this build kept from the last instead of rendering them (once saved). */
    int kept() {
        return memory == null ? 0 : memory.join().keptLastBuild();
    }

    /** The build failed: the preview server's next build compares with the last good one. */
    void discard() {
        if (memory != null && memory.isDone()) {
            memory.join().discard();
        }
    }
}
