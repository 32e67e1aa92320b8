package folio.output;

import folio.diag.BuildFailure;
import folio.diag.Diagnostics;
import folio.project.Project;
import folio.render.RenderedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The write stage, the only code that touches the output directory. A full build writes the new
 * site to a temporary folder beside it ({@code .site.tmp-*}) and swaps it in by renames, under a
 * lock ({@link OutputLock}), so a failed, killed or concurrent build never leaves a half-written
 * site/: either the old site or the new one is there. An interrupted swap is repaired by the
 * next build from {@code .site.old} ({@link OutputPlace} readies the folder). When the
 * {@link OutputCache} shows that site/ is what the last build with the same key wrote, only the
 * files whose bytes differ from the {@link PreviousOutput} are written, by an {@link InPlaceUpdate}
 * (or, when many changed, linked with the rest into a folder swapped in whole).
 */
public final class OutputWriter implements AutoCloseable {
    private final Project project;
    private final OutputPlace place;
    private final Path output;
    /** What the build's files are made from; null keeps no cache. */
    private final String key;
    /** The last build's files, when this build may keep the ones that did not change; else null. */
    private final PreviousOutput previous;
    /** With {@code previous}: each folder's time that proved the site held only the last build's files ({@link FolderStamps}). */
    private final Map<String, Long> provenFolders;
    private final String fullBuildReason;
    private final StagingFolder staging;
    private Summary summary;
    private boolean committed;

    /**
     * How a commit wrote the site: {@code incremental} when the previous output was reused, how
     * many files were written and removed, and why not incremental ({@code fullBuildReason}).
     */
    public record Summary(boolean incremental, int written, int removed, String fullBuildReason) {}

    private OutputWriter(Project project, OutputPlace place, String key, PreviousOutput previous, Map<String, Long> provenFolders,
                         String fullBuildReason) {
        this.project = project;
        this.provenFolders = provenFolders;
        this.place = place;
        this.output = place.output;
        this.key = key;
        this.previous = previous;
        this.fullBuildReason = fullBuildReason;
        this.staging = new StagingFolder(place.temp);
    }

    /**
     * Takes the output directory's lock and starts an empty staging folder. Pages are
     * then written as they are rendered ({@link #add}), so the build never holds the whole site
     * in memory; {@link #commit} swaps it in; {@link #close} without a commit throws it away.
     */
    /**
     * Where the Markdown and YAML parses of the builds into {@code output} are kept for the next one:
     * beside it ({@code .site.parses} for {@code site/}), so the cache goes when the folder it
     * serves goes, as Jekyll's {@code .jekyll-cache} does.
     */
    public static Path parsesFile(Path output) {
        return output.resolveSibling("." + output.getFileName() + ".parses");
    }

    public static OutputWriter open(Project project, Diagnostics diagnostics) throws BuildFailure {
        return open(project, null, false, null, diagnostics);
    }

    /**
     * As {@link #open(Project, Diagnostics)}, keeping a cache of what is written under {@code key}
     * (what the build's files are made from; null keeps none). With {@code reuse}, when the cache
     * has the same key and site/ is still what it describes, {@link #commit} writes only the
     * files whose bytes changed. {@code walked}: what the folder held when the build checked it,
     * read again only if it may have changed since (null: read it when needed).
     */
    public static OutputWriter open(Project project, String key, boolean reuse, SiteFolder walked, Diagnostics diagnostics)
            throws BuildFailure {
        OutputPlace place = OutputPlace.take(project, diagnostics);
        OutputCache cache = key != null && reuse ? OutputCache.read(place.cache, place.output) : null;
        // The listing the reuse check read: its folders' times are what an update in place builds on.
        SiteFolder[] seen = new SiteFolder[1];
        String reason = OutputCache.whyNotReused(key, reuse, cache,
                () -> seen[0] = walked != null && walked.current(place.repaired) ? walked : SiteFolder.walkIfThere(place.output),
                project.display(place.output));
        return reason == null
                ? new OutputWriter(project, place, key, new PreviousOutput(place.output, cache), seen[0].folders(), null)
                : new OutputWriter(project, place, key, null, Map.of(), reason);
    }

    /** Writes one file into the staging folder, or queues it for the writer thread; safe to call from several threads. */
    public void add(RenderedFile file) {
        if (staging.failure() != null) {
            return;
        }
        if (previous != null && previous.unchanged(file.path(), file.bytes())) {
            staging.keep(file.path(), file.bytes().length);
            return;
        }
        staging.add(file);
    }

    /**
     * Keeps the previous site's file at {@code path} as it is, without its bytes (a page the
     * render stage knows would come out the same); false when there is no such file to keep
     * (a full build, a new page, or a file changed since the last build wrote the site: its
     * bytes are not compared), and the caller writes it.
     */
    public boolean keepLast(String path) {
        long size = previous == null || staging.failure() != null ? -1 : previous.size(path);
        if (size < 0 || !previous.notNewerThanManifest(path)) {
            return false;
        }
        staging.keep(path, size);
        return true;
    }

    /** The file beside {@code output} where a build keeps what its pages' renders read, for the next build. */
    public static Path renderMemoryFile(Path output) {
        return output.resolveSibling("." + output.getFileName() + ".pages");
    }

    /**
     * Copies files as they are (static assets, content images), by output path; a style sheet or a
     * script is written compacted ({@link CompactFiles}), like a generated file.
     */
    public void copyAll(Map<String, Path> copies) {
        for (Map.Entry<String, Path> copy : copies.entrySet()) {
            if (staging.failure() != null) {
                return;
            }
            try {
                if (CompactFiles.applies(copy.getKey())) {
                    add(new RenderedFile(copy.getKey(), CompactFiles.read(copy.getKey(), copy.getValue())));
                } else if (previous != null && previous.unchanged(copy.getKey(), copy.getValue())) {
                    staging.keep(copy.getKey(), Files.size(copy.getValue()));
                } else {
                    staging.copy(copy.getKey(), copy.getValue());
                }
            } catch (IOException e) {
                staging.fail(e);
            }
        }
    }

    /** Swaps the staged site in; on any failure the previous site stays and a diagnostic says why. */
    public boolean commit(Diagnostics diagnostics) {
        staging.drain();
        if (staging.failure() != null) {
            return OutputFolders.fail(diagnostics, project, output, "cannot write the new site; the previous site is untouched",
                    staging.failure());
        }
        Map<String, Long> sizes = staging.sizes();
        byte[] manifest = SiteManifest.write(sizes);
        // The next build's cache: every file's size as it was written, so the new site is never walked.
        Map<String, Long> files = new HashMap<>(sizes);
        files.put(SiteManifest.NAME, (long) manifest.length);
        try {
            if (previous != null) {
                return commitChanges(manifest, files, diagnostics);
            }
            Files.write(place.temp.resolve(SiteManifest.NAME), manifest);
            swapIn(files, diagnostics);
            summary = new Summary(false, sizes.size() + 1, 0, fullBuildReason);
            return true;
        } catch (IOException e) {
            OutputFolders.recover(output, place.old);
            return OutputFolders.fail(diagnostics, project, output, "cannot replace the site; the previous site is untouched", e);
        }
    }

    /** The site was what the cache describes: only what changed is written (or, when much changed, the site swapped whole). */
    private boolean commitChanges(byte[] manifest, Map<String, Long> files, Diagnostics diagnostics) throws IOException {
        Set<String> changed = new TreeSet<>(staging.staged());
        if (!previous.unchanged(SiteManifest.NAME, manifest)) {
            Files.write(place.temp.resolve(SiteManifest.NAME), manifest);
            changed.add(SiteManifest.NAME);
        }
        List<String> removed = previous.removed(staging.sizes());
        summary = new Summary(true, changed.size(), removed.size(), null);
        if (changed.isEmpty() && removed.isEmpty()) {
            committed = true; // the cache still describes the site
            return true;
        }
        if (changed.size() + removed.size() > previous.size() / 3) {
            // Much changed: the rest is linked beside it and the site swapped whole, so no reader sees a mix.
            for (String path : previous.paths()) {
                if (!changed.contains(path) && files.containsKey(path)) {
                    OutputFolders.link(output, place.temp, path);
                }
            }
            swapIn(files, diagnostics);
            return true;
        }
        Files.deleteIfExists(place.cache);
        try {
            place.inPlaceUpdate().apply(place.temp, changed, removed);
        } catch (IOException e) {
            return OutputFolders.fail(diagnostics, project, output, "cannot update the site; the previous site is untouched", e);
        }
        committed = true;
        Set<String> touched = new HashSet<>(changed);
        touched.addAll(removed);
        OutputCache.save(place.cache, key, files, FolderStamps.afterUpdate(output, provenFolders, files, touched));
        return true;
    }

    /** The whole-folder swap; the cache goes first and comes back describing the new site ({@code files}). */
    private void swapIn(Map<String, Long> files, Diagnostics diagnostics) throws IOException {
        Files.deleteIfExists(place.cache);
        OutputFolders.swap(place.temp, output, place.old);
        committed = true;
        String leftover = OutputFolders.removeLeftover(project, place.old);
        if (leftover != null) {
            diagnostics.add(folio.diag.Diagnostic.warning(project.display(place.old), 0, 0, "the new site is in place, "
                    + "but the previous one could not be removed from here" + leftover));
        }
        if (key != null) {
            OutputCache.save(place.cache, key, files, Map.of()); // a new folder: the next build walks it once
        }
    }

    /** How the last {@link #commit} wrote the site; null before one succeeded. */
    public Summary summary() {
        return summary;
    }

    @Override
    public void close() {
        staging.drain();
        if (!committed || Files.exists(place.temp)) {
            try {
                OutputFolders.deleteTree(place.temp);
            } catch (IOException e) {
                // A stale staging folder is removed by the next build.
            }
        }
        place.close();
    }
}
