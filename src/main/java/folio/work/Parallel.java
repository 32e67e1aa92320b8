package folio.work;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Runs a function over a list's items on the calling thread and the common pool's, each thread
 * taking the next item as it comes free. A parallel stream instead splits a list into fixed parts up
 * front, so when one part's items cost more, its thread works on alone while the others wait (on two
 * cores, about 190 ms of the 10,000-page corpus's page assembly and as much of its render;
 * bench/PROFILE.md). Items must be independent of each other; the function must be thread-safe.
 * May be called from inside an item or a common-pool task (Build's model digests run inside a
 * parallel stream): the caller works through the items itself and only waits for threads already
 * working on one.
 */
public final class Parallel {
    private Parallel() {}

    /** {@code function} of each item, in the items' order (an unmodifiable list; nulls allowed). */
    @SuppressWarnings("unchecked")
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> function) {
        Object[] results = new Object[items.size()];
        run(items.size(), index -> results[index] = function.apply(items.get(index)));
        return (List<R>) Collections.unmodifiableList(Arrays.asList(results));
    }

    /** {@code action} on each item, in no particular order. */
    public static <T> void forEach(List<T> items, Consumer<? super T> action) {
        run(items.size(), index -> action.accept(items.get(index)));
    }

    /**
     * {@code body} for each index below {@code count}. What one item throws stops the others from
     * starting and is thrown here once every thread has stopped, as the item threw it, with what
     * items already running on other threads threw after it as its suppressed exceptions.
     */
    private static void run(int count, IntConsumer body) {
        int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), count - 1);
        if (helpers <= 0) {
            for (int index = 0; index < count; index++) {
                body.accept(index);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            try {
                for (int index = next.getAndIncrement(); index < count; index = next.getAndIncrement()) {
                    body.accept(index);
                }
            } catch (Throwable thrown) {
                // An item already running on another thread may fail too: kept as suppressed, not lost.
                if (!failure.compareAndSet(null, thrown) && failure.get() != thrown) {
                    failure.get().addSuppressed(thrown);
                }
                next.set(count);
            }
        };
        ForkJoinTask<?>[] tasks = new ForkJoinTask<?>[helpers];
        for (int i = 0; i < helpers; i++) {
            tasks[i] = ForkJoinPool.commonPool().submit(worker);
        }
        worker.run();
        for (ForkJoinTask<?> task : tasks) {
            task.join(); // the worker catches everything: this only waits
        }
        Throwable thrown = failure.get();
        if (thrown instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (thrown instanceof Error error) {
            throw error;
        }
        if (thrown != null) {
            throw new IllegalStateException(thrown); // a sneaky checked exception
        }
    }
}
