package folio.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {

    @Test
    void mapKeepsTheItemsOrderAndAllowsNulls() {
        List<Integer> items = IntStream.range(0, 1_000).boxed().toList();
        List<String> mapped = Parallel.map(items, i -> i % 7 == 0 ? null : "item " + i);
        assertEquals(1_000, mapped.size());
        for (int i = 0; i < 1_000; i++) {
            assertEquals(i % 7 == 0 ? null : "item " + i, mapped.get(i));
        }
        assertThrows(UnsupportedOperationException.class, () -> mapped.add("more"));
    }

    @Test
    void forEachRunsEveryItemExactlyOnce() {
        int[] runs = new int[5_000];
        Parallel.forEach(IntStream.range(0, runs.length).boxed().toList(), i -> runs[i]++);
        assertTrue(Arrays.stream(runs).allMatch(count -> count == 1), "every item run once");
    }

    @Test
    void emptyAndSingleItemListsNeedNoOtherThread() {
        assertEquals(List.of(), Parallel.map(List.<String>of(), String::length));
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        assertEquals(List.of(3), Parallel.map(List.of("one"), s -> {
            threads.add(Thread.currentThread());
            return s.length();
        }));
        assertEquals(Set.of(Thread.currentThread()), threads);
    }

    /** The point of the class: a slow item does not hold the items after it on its own thread. */
    @Test
    void aThreadThatComesFreeTakesTheNextItem() throws InterruptedException {
        if (java.util.concurrent.ForkJoinPool.getCommonPoolParallelism() < 1) {
            return; // a one-core machine has no other thread to take them
        }
        CountDownLatch othersDone = new CountDownLatch(99);
        List<Integer> items = IntStream.range(0, 100).boxed().toList();
        AtomicBoolean held = new AtomicBoolean();
        Parallel.forEach(items, i -> {
            if (held.compareAndSet(false, true)) {
                try {
                    // Held until the 99 others are done: only another thread can do them.
                    assertTrue(othersDone.await(10, TimeUnit.SECONDS), "the other items ran while the first was held");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            } else {
                othersDone.countDown();
            }
        });
        assertEquals(0, othersDone.getCount());
    }

    /**
     * Build's model digests call it inside a parallel stream, and an item may call it again: inside the common
     * pool, three deep, and from two outside threads at once, it finishes with every result in place.
     */
    @Test
    void nestedUseInsideTheCommonPoolFinishes() {
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () -> {
            for (int round = 0; round < 50; round++) {
                assertEquals(List.of(512, 512, 512), List.of(1, 2, 3).parallelStream().map(x -> nested(3)).toList());
                Thread other = new Thread(() -> nested(3));
                other.start();
                assertEquals(512, nested(3));
                other.join();
            }
        });
    }

    /** 8 to the power {@code depth}, each level's items counted by a Parallel.map of the level below. */
    private static int nested(int depth) {
        return depth == 0 ? 1 : Parallel.map(IntStream.range(0, 8).boxed().toList(), i -> nested(depth - 1)).stream()
                .mapToInt(Integer::intValue).sum();
    }

    /** Two items that fail side by side: the first failure is thrown, the other is kept in it, not lost. */
    @Test
    void aSecondFailureIsKeptAsSuppressed() {
        if (java.util.concurrent.ForkJoinPool.getCommonPoolParallelism() < 1) {
            return; // one thread runs one item at a time: the first failure stops the rest
        }
        CountDownLatch bothRunning = new CountDownLatch(2);
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> Parallel.forEach(List.of(0, 1), i -> {
                    bothRunning.countDown();
                    try {
                        assertTrue(bothRunning.await(10, TimeUnit.SECONDS), "both items ran side by side");
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    throw new IllegalStateException("item " + i);
                }));
        assertEquals(1, thrown.getSuppressed().length, "the other item's failure");
        assertEquals(Set.of("item 0", "item 1"), Set.of(thrown.getMessage(), thrown.getSuppressed()[0].getMessage()));
    }

    @Test
    void whatAnItemThrowsIsThrownToTheCallerAsItWas() {
        IllegalArgumentException problem = new IllegalArgumentException("item 10");
        AtomicInteger started = new AtomicInteger();
        // Each item takes a millisecond: the other thread could start them all only if the failing one
        // stood still for a second (2,000 items), so the count below does not hang on timing.
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> Parallel.forEach(IntStream.range(0, 2_000).boxed().toList(), i -> {
                    started.incrementAndGet();
                    if (i == 10) {
                        throw problem;
                    }
                    try {
                        Thread.sleep(1);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        assertSame(problem, thrown);
        assertTrue(started.get() < 2_000, "items after the failure are not started");
        StackOverflowError error = new StackOverflowError();
        assertSame(error, assertThrows(StackOverflowError.class,
                () -> Parallel.map(List.of(1, 2, 3), i -> { throw error; })));
    }
}
