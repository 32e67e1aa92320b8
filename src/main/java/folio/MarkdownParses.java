package folio;

import folio.content.MarkdownCache;
import folio.content.MarkdownCacheFile;
import folio.output.OutputWriter;
import folio.output.SiteFolder;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * The Markdown parses a build into an output folder keeps for the next build into it (see
 * {@link MarkdownCache}): read on a thread of its own while the content is loaded, written
 * once the new site is in place. Only a build into the folder of an earlier build keeps them:
 * packing every parse costs a first build about 7 % at 10,000 pages, and a folder built once
 * is often never built again (a CI run, a benchmark). A build that does not write and a
 * {@code --full} build parse every text and keep nothing. The preview server keeps them in
 * memory instead ({@link BuildCache}), from one rebuild to the next.
 */
final class MarkdownParses {
    private final Path file;
    private final String generator;
    private final CompletableFuture<MarkdownCache> cache;
    /** The preview server's cache, which keeps the parses in memory from one rebuild to the next; else null. */
    private final BuildCache inProcess;

    private MarkdownParses(Path file, String generator, CompletableFuture<MarkdownCache> cache, BuildCache inProcess) {
        this.file = file;
        this.generator = generator;
        this.cache = cache;
        this.inProcess = inProcess;
    }

    /**
     * Starts reading the cache for {@code options}' output ({@code folder}: what it held, null
     * when the build does not write); one that keeps nothing unless the folder holds a site folio built.
     */
    static MarkdownParses open(Build.Options options, SiteFolder folder) {
        if (options.cache() != null) {
            return new MarkdownParses(null, null, CompletableFuture.completedFuture(options.cache().markdownForBuild()), options.cache());
        }
        String generator = BuildKey.generatorStamp();
        if (!options.write() || options.full() || folder == null || folder.stamp() == null || generator == null) {
            return new MarkdownParses(null, null, CompletableFuture.completedFuture(MarkdownCache.none()), null);
        }
        Path file = OutputWriter.markdownCacheFile(options.project().output());
        CompletableFuture<MarkdownCache> cache = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                cache.complete(MarkdownCacheFile.read(file, generator));
            } finally {
                cache.complete(MarkdownCache.empty()); // whatever the reading threw: the build waits for this
            }
        }, "folio-markdown-cache");
        reader.setDaemon(true);
        reader.start();
        return new MarkdownParses(file, generator, cache, null);
    }

    /** The cache, once read. */
    MarkdownCache cache() {
        return cache.join();
    }

    /** Keeps what this build parsed or used for the next build. */
    void save() {
        if (inProcess != null) {
            inProcess.markdown = cache.join().next();
        } else if (file != null) {
            MarkdownCacheFile.write(cache.join(), file, generator);
        }
    }
}
