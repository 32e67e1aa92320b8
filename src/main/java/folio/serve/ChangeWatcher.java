package folio.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folders recursively and calls back once per burst of changes (editors save in
 * several steps), naming the changed files. New folders are watched as they appear.
 */
final class ChangeWatcher implements AutoCloseable {
    /** Changes closer together than this are one save. */
    private static final long QUIET_MILLIS = 40;

    private final WatchService service;
    private final java.util.Set<String> createdInBurst = new java.util.HashSet<>();
    private final Thread thread;

    private ChangeWatcher(WatchService service, List<Path> roots, Consumer<String> onChange) throws IOException {
        this.service = service;
        for (Path root : roots) {
            registerTree(root);
        }
        this.thread = new Thread(() -> loop(onChange), "folio-watch");
        thread.setDaemon(true);
        thread.start();
    }

    static ChangeWatcher start(List<Path> roots, Consumer<String> onChange) throws IOException {
        return new ChangeWatcher(FileSystems.getDefault().newWatchService(), roots, onChange);
    }

    private void registerTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void loop(Consumer<String> onChange) {
        try {
            while (true) {
                WatchKey key = service.take();
                TreeSet<String> changed = new TreeSet<>();
                createdInBurst.clear();
                collect(key, changed);
                WatchKey more;
                while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    collect(more, changed);
                }
                // A burst of only short-lived files still rebuilds: something under the folders moved.
                try {
                    onChange.accept(changed.isEmpty() ? "files changed" : String.join(", ", changed));
                } catch (RuntimeException | Error e) {
                    // The rebuild reports its own failures; whatever escapes must not stop the watching.
                    System.err.println("folio: a rebuild failed (" + e.getClass().getSimpleName() + "); still watching");
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Stopped.
        }
    }

    private void collect(WatchKey key, TreeSet<String> changed) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.context() instanceof Path name) {
                String file = name.toString();
                // Editors' swap and backup files are not content.
                if (file.startsWith(".") || file.endsWith("~") || file.endsWith(".swp")) {
                    continue;
                }
                Path full = dir.resolve(name);
                // Editors and tools (sed -i) write through short-lived files: one created and gone
                // within the same burst was never content, so it is not named.
                if (event.kind() == StandardWatchEventKinds.ENTRY_DELETE && createdInBurst.remove(file)) {
                    changed.remove(file);
                    continue;
                }
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                    createdInBurst.add(file);
                }
                changed.add(file);
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(full)) {
                    try {
                        registerTree(full);
                    } catch (IOException e) {
                        // The folder vanished again; nothing to watch.
                    }
                }
            }
        }
        key.reset();
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // Closing anyway.
        }
        thread.interrupt();
    }
}
