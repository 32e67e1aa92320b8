package folio.content;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Encoded parses found by their text ({@link TextKey}): those an earlier build kept, and those
 * this build used or made, which are what it keeps for the next, up to a size. Shared by
 * {@link MarkdownCache} and {@link YamlCache}, which differ only in what the bytes hold.
 */
final class KeptEntries {
    /** What an earlier build kept. */
    private final Map<TextKey, byte[]> previous;
    private final Map<TextKey, byte[]> used = new ConcurrentHashMap<>();
    private final AtomicLong usedBytes = new AtomicLong();
    private final long maxBytes;

    KeptEntries(Map<TextKey, byte[]> previous, long maxBytes) {
        this.previous = previous;
        this.maxBytes = maxBytes;
    }

    /** What an earlier build, or this one, kept for {@code key}; else null. */
    byte[] find(TextKey key) {
        byte[] kept = previous.get(key);
        return kept != null ? kept : used.get(key);
    }

    /** Keeps {@code encoded} for the next build while there is room. */
    void keep(TextKey key, byte[] encoded) {
        if (hasRoom() && used.putIfAbsent(key, encoded) == null) {
            usedBytes.addAndGet(encoded.length);
        }
    }

    /** Whether more can be kept (encoding a parse is work: skipped when it would not be kept). */
    boolean hasRoom() {
        return usedBytes.get() < maxBytes;
    }

    /** What this build used or made, for the next build. */
    Map<TextKey, byte[]> used() {
        return used;
    }

    /** What an earlier build kept, without the entries {@code forget} accepts. */
    Map<TextKey, byte[]> previousWithout(Predicate<TextKey> forget) {
        Map<TextKey, byte[]> most = new HashMap<>();
        previous.forEach((key, parse) -> {
            if (!forget.test(key)) {
                most.put(key, parse);
            }
        });
        return most;
    }
}
