package folio.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Replaces only the files of a site that changed, in place: an edit to one page costs a few
 * renames instead of a new folder of every page. Before anything moves, a journal beside the
 * site lists each path and what happens to it, and the previous version of each replaced or
 * removed file waits in {@code .site.old/} until the journal is deleted. A failure is rolled
 * back at once; a killed build is rolled back by the next one ({@link #rollBack}). While the
 * renames run (milliseconds for a few files) a reader of the folder may see a new page beside
 * an old one; every file is always whole.
 */
final class InPlaceUpdate {
    /** What happens to one path: removed, replaced, or written where nothing was. */
    private enum Kind { REMOVE, REPLACE, NEW }

    private record Step(Kind kind, String path) {}

    private final Path output;
    private final Path old;
    private final Path journal;

    InPlaceUpdate(Path output, Path old, Path journal) {
        this.output = output;
        this.old = old;
        this.journal = journal;
    }

    /**
     * Moves each of {@code written} from {@code staged} into the site (the manifest last) and
     * each of {@code removed} out of it; on failure puts everything back and rethrows.
     */
    void apply(Path staged, Collection<String> written, Collection<String> removed) throws IOException {
        List<Step> steps = plan(written, removed);
        writeJournal(steps);
        try {
            for (Step step : steps) {
                Path target = output.resolve(step.path());
                if (step.kind() != Kind.NEW) {
                    Path saved = old.resolve(step.path());
                    Files.createDirectories(saved.getParent());
                    OutputFolders.move(target, saved);
                }
                if (step.kind() == Kind.REMOVE) {
                    removeEmptyFolders(target.getParent());
                } else {
                    Files.createDirectories(target.getParent());
                    OutputFolders.move(staged.resolve(step.path()), target);
                }
            }
        } catch (IOException | RuntimeException e) {
            try {
                rollBack();
            } catch (IOException again) {
                e.addSuppressed(again);
            }
            throw e;
        }
        Files.delete(journal); // the update is done: from here the new files stand
        OutputFolders.deleteTree(old);
    }

    /** Removals first (a file may become a folder), then replacements, then new files; the manifest last. */
    private List<Step> plan(Collection<String> written, Collection<String> removed) {
        List<Step> steps = new ArrayList<>();
        removed.stream().sorted().forEach(path -> steps.add(new Step(Kind.REMOVE, path)));
        List<Step> replaced = new ArrayList<>();
        List<Step> added = new ArrayList<>();
        written.stream().sorted().filter(path -> !path.equals(SiteManifest.NAME)).forEach(path ->
                (Files.isRegularFile(output.resolve(path)) ? replaced : added).add(
                        new Step(Files.isRegularFile(output.resolve(path)) ? Kind.REPLACE : Kind.NEW, path)));
        steps.addAll(replaced);
        steps.addAll(added);
        if (written.contains(SiteManifest.NAME)) {
            steps.add(new Step(Files.isRegularFile(output.resolve(SiteManifest.NAME)) ? Kind.REPLACE : Kind.NEW,
                    SiteManifest.NAME));
        }
        return steps;
    }

    private void writeJournal(List<Step> steps) throws IOException {
        StringBuilder text = new StringBuilder();
        steps.forEach(step -> text.append(step.kind().name()).append('\t').append(step.path()).append('\n'));
        try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer bytes = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        }
    }

    /**
     * Undoes an update the journal says was under way: new files go, saved ones come back, in
     * the reverse order. Safe to run again after being interrupted itself. Nothing to do
     * without a journal.
     */
    void rollBack() throws IOException {
        if (!Files.exists(journal)) {
            return;
        }
        List<Step> steps = new ArrayList<>();
        for (String line : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                steps.add(new Step(Kind.valueOf(line.substring(0, tab)), line.substring(tab + 1)));
            }
        }
        for (int i = steps.size() - 1; i >= 0; i--) {
            Step step = steps.get(i);
            Path target = output.resolve(step.path());
            Path saved = old.resolve(step.path());
            if (step.kind() == Kind.NEW) {
                // The folders made for it go too (a site holds no empty folder).
                Files.deleteIfExists(target);
                removeEmptyFolders(target.getParent());
            } else if (Files.exists(saved)) {
                Files.createDirectories(target.getParent());
                Files.move(saved, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.delete(journal);
        OutputFolders.deleteTree(old);
    }

    /** A page's folder goes with its last file, so the site holds no empty folder (the manifest counts them as foreign). */
    private void removeEmptyFolders(Path folder) throws IOException {
        while (folder != null && folder.startsWith(output) && !folder.equals(output)) {
            try {
                Files.delete(folder);
            } catch (DirectoryNotEmptyException | java.nio.file.NoSuchFileException e) {
                return;
            }
            folder = folder.getParent();
        }
    }
}
