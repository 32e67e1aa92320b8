package folio.output;

import folio.diag.BuildFailure;
import folio.diag.Diagnostics;
import folio.project.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * An output folder and the files that belong to it, beside it or in the temp folder: the
 * previous site during a swap ({@code .site.old}), this build's staging folder
 * ({@code .site.tmp-PID}), the journal of an in-place update ({@code .site.journal}), the lock
 * and the cache ({@code folio-HASH.lock}, {@code folio-HASH.cache}). {@link #take} readies them
 * for a build: the lock held, what a killed build left repaired or removed, the staging
 * folder empty. Closing releases the lock.
 */
final class OutputPlace implements AutoCloseable {
    final Path output;
    final Path old;
    final Path temp;
    final Path journal;
    final Path cache;
    /** Whether taking the place found a killed build's leftovers to repair in the site folder. */
    final boolean repaired;
    private final OutputLock lock;

    private OutputPlace(Path output, Path lockFile, OutputLock lock, boolean repaired) {
        this.output = output;
        this.old = beside(output, ".old");
        this.temp = beside(output, ".tmp-" + ProcessHandle.current().pid());
        this.journal = beside(output, ".journal");
        this.cache = cacheFile(lockFile);
        this.lock = lock;
        this.repaired = repaired;
    }

    /**
     * Rolls back an in-place update that a killed build left half done (its journal is still
     * there), so that the folder holds the last finished build's files again and the output
     * guard can recognise them. Does nothing while another build holds the lock: that build is
     * the one writing, and {@link #take} reports it.
     */
    static void repairKilledUpdate(Path output) {
        Path journal = beside(output, ".journal");
        if (!Files.exists(journal, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (OutputLock lock = OutputLock.tryAcquire(OutputLock.fileFor(output))) {
            if (lock != null) {
                new InPlaceUpdate(output, beside(output, ".old"), journal).rollBack();
            }
        } catch (IOException | RuntimeException e) {
            // take() tries again, and says what stops it.
        }
    }

    /** The output cache kept beside the lock file {@code lockFile} ({@code folio-HASH.cache}). */
    static Path cacheFile(Path lockFile) {
        return lockFile.resolveSibling(lockFile.getFileName().toString().replace(".lock", ".cache"));
    }

    /** {@code .site.SUFFIX} for {@code site/}. */
    private static Path beside(Path output, String suffix) {
        return output.resolveSibling("." + output.getFileName() + suffix);
    }

    /**
     * Takes the lock of the project's output folder and readies it for a build; stops the
     * build, with a diagnostic, when another build holds the lock or the folder cannot be
     * written.
     */
    static OutputPlace take(Project project, Diagnostics diagnostics) throws BuildFailure {
        Path output = project.output();
        Path parent = output.getParent();
        Path lockFile;
        try {
            Files.createDirectories(parent);
            lockFile = OutputLock.fileFor(output);
        } catch (IOException e) {
            OutputFolders.fail(diagnostics, project, parent, "cannot create the folder for the site", e);
            throw new BuildFailure(false);
        }
        Path old = beside(output, ".old");
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
            boolean repaired = Files.exists(beside(output, ".journal")) || !Files.exists(output) && Files.isDirectory(old);
            OutputPlace place = new OutputPlace(output, lockFile, lock, repaired);
            OutputFolders.recover(output, old);
            place.inPlaceUpdate().rollBack();
            OutputFolders.clear(output, old, place.temp);
            return place;
        } catch (IOException e) {
            if (lock != null) {
                lock.close();
            }
            OutputFolders.fail(diagnostics, project, output, "cannot write next to the site", e);
            throw new BuildFailure(false);
        }
    }

    /** An update of the site in place, journaled beside it. */
    InPlaceUpdate inPlaceUpdate() {
        return new InPlaceUpdate(output, old, journal);
    }

    @Override
    public void close() {
        lock.close();
    }
}
