package folio;

/** Stage timings on standard error when the system property folio.timings is set (for profiling). */
final class StageTimer {
    private final boolean enabled = Boolean.getBoolean("folio.timings");
    private final StringBuilder report = new StringBuilder("folio: timings:");
    private long last = System.nanoTime();

    /** Ends the stage called {@code stage}: the time since the previous lap is its cost. */
    void lap(String stage) {
        long now = System.nanoTime();
        report.append(' ').append(stage).append(' ').append((now - last) / 1_000_000).append(" ms;");
        last = now;
    }

    void report() {
        if (enabled) {
            System.err.println(report);
        }
    }
}
