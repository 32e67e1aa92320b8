package folio.output;

import folio.project.Checksum;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Keeps two builds from writing one output folder at once. The lock file lives in the system's
 * temp folder, named by a hash of the output folder's real path, so a build leaves nothing
 * beside the user's site. It is never deleted: Java's file locks are POSIX locks, which a
 * process drops when it closes any handle to the file, so a deleting build cannot check that
 * the name still points at the file it locked, and a later build could lock an orphan. The
 * lock itself dies with the process, so a killed build never leaves the output locked.
 */
final class OutputLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file for {@code output}, whose parent folder must exist. */
    static Path fileFor(Path output) throws IOException {
        Path real = output.toAbsolutePath().normalize().getParent().toRealPath().resolve(output.getFileName());
        return Path.of(System.getProperty("java.io.tmpdir")).resolve("folio-" + Checksum.hexOf(real.toString()) + ".lock");
    }

    /** Takes the lock held in {@code file} (from {@link #fileFor}); null when another build holds it. */
    static OutputLock tryAcquire(Path file) throws IOException {
        FileChannel channel = open(file);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return new OutputLock(channel, lock);
            }
        } catch (OverlappingFileLockException e) {
            // This JVM already holds it, for another build.
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        channel.close();
        return null;
    }

    /**
     * Opens the lock file without following a link and without asking to create a file that
     * exists: in a shared, sticky temp folder Linux refuses that for another user's file
     * (fs.protected_regular). A new file is made writable by every user, so a build run by
     * another user (root, through sudo) does not leave one that blocks the next.
     */
    private static FileChannel open(Path file) throws IOException {
        for (int attempt = 0; ; attempt++) {
            try {
                return FileChannel.open(file, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException missing) {
                try {
                    FileChannel created = FileChannel.open(file, StandardOpenOption.CREATE_NEW,
                            StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
                    try {
                        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));
                    } catch (IOException | UnsupportedOperationException e) {
                        // Another user's build then finds it owned by this one, and says so.
                    }
                    return created;
                } catch (FileAlreadyExistsException raced) {
                    if (attempt > 2) {
                        throw raced;
                    }
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // Closing the channel releases it too.
        }
        try {
            channel.close();
        } catch (IOException e) {
            // Nothing more to release.
        }
    }
}
