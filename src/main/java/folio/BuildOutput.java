package folio;

import folio.diag.BuildFailure;
import folio.diag.Diagnostics;
import folio.diag.Progress;
import folio.output.OutputWriter;
import folio.output.SiteFolder;
import folio.render.RenderedFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Where a build's files go as they are made: the output's staging folder when the build writes
 * (so the site is never all in memory), a list when the caller keeps them (tests, the preview
 * server), and one step of progress each. Safe to feed from several threads.
 */
final class BuildOutput implements Consumer<RenderedFile>, AutoCloseable {
    private final OutputWriter writer;
    private final List<RenderedFile> kept;
    private final Progress progress;

    private BuildOutput(OutputWriter writer, List<RenderedFile> kept, Progress progress) {
        this.writer = writer;
        this.kept = kept;
        this.progress = progress;
    }

    /**
     * Opens the output's staging folder when {@code options} write ({@code key}: the build's
     * {@link BuildKey}; {@code folder}: what the output folder held when the build checked it); stops the build when it cannot be had.
     */
    static BuildOutput open(Build.Options options, String key, SiteFolder folder, Progress progress, Diagnostics diagnostics)
            throws BuildFailure {
        OutputWriter writer = null;
        if (options.write()) {
            writer = OutputWriter.open(options.project(), key, !options.full(), folder, diagnostics);
        }
        List<RenderedFile> kept = options.keepFiles() ? Collections.synchronizedList(new ArrayList<>()) : null;
        return new BuildOutput(writer, kept, progress);
    }

    @Override
    public void accept(RenderedFile file) {
        if (writer != null) {
            writer.add(file);
        }
        if (kept != null) {
            kept.add(file);
        }
        progress.advance();
    }

    /**
     * Keeps the last build's file at {@code path} where it is (see {@link OutputWriter#keepLast});
     * false when the build does not write into the last site, or keeps its files in memory too.
     */
    boolean keepLast(String path) {
        if (writer == null || kept != null || !writer.keepLast(path)) {
            return false;
        }
        progress.advance();
        return true;
    }

    /** Copies the static files beside the generated ones and swaps the staged site in. */
    void commit(Map<String, Path> copies, Diagnostics diagnostics) throws BuildFailure {
        if (writer != null) {
            writer.copyAll(copies);
            if (!writer.commit(diagnostics)) {
                throw new BuildFailure(false);
            }
        }
    }

    /** How the site was written; null when the build does not write. */
    OutputWriter.Summary summary() {
        return writer == null ? null : writer.summary();
    }

    /** The files kept, by output path (none unless the options keep them). */
    List<RenderedFile> kept() {
        if (kept == null) {
            return List.of();
        }
        List<RenderedFile> files = new ArrayList<>(kept);
        files.sort(Comparator.comparing(RenderedFile::path));
        return List.copyOf(files);
    }

    /** Throws the staged files away unless they were committed. */
    @Override
    public void close() {
        if (writer != null) {
            writer.close();
        }
    }
}
