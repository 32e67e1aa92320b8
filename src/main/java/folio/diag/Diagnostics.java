package folio.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the diagnostics of one build. Stages add to it and the build stops between stages
 * when it holds an error, so one run reports every mistake. Thread-safe: parsing runs in parallel.
 */
public final class Diagnostics {
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

    public synchronized boolean hasAny() {
        return !items.isEmpty();
    }

    public synchronized boolean hasErrors() {
        return items.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    public synchronized int errorCount() {
        return (int) items.stream().filter(d -> d.severity() == Severity.ERROR).count();
    }

    /** All diagnostics sorted by path, line and column, so output does not depend on threads. */
    public synchronized List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(items);
        copy.sort(Comparator.comparing((Diagnostic d) -> d.path() == null ? "" : d.path())
                .thenComparingInt(Diagnostic::line)
                .thenComparingInt(Diagnostic::column)
                .thenComparing(Diagnostic::message));
        return List.copyOf(copy.stream().distinct().toList());
    }
}
