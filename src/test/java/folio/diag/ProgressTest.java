package folio.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void countsGroupDigitsInThousandsAndTakeThePluralAfterOne() {
        assertEquals("0 files", Progress.count(0, "file"));
        assertEquals("1 file", Progress.count(1, "file"));
        assertEquals("999 pages", Progress.count(999, "page"));
        assertEquals("1,000 pages", Progress.count(1000, "page"));
        assertEquals("10,002 files", Progress.count(10002, "file"));
        assertEquals("1,234,567 files", Progress.count(1234567, "file"));
    }

    @Test
    void groupsAsTheFormatterDoesForEveryMagnitude() {
        for (int n : new int[] {0, 7, 42, 999, 1000, 12345, 999999, 1000000, Integer.MAX_VALUE, -1, -999, -1000, -123456,
                Integer.MIN_VALUE}) {
            assertEquals(String.format(Locale.ROOT, "%,d", n), Progress.grouped(n), "for " + n);
        }
    }
}
