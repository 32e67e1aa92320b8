package folio.content;

import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * YAML documents (front matter, data files) kept from one build into an output folder to the
 * next, so a document that did not change is decoded ({@link YamlNodeCodec}) instead of parsed:
 * Jackson's YAML parser is most of the parse stage, and a build after a one-file edit parses every
 * other file for nothing. As with {@link MarkdownCache}, a document is found by its text alone
 * ({@link TextKey}) and only documents that parsed without a diagnostic are kept, so every
 * message a document gives comes from parsing it; what this build used is what
 * {@link ParseCacheFile} writes for the next.
 */
public final class YamlCache {
    /** The most a build keeps for the next: front matter of the benchmark's size takes about 250 bytes (measured). */
    static final long MAX_BYTES = 32L << 20;

    private static final YamlCache NONE = new YamlCache(null);

    /** The documents an earlier build kept and this one uses; null for {@link #none()}. */
    private final KeptEntries kept;
    private final AtomicInteger decoded = new AtomicInteger();

    YamlCache(Map<TextKey, byte[]> previous) {
        this.kept = previous == null ? null : new KeptEntries(previous, MAX_BYTES);
    }

    /** A cache that finds nothing yet and keeps this build's documents. */
    public static YamlCache empty() {
        return new YamlCache(Map.of());
    }

    /** No cache: every document is parsed, nothing is kept. */
    public static YamlCache none() {
        return NONE;
    }

    /** Parses {@code text} as {@link YamlReader#parse} does, or decodes the tree an earlier build parsed from the same text. */
    public Optional<YamlReader.Located> parse(String text, SourcePosition origin, Diagnostics diagnostics) {
        if (kept == null) {
            return YamlReader.parse(text, origin, diagnostics);
        }
        int shift = origin.line() - 1;
        TextKey key = TextKey.of(text);
        byte[] found = kept.find(key);
        if (found != null) {
            YamlNode node = YamlNodeCodec.decode(found, shift);
            if (node != null) {
                kept.keep(key, found);
                decoded.incrementAndGet();
                return Optional.of(new YamlReader.Located(node, origin, text));
            }
        }
        Diagnostics own = new Diagnostics();
        Optional<YamlReader.Located> parsed = YamlReader.parse(text, origin, own);
        diagnostics.addAll(own);
        if (!own.hasAny() && parsed.isPresent() && kept.hasRoom()) {
            byte[] encoded = YamlNodeCodec.encode(parsed.get().node(), shift);
            if (encoded != null) {
                kept.keep(key, encoded);
            }
        }
        return parsed;
    }

    /** How many documents were decoded from an earlier parse instead of parsed. */
    public int decodedCount() {
        return decoded.get();
    }

    /** The documents this build parsed or used, for the next build. */
    Map<TextKey, byte[]> used() {
        return kept == null ? Map.of() : kept.used();
    }
}
