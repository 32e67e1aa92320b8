package folio.output;

import folio.diag.BuildFailure;
import folio.diag.Diagnostics;
import folio.project.Project;
import folio.render.RenderedFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The write stage, the only code that touches the output directory. The new site is written to
 * a temporary folder beside it ({@code .site.tmp-*}) and swapped in by renames, under a lock
 * ({@link OutputLock}), so a failed, killed or concurrent build never leaves a half-written
 * site/: either the old site or the new one is there. An interrupted swap is repaired by the
 * next build from {@code .site.old}.
 */
public final class OutputWriter implements AutoCloseable {
    /** Marks the end of the queue for the writer thread. */
    private static final RenderedFile END = new RenderedFile("", new byte[0]);
    private final Project project;
    private final Path output;
    private final Path old;
    private final Path temp;
    private final OutputLock lock;
    private volatile IOException failure;
    private boolean committed;
    /**
     * Files waiting for the writer thread. One thread creates the files: on ext4, creating a
     * file is mostly the kernel searching the inode bitmap under locks shared by the whole
     * disk, so a second writing thread mostly spins beside the first (10,000 pages: the same
     * wall time for more system CPU) while the renderers could have used that core. When the
     * queue is full the disk is the bottleneck, and the renderer writes its page itself rather
     * than wait: measured a little faster than waiting (10,000 pages, 4 runs in turns), though
     * two threads then create files side by side.
     */
    private final BlockingQueue<RenderedFile> pending = new ArrayBlockingQueue<>(256);
    private final Thread writerThread;
    private boolean drained;
    /** Every file staged so far and its size: the manifest that proves the folder is ours next time. */
    private final Map<String, Long> written = new java.util.concurrent.ConcurrentHashMap<>();

    private OutputWriter(Project project, Path temp, Path old, OutputLock lock) {
        this.project = project;
        this.output = project.output();
        this.temp = temp;
        this.old = old;
        this.lock = lock;
        this.writerThread = new Thread(this::writeQueued, "folio-writer");
        writerThread.setDaemon(true);
        writerThread.start();
    }

    /**
     * Takes the output directory's lock and starts an empty staging folder. Pages are
     * then written as they are rendered ({@link #add}), so the build never holds the whole site
     * in memory; {@link #commit} swaps it in; {@link #close} without a commit throws it away.
     */
    public static OutputWriter open(Project project, Diagnostics diagnostics) throws BuildFailure {
        Path output = project.output();
        Path parent = output.getParent();
        String name = output.getFileName().toString();
        Path old = parent.resolve("." + name + ".old");
        Path temp = parent.resolve("." + name + ".tmp-" + ProcessHandle.current().pid());
        Path lockFile;
        try {
            Files.createDirectories(parent);
            lockFile = OutputLock.fileFor(output);
        } catch (IOException e) {
            fail(diagnostics, project, parent, "cannot create the folder for the site", e);
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
            recover(output, old);
            if (Files.exists(output)) {
                deleteTree(old); // what a killed build left; fails here, before rendering, if it is not ours
            }
            removeStaleTemps(parent, name);
            Files.createDirectories(temp);
            return new OutputWriter(project, temp, old, lock);
        } catch (IOException e) {
            if (lock != null) {
                lock.close();
            }
            fail(diagnostics, project, output, "cannot write next to the site", e);
            throw new BuildFailure(false);
        }
    }

    /** Writes one file into the staging folder, or queues it for the writer thread; safe to call from several threads. */
    public void add(RenderedFile file) {
        if (failure != null) {
            return;
        }
        if (!pending.offer(file)) {
            write(file);
        }
    }

    private void writeQueued() {
        while (true) {
            RenderedFile file;
            try {
                file = pending.take();
            } catch (InterruptedException e) {
                // Nothing in folio interrupts this thread; if something does, drain() reports the
                // files left in the queue instead of swapping in a site without them.
                return;
            }
            if (file == END) {
                return;
            }
            if (failure == null) {
                try {
                    write(file);
                } catch (RuntimeException | Error e) {
                    failure = new IOException("internal error while writing " + file.path() + ": " + e, e);
                }
            }
        }
    }

    private void write(RenderedFile file) {
        try {
            Path target = temp.resolve(file.path());
            Files.createDirectories(target.getParent());
            try (OutputStream out = Files.newOutputStream(target)) {
                out.write(file.bytes());
            }
            written.put(file.path(), (long) file.bytes().length);
        } catch (IOException e) {
            failure = e;
        }
    }

    /**
     * Waits until every queued file is written (or writing failed). Never waits on a writer
     * thread that has stopped: files it left in the queue become a failure, not a hang.
     */
    private void drain() {
        if (drained) {
            return;
        }
        drained = true;
        boolean interrupted = false;
        boolean endQueued = false;
        while (writerThread.isAlive()) {
            try {
                if (endQueued) {
                    writerThread.join();
                } else {
                    endQueued = pending.offer(END, 100, TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (!pending.isEmpty() && failure == null) {
            failure = new IOException("the writing thread stopped before every file was written");
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Copies files as they are (static assets, content images), by output path. */
    public void copyAll(Map<String, Path> copies) {
        for (Map.Entry<String, Path> copy : copies.entrySet()) {
            if (failure != null) {
                return;
            }
            try {
                Path target = temp.resolve(copy.getKey());
                Files.createDirectories(target.getParent());
                Files.copy(copy.getValue(), target, StandardCopyOption.REPLACE_EXISTING);
                written.put(copy.getKey(), Files.size(target));
            } catch (IOException e) {
                failure = e;
            }
        }
    }

    /** Swaps the staged site in; on any failure the previous site stays and a diagnostic says why. */
    public boolean commit(Diagnostics diagnostics) {
        drain();
        if (failure != null) {
            return fail(diagnostics, project, output, "cannot write the new site; the previous site is untouched", failure);
        }
        try {
            Files.write(temp.resolve(SiteManifest.NAME), SiteManifest.write(written));
            swap(temp, output, old);
            committed = true;
            String leftover = removeLeftover(project, old);
            if (leftover != null) {
                diagnostics.add(folio.diag.Diagnostic.warning(project.display(old), 0, 0, "the new site is in place, "
                        + "but the previous one could not be removed from here" + leftover));
            }
            return true;
        } catch (IOException e) {
            recover(output, old);
            return fail(diagnostics, project, output, "cannot replace the site; the previous site is untouched", e);
        }
    }

    @Override
    public void close() {
        drain();
        if (!committed) {
            try {
                deleteTree(temp);
            } catch (IOException e) {
                // A stale staging folder is removed by the next build.
            }
        }
        lock.close();
    }

    private static void swap(Path temp, Path output, Path old) throws IOException {
        if (Files.exists(output)) {
            deleteTree(old);
            move(output, old);
            move(temp, output);
            try {
                deleteTreeInParallel(old);
            } catch (IOException e) {
                // The new site is in place; the next build removes what is left of the old one.
            }
        } else {
            move(temp, output);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** A build killed between the two renames left the previous site in .site.old: put it back. */
    private static void recover(Path output, Path old) {
        try {
            if (!Files.exists(output) && Files.isDirectory(old)) {
                move(old, output);
            }
        } catch (IOException e) {
            // The next build will try again; the old site is still complete in .site.old.
        }
    }

    private static void removeStaleTemps(Path parent, String name) throws IOException {
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(parent, "." + name + ".tmp-*")) {
            for (Path stale : stream) {
                deleteTree(stale);
            }
        }
    }

    /** Deleting thousands of small files is slow one by one: the top-level folders go in parallel. */
    private static void deleteTreeInParallel(Path root) throws IOException {
        List<Path> children;
        try (java.util.stream.Stream<Path> list = Files.list(root)) {
            children = list.toList();
        }
        java.util.concurrent.atomic.AtomicReference<IOException> failure = new java.util.concurrent.atomic.AtomicReference<>();
        children.parallelStream().forEach(child -> {
            try {
                deleteTree(child);
            } catch (IOException e) {
                failure.compareAndSet(null, e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        Files.delete(root);
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Removes what is left of the previous site; null when nothing is left, else why it stays. */
    private static String removeLeftover(Project project, Path old) {
        try {
            deleteTree(old);
            return null;
        } catch (java.nio.file.AccessDeniedException e) {
            String problem = AccessProblem.explain(project, project.output(), e.getFile() == null ? old : Path.of(e.getFile()));
            return problem == null ? ": remove it by hand" : ": " + problem;
        } catch (IOException e) {
            return " (" + e.getMessage() + "): remove it by hand";
        }
    }

    private static boolean fail(Diagnostics diagnostics, Project project, Path path, String what, IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException denied) {
            String problem = AccessProblem.explain(project, project.output(), denied.getFile() == null ? null
                    : Path.of(denied.getFile()));
            if (problem != null) {
                diagnostics.error(project.display(path), 0, 0, what + ": " + problem);
                return false;
            }
        }
        String reason = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e instanceof java.nio.file.FileAlreadyExistsException || e instanceof java.nio.file.NotDirectoryException
                        ? "a file is in the way where a folder should be"
                : e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : e.getMessage() != null ? e.getMessage() : "input/output error";
        diagnostics.error(project.display(path), 0, 0, what + " (" + reason
                + "): check that you may write to this folder and that the disk is not full");
        return false;
    }
}
