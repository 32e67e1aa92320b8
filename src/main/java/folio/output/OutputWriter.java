package folio.output;

import folio.diag.BuildFailure;
import folio.diag.Diagnostics;
import folio.project.Project;
import folio.render.RenderedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The write stage, the only code that touches the output directory. A full build writes the new
 * site to a temporary folder beside it ({@code .site.tmp-*}) and swaps it in by renames, under a
 * lock ({@link OutputLock}), so a failed, killed or concurrent build never leaves a half-written
 * site/: either the old site or the new one is there. An interrupted swap is repaired by the
 * next build from {@code .site.old}. When the {@link OutputCache} shows that site/ is what the
 * last build with the same key wrote, only the files whose bytes changed are written, by an
 * {@link InPlaceUpdate} (or, when many changed, linked with the rest into a folder swapped in whole).
 */
public final class OutputWriter implements AutoCloseable {
    private final Project project;
    private final Path output;
    private final Path old;
    private final Path temp;
    private final Path cacheFile;
    private final InPlaceUpdate update;
    /** What the build's files are made from; null keeps no cache. */
    private final String key;
    /** The last build's files, when this build may keep the ones that did not change; else null. */
    private final OutputCache previous;
    private final String fullBuildReason;
    private Summary summary;
    private final OutputLock lock;
    private final StagingFolder staging;
    private boolean committed;
    /** The SHA-256 of every file of the new site, for the cache (none when there is no key). */
    private final Map<String, String> hashes = new ConcurrentHashMap<>();

    /**
     * How a commit wrote the site: {@code incremental} when the previous output was reused, how
     * many files were written and removed, and why not incremental ({@code fullBuildReason}).
     */
    public record Summary(boolean incremental, int written, int removed, String fullBuildReason) {}

    private OutputWriter(Project project, Path temp, Path old, Names names, String key, OutputCache previous,
                         String fullBuildReason, OutputLock lock) {
        this.project = project;
        this.output = project.output();
        this.temp = temp;
        this.old = old;
        this.cacheFile = names.cache();
        this.update = new InPlaceUpdate(output, old, names.journal());
        this.key = key;
        this.previous = previous;
        this.fullBuildReason = fullBuildReason;
        this.lock = lock;
        this.staging = new StagingFolder(temp);
    }

    /**
     * Takes the output directory's lock and starts an empty staging folder. Pages are
     * then written as they are rendered ({@link #add}), so the build never holds the whole site
     * in memory; {@link #commit} swaps it in; {@link #close} without a commit throws it away.
     */
    public static OutputWriter open(Project project, Diagnostics diagnostics) throws BuildFailure {
        return open(project, null, false, diagnostics);
    }

    /** The files beside the output folder that belong to it. */
    private record Names(Path cache, Path journal) {}

    /**
     * As {@link #open(Project, Diagnostics)}, keeping a cache of what is written under {@code key}
     * (what the build's files are made from; null keeps none). With {@code reuse}, when the cache
     * has the same key and site/ is still what it describes, {@link #commit} writes only the
     * files whose bytes changed.
     */
    public static OutputWriter open(Project project, String key, boolean reuse, Diagnostics diagnostics)
            throws BuildFailure {
        Path output = project.output();
        Path parent = output.getParent();
        String name = output.getFileName().toString();
        Path old = parent.resolve("." + name + ".old");
        Path temp = parent.resolve("." + name + ".tmp-" + ProcessHandle.current().pid());
        Path lockFile;
        Names names;
        try {
            Files.createDirectories(parent);
            lockFile = OutputLock.fileFor(output);
            names = new Names(lockFile.resolveSibling(lockFile.getFileName().toString().replace(".lock", ".cache")),
                    parent.resolve("." + name + ".journal"));
        } catch (IOException e) {
            OutputFolders.fail(diagnostics, project, parent, "cannot create the folder for the site", e);
            throw new BuildFailure(false);
        }
        // Found now, all at once, not one by one after rendering: what another user's build left.
        String blocked = AccessProblem.blocking(project, List.of(lockFile, output, old));
        if (blocked != null) {
            diagnostics.error(project.display(output), 0, 0, "cannot replace the site: " + blocked);
            throw new BuildFailure(false);
        }
        OutputLock lock = null;
        try {
            lock = OutputLock.tryAcquire(lockFile);
            if (lock == null) {
                diagnostics.error(project.display(output), 0, 0,
                        "another build is writing this site right now: wait for it to finish, then build again");
                throw BuildFailure.busy();
            }
            OutputFolders.recover(output, old);
            new InPlaceUpdate(output, old, names.journal()).rollBack();
            OutputFolders.clear(output, old, temp);
            OutputCache cache = key != null && reuse ? OutputCache.read(names.cache(), output) : null;
            String reason = OutputCache.whyNotReused(key, reuse, cache, output, project.display(output));
            return new OutputWriter(project, temp, old, names, key, reason == null ? cache : null, reason, lock);
        } catch (IOException e) {
            if (lock != null) {
                lock.close();
            }
            OutputFolders.fail(diagnostics, project, output, "cannot write next to the site", e);
            throw new BuildFailure(false);
        }
    }

    /** Writes one file into the staging folder, or queues it for the writer thread; safe to call from several threads. */
    public void add(RenderedFile file) {
        if (staging.failure() != null) {
            return;
        }
        if (key != null) {
            String hash = OutputCache.sha256(file.bytes());
            hashes.put(file.path(), hash);
            if (unchanged(file.path(), file.bytes().length, hash)) {
                staging.keep(file.path(), file.bytes().length);
                return;
            }
        }
        staging.add(file);
    }

    /** Whether the previous build left exactly these bytes at {@code path}. */
    private boolean unchanged(String path, long size, String hash) {
        OutputCache.Entry entry = previous == null ? null : previous.files().get(path);
        return entry != null && entry.size() == size && entry.sha256().equals(hash);
    }

    /** Copies files as they are (static assets, content images), by output path. */
    public void copyAll(Map<String, Path> copies) {
        for (Map.Entry<String, Path> copy : copies.entrySet()) {
            if (staging.failure() != null) {
                return;
            }
            try {
                if (key == null) {
                    staging.copy(copy.getKey(), copy.getValue());
                    continue;
                }
                byte[] bytes = Files.readAllBytes(copy.getValue());
                String hash = OutputCache.sha256(bytes);
                hashes.put(copy.getKey(), hash);
                if (unchanged(copy.getKey(), bytes.length, hash)) {
                    staging.keep(copy.getKey(), bytes.length);
                } else {
                    staging.write(copy.getKey(), bytes);
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
        Map<String, Long> written = staging.sizes();
        byte[] manifest = SiteManifest.write(written);
        hashes.put(SiteManifest.NAME, OutputCache.sha256(manifest));
        try {
            if (previous != null) {
                return commitChanges(manifest, diagnostics);
            }
            Files.write(temp.resolve(SiteManifest.NAME), manifest);
            swapIn(diagnostics);
            summary = new Summary(false, written.size() + 1, 0, fullBuildReason);
            return true;
        } catch (IOException e) {
            OutputFolders.recover(output, old);
            return OutputFolders.fail(diagnostics, project, output, "cannot replace the site; the previous site is untouched", e);
        }
    }

    /** The site was what the cache describes: only what changed is written (or, when much changed, the site swapped whole). */
    private boolean commitChanges(byte[] manifest, Diagnostics diagnostics) throws IOException {
        Map<String, Long> written = staging.sizes();
        Set<String> changed = new TreeSet<>(staging.staged());
        if (!unchanged(SiteManifest.NAME, manifest.length, hashes.get(SiteManifest.NAME))) {
            Files.write(temp.resolve(SiteManifest.NAME), manifest);
            changed.add(SiteManifest.NAME);
        }
        List<String> removed = new ArrayList<>();
        previous.files().keySet().stream().filter(path -> !written.containsKey(path) && !path.equals(SiteManifest.NAME))
                .forEach(removed::add);
        summary = new Summary(true, changed.size(), removed.size(), null);
        if (changed.isEmpty() && removed.isEmpty()) {
            committed = true;
            return true;
        }
        if (changed.size() + removed.size() > previous.files().size() / 3) {
            // Much changed: the rest is linked beside it and the site swapped whole, so no reader sees a mix.
            for (String path : previous.files().keySet()) {
                if (!changed.contains(path) && (written.containsKey(path) || path.equals(SiteManifest.NAME))) {
                    OutputFolders.link(output, temp, path);
                }
            }
            swapIn(diagnostics);
            return true;
        }
        Files.deleteIfExists(cacheFile);
        try {
            update.apply(temp, changed, removed);
        } catch (IOException e) {
            return OutputFolders.fail(diagnostics, project, output, "cannot update the site; the previous site is untouched", e);
        }
        committed = true;
        OutputCache.save(cacheFile, key, () -> {
            Map<String, OutputCache.Entry> entries = new HashMap<>(previous.files());
            removed.forEach(entries::remove);
            for (String path : changed) {
                entries.put(path, OutputCache.stat(output, path, hashes.get(path)));
            }
            return entries;
        });
        return true;
    }

    /** The whole-folder swap; the cache goes first and comes back describing the new site. */
    private void swapIn(Diagnostics diagnostics) throws IOException {
        Files.deleteIfExists(cacheFile);
        OutputFolders.swap(temp, output, old);
        committed = true;
        String leftover = OutputFolders.removeLeftover(project, old);
        if (leftover != null) {
            diagnostics.add(folio.diag.Diagnostic.warning(project.display(old), 0, 0, "the new site is in place, "
                    + "but the previous one could not be removed from here" + leftover));
        }
        if (key != null) {
            OutputCache.save(cacheFile, key, () -> OutputCache.stat(output, hashes));
        }
    }

    /** How the last {@link #commit} wrote the site; null before one succeeded. */
    public Summary summary() {
        return summary;
    }

    @Override
    public void close() {
        staging.drain();
        if (!committed || Files.exists(temp)) {
            try {
                OutputFolders.deleteTree(temp);
            } catch (IOException e) {
                // A stale staging folder is removed by the next build.
            }
        }
        lock.close();
    }
}
