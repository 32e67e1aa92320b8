package folio.content;

import folio.project.Checksum;
import java.nio.charset.StandardCharsets;

/**
 * What a kept parse is found by: the {@link Checksum} of a text's UTF-8 bytes (SHA-256 cost a
 * tenth of a build into a folder of 10,000 unchanged pages), its Java hash and its length. A
 * text that changed keeps all of them only by a chance of about one in 2^96.
 */
record TextKey(long checksums, long hash, int length) {
    /** An entry's key in a cache file: two longs and an int. */
    static final int BYTES = 2 * Long.BYTES + Integer.BYTES;

    static TextKey of(String text) {
        return new TextKey(new Checksum().update(text.getBytes(StandardCharsets.UTF_8)).value(), text.hashCode(), text.length());
    }

    /** The key as one number, for a digest that tells this build's text from the last build's. */
    long digest() {
        return checksums ^ (hash * 0x9E3779B97F4A7C15L + length);
    }

    // equals and hashCode written out: the generated ones are linked at run time on their first
    // call, which a build into the last one's folder paid before its first page (bench/PROFILE.md,
    // twenty-fifth round). They compare what the generated ones would.
    @Override
    public boolean equals(Object other) {
        return other instanceof TextKey key && checksums == key.checksums && hash == key.hash && length == key.length;
    }

    @Override
    public int hashCode() {
        return (Long.hashCode(checksums) * 31 + Long.hashCode(hash)) * 31 + length;
    }
}
