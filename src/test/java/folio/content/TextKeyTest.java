package folio.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** A kept parse's key: equal for the same text, different when any of its parts differs. */
class TextKeyTest {
    @Test
    void equalForTheSameTextAndUnequalWhenAnyPartDiffers() {
        TextKey key = TextKey.of("Point 21: *territory*.\n");
        assertEquals(key, TextKey.of("Point 21: *territory*.\n"));
        assertEquals(key.hashCode(), TextKey.of("Point 21: *territory*.\n").hashCode());
        assertNotEquals(key, TextKey.of("Point 22: *territory*.\n"));
        assertNotEquals(key, new TextKey(key.checksums() + 1, key.hash(), key.length()));
        assertNotEquals(key, new TextKey(key.checksums(), key.hash() + 1, key.length()));
        assertNotEquals(key, new TextKey(key.checksums(), key.hash(), key.length() + 1));
        assertNotEquals(key, null);
        assertNotEquals(key, (Object) "Point 21");
    }
}
