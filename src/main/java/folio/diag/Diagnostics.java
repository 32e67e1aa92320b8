package folio.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the diagnostics of one build. Stages add to it and the build stops between stages
 * when it holds an error, so one run reports every mistake. Thread-safe: parsing runs in parallel.
 */
public final class Diagnostics {
    /** Diagnostics printed for one file at most. */
    public static final int SHOWN_PER_FILE = 100;
    private final List<Diagnostic> items = new ArrayList<>();

    public synchronized void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public void error(String path, int line, int column, String message) {
        add(Diagnostic.error(path, line, column, message));
    }

    public void error(SourcePosition at, String message) {
        add(Diagnostic.error(at.path(), at.line(), at.column(), message));
    }

    public void warning(SourcePosition at, String message) {
        add(Diagnostic.warning(at.path(), at.line(), at.column(), message));
    }

    /** Adds every diagnostic {@code other} holds (one collected apart, reported at a later stage). */
    public void addAll(Diagnostics other) {
        List<Diagnostic> copy;
        synchronized (other) {
            copy = new ArrayList<>(other.items);
        }
        copy.forEach(this::add);
    }

    /** Whether an error was reported at {@code path} (any line). */
    public synchronized boolean hasErrorAt(String path) {
        return items.stream().anyMatch(d -> d.severity() == Severity.ERROR && path.equals(d.path()));
    }

    public synchronized boolean hasAny() {
        return !items.isEmpty();
    }

    public synchronized boolean hasErrors() {
        return items.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    public synchronized int errorCount() {
        return (int) items.stream().filter(d -> d.severity() == Severity.ERROR).count();
    }

    /**
     * All diagnostics sorted by path, line and column, so output does not depend on threads; at
     * most {@link #SHOWN_PER_FILE} per file, then one line that counts the rest (a generated or
     * hostile file can hold a million mistakes, and the first ones say what to fix).
     */
    public synchronized List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(items);
        copy.sort(Comparator.comparing((Diagnostic d) -> d.path() == null ? "" : d.path())
                .thenComparingInt(Diagnostic::line)
                .thenComparingInt(Diagnostic::column)
                .thenComparing(Diagnostic::message));
        List<Diagnostic> shown = new ArrayList<>();
        String path = null;
        int inFile = 0;
        Diagnostic previous = null;
        for (Diagnostic diagnostic : copy) {
            if (diagnostic.equals(previous)) {
                continue;
            }
            previous = diagnostic;
            if (!java.util.Objects.equals(path, diagnostic.path())) {
                addHidden(shown, path, inFile);
                path = diagnostic.path();
                inFile = 0;
            }
            if (++inFile <= SHOWN_PER_FILE) {
                shown.add(diagnostic);
            }
        }
        addHidden(shown, path, inFile);
        return List.copyOf(shown);
    }

    private static void addHidden(List<Diagnostic> shown, String path, int inFile) {
        if (inFile > SHOWN_PER_FILE) {
            shown.add(new Diagnostic(Severity.NOTE, path, 0, 0, String.format(java.util.Locale.ROOT,
                    "%,d more problems in this file are not shown: fix the ones above and build again",
                    inFile - SHOWN_PER_FILE)));
        }
    }
}
