package folio.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SourceLoaderSizeTest {
    @Test
    void aSizeOverTheLimitIsNeverShownAsTheLimit() {
        long limit = SourceLoader.MAX_FILE_BYTES;
        assertEquals("4.1", SourceLoader.megabytesAbove(limit + 1));
        assertEquals("4.5", SourceLoader.megabytesAbove(limit + limit / 8));
        assertEquals("10", SourceLoader.megabytesAbove(10L * 1024 * 1024));
    }
}
