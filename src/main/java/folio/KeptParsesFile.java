package folio;

import folio.content.KeptParses;
import folio.content.MarkdownCache;
import folio.content.ParseCacheFile;
import folio.content.YamlCache;
import folio.output.OutputWriter;
import folio.output.SiteFolder;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * The parses a build into an output folder keeps for the next build into it (see
 * {@link KeptParses}: Markdown trees and YAML documents): read on a thread of its own while the
 * content is loaded, written once the new site is in place. Only a build into the folder of an
 * earlier build keeps them: packing every parse costs a first build about 7 % at 10,000 pages, and a folder built once
 * is often never built again (a CI run, a benchmark). A build that does not write and a
 * {@code --full} build parse every text and keep nothing. The preview server keeps them in
 * memory instead ({@link BuildCache}), from one rebuild to the next.
 */
final class KeptParsesFile {
    private final Path file;
    private final String generator;
    private final CompletableFuture<KeptParses> cache;
    /** The preview server's cache, which keeps the parses in memory from one rebuild to the next; else null. */
    private final BuildCache inProcess;

    private KeptParsesFile(Path file, String generator, CompletableFuture<KeptParses> cache, BuildCache inProcess) {
        this.file = file;
        this.generator = generator;
        this.cache = cache;
        this.inProcess = inProcess;
    }

    /**
     * Starts reading the cache for {@code options}' output ({@code folder}: what it held, null
     * when the build does not write); one that keeps nothing unless the folder holds a site folio built.
     */
    static KeptParsesFile open(Build.Options options, SiteFolder folder) {
        if (options.cache() != null) {
            // The preview server keeps each file's parse in memory (ContentParser.Cache): no YAML documents are kept here.
            return new KeptParsesFile(null, null, CompletableFuture.completedFuture(
                    new KeptParses(options.cache().markdownForBuild(), YamlCache.none())), options.cache());
        }
        String generator = BuildKey.generatorStamp();
        if (!options.write() || options.full() || folder == null || folder.stamp() == null || generator == null) {
            return new KeptParsesFile(null, null, CompletableFuture.completedFuture(KeptParses.none()), null);
        }
        Path file = OutputWriter.parsesFile(options.project().output());
        CompletableFuture<KeptParses> cache = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                cache.complete(ParseCacheFile.read(file, generator));
            } finally {
                cache.complete(KeptParses.empty()); // whatever the reading threw: the build waits for this
            }
        }, "folio-parse-cache");
        reader.setDaemon(true);
        reader.start();
        return new KeptParsesFile(file, generator, cache, null);
    }

    /** The Markdown trees, once read. */
    MarkdownCache markdown() {
        return cache.join().markdown();
    }

    /** The YAML documents, once read. */
    YamlCache yaml() {
        return cache.join().yaml();
    }

    /** Keeps what this build parsed or used for the next build. */
    void save() {
        if (inProcess != null) {
            inProcess.markdown = cache.join().markdown().next();
        } else if (file != null) {
            ParseCacheFile.write(cache.join(), file, generator);
        }
    }
}
