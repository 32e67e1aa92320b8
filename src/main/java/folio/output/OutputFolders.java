package folio.output;

import folio.diag.Diagnostics;
import folio.project.Project;
import folio.project.SourceLoader;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The file operations of the write stage: renames, the whole-folder swap and its repair,
 * deleting trees, and the message for a failed write. Only {@code folio.output} calls them.
 */
final class OutputFolders {
    private OutputFolders() {}

    /** Puts the staged site in place of {@code output}; the previous one goes through {@code old}. */
    static void swap(Path temp, Path output, Path old) throws IOException {
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

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** A build killed between the two renames of a swap left the previous site in .site.old: put it back. */
    static void recover(Path output, Path old) {
        try {
            if (!Files.exists(output) && Files.isDirectory(old)) {
                move(old, output);
            }
        } catch (IOException e) {
            // The next build will try again; the old site is still complete in .site.old.
        }
    }

    /**
     * Removes what killed builds left beside {@code output} (an old site once the site is back,
     * staging folders) and makes the empty staging folder {@code temp}; fails, before anything
     * is rendered, on what is not ours to delete.
     */
    static void clear(Path output, Path old, Path temp) throws IOException {
        if (Files.exists(output)) {
            deleteTree(old);
        }
        String name = output.getFileName().toString();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(output.getParent(), "." + name + ".tmp-*")) {
            for (Path stale : stream) {
                deleteTree(stale);
            }
        }
        Files.createDirectories(temp);
    }

    /** Hard-links the site's file at {@code path} into the staging folder (copies it where links are not possible). */
    static void link(Path output, Path temp, String path) throws IOException {
        Path target = temp.resolve(path);
        Files.createDirectories(target.getParent());
        try {
            Files.createLink(target, output.resolve(path));
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(output.resolve(path), target);
        }
    }

    /** Deleting thousands of small files is slow one by one: the top-level folders go in parallel. */
    static void deleteTreeInParallel(Path root) throws IOException {
        List<Path> children;
        try (java.util.stream.Stream<Path> list = Files.list(root)) {
            children = list.toList();
        }
        AtomicReference<IOException> failure = new AtomicReference<>();
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
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
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
    static String removeLeftover(Project project, Path old) {
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

    /** Reports a failed write as an error on {@code path}, saying what to check; always false. */
    static boolean fail(Diagnostics diagnostics, Project project, Path path, String what, IOException e) {
        Path source = e instanceof java.nio.file.AccessDeniedException denied && denied.getFile() != null
                ? Path.of(denied.getFile()).toAbsolutePath().normalize() : null;
        if (source != null && (source.startsWith(project.content().toAbsolutePath().normalize())
                || source.startsWith(project.templates().toAbsolutePath().normalize()))) {
            // No output is inside content/ or templates/: a file copied as it is (an image, the theme's static/) could not be read.
            diagnostics.error(project.display(source), 0, 0, SourceLoader.describe(e, project.display(source)));
            return false;
        }
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
