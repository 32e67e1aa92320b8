package folio;

import folio.diag.Progress;
import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * The build's progress on a terminal: one line, rewritten in place with {@code \r}
 * ({@code rendering 4,210/10,000 pages}), that appears only once the build has run for a while
 * (short builds stay silent) and is wiped by {@link #close}, so the summary line that follows is
 * all that stays on screen. Workers only bump counters; a timer thread (or a test, through
 * {@link #tick}) paints, ten times a second at most.
 */
final class ProgressLine implements Progress, AutoCloseable {
    private static final long PERIOD_MILLIS = 100;
    private final PrintStream out;
    private final LongSupplier nanoClock;
    private final long showAfter;
    private final AtomicInteger done = new AtomicInteger();
    private volatile String text = "";
    private volatile String verb;
    private volatile String unit;
    private volatile int total;
    private ScheduledExecutorService timer;
    /** Characters of the line on screen now; 0 when nothing is. Guarded by this. */
    private int shown;
    private String painted = "";
    private boolean closed;

    /** A line on {@code out} that shows up {@code delayNanos} after now, by {@code nanoClock}; call {@link #tick} to paint. */
    ProgressLine(PrintStream out, LongSupplier nanoClock, long delayNanos) {
        this.out = out;
        this.nanoClock = nanoClock;
        this.showAfter = nanoClock.getAsLong() + delayNanos;
    }

    /** A progress line for this build, painted by its own timer thread; {@link Progress#NONE} when the terminal shows none. */
    static Progress start(PrintStream out, Terminal terminal, java.util.Map<String, String> environment) {
        if (!terminal.showsProgress(environment)) {
            return Progress.NONE;
        }
        ProgressLine line = new ProgressLine(out, System::nanoTime, terminal.progressDelay().toNanos());
        line.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "folio-progress");
            thread.setDaemon(true);
            return thread;
        });
        line.timer.scheduleAtFixedRate(line::tick, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
        return line;
    }

    /** Wipes the line of whatever progress is shown; does nothing for {@link Progress#NONE}. */
    static void finish(Progress progress) {
        if (progress instanceof ProgressLine line) {
            line.close();
        }
    }

    @Override
    public void stage(String text) {
        this.verb = null;
        this.text = text;
        tick();
    }

    @Override
    public void counted(String verb, int total, String unit) {
        done.set(0);
        this.total = total;
        this.unit = unit;
        this.verb = verb;
        tick();
    }

    @Override
    public void advance() {
        done.incrementAndGet();
    }

    /** The line as it reads now. */
    String text() {
        String counting = verb;
        if (counting == null) {
            return text;
        }
        int count = done.get();
        return counting + " " + Progress.grouped(count) + "/" + Progress.grouped(Math.max(count, total)) + " " + unit;
    }

    /** Paints the line if the build has run long enough; a shorter line is padded over the longer one before it. */
    synchronized void tick() {
        if (closed || nanoClock.getAsLong() - showAfter < 0) {
            return;
        }
        String line = text();
        if (line.isEmpty() || (shown > 0 && line.equals(painted))) {
            return;
        }
        int width = line.length();
        out.print("\r" + line + " ".repeat(Math.max(0, shown - width)));
        out.flush();
        shown = width;
        painted = line;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (timer != null) {
            timer.shutdownNow();
        }
        if (shown > 0) {
            out.print("\r" + " ".repeat(shown) + "\r");
            out.flush();
            shown = 0;
        }
    }
}
