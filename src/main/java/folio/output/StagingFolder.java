package folio.output;

import folio.render.RenderedFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The folder beside the site where a build's new files are written as they are made, by one
 * writer thread, and the list of every file of the new site with its size (for the manifest).
 * The first failure stops the writing and is kept for the commit to report.
 */
final class StagingFolder {
    /** Marks the end of the queue for the writer thread. */
    private static final RenderedFile END = new RenderedFile("", new byte[0]);
    private final Path folder;
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
    private volatile IOException failure;
    /** Every file of the new site and its size: the manifest that proves the folder is ours next time. */
    private final Map<String, Long> sizes = new ConcurrentHashMap<>();
    /** The files written into the folder (all of them, unless the previous output is reused). */
    private final Set<String> staged = ConcurrentHashMap.newKeySet();

    StagingFolder(Path folder) {
        this.folder = folder;
        this.writerThread = new Thread(this::writeQueued, "folio-writer");
        writerThread.setDaemon(true);
        writerThread.start();
    }

    Path folder() {
        return folder;
    }

    IOException failure() {
        return failure;
    }

    void fail(IOException e) {
        failure = e;
    }

    /** Every file of the new site by path, with its size. */
    Map<String, Long> sizes() {
        return sizes;
    }

    /** The files written here. */
    Set<String> staged() {
        return staged;
    }

    /** A file of the new site that is not written here: the previous site's copy stays. */
    void keep(String path, long size) {
        sizes.put(path, size);
    }

    /** Queues one file for the writer thread, or writes it on the caller's thread when the queue is full. */
    void add(RenderedFile file) {
        if (failure == null && !pending.offer(file)) {
            write(file.path(), file.bytes());
        }
    }

    /** Copies a file as it is (a static asset, a content image). */
    void copy(String path, Path source) throws IOException {
        Path target = folder.resolve(path);
        Files.createDirectories(target.getParent());
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        sizes.put(path, Files.size(target));
        staged.add(path);
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
                    write(file.path(), file.bytes());
                } catch (RuntimeException | Error e) {
                    failure = new IOException("internal error while writing " + file.path() + ": " + e, e);
                }
            }
        }
    }

    void write(String path, byte[] bytes) {
        try {
            Path target = folder.resolve(path);
            Files.createDirectories(target.getParent());
            try (OutputStream out = Files.newOutputStream(target)) {
                out.write(bytes);
            }
            sizes.put(path, (long) bytes.length);
            staged.add(path);
        } catch (IOException e) {
            failure = e;
        }
    }

    /**
     * Waits until every queued file is written (or writing failed). Never waits on a writer
     * thread that has stopped: files it left in the queue become a failure, not a hang.
     */
    void drain() {
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
}
