package folio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The texts {@code plain} gave with quotes to be shown straight are known by the string's identity. */
class PlainValueTest {
    @Test
    void equalTextsFromTwoCallsAreTwoTexts() {
        String first = new String("Say \"a\" or \"b\"");
        String second = new String("Say \"a\" or \"b\"");
        assertNotSame(first, second);
        PlainValue.of(new PlainText.Shown(first, List.of(4, 6)));
        PlainValue.of(new PlainText.Shown(second, List.of(11, 13)));
        assertEquals(List.of(4, 6), PlainValue.shown(first).straight());
        assertEquals(List.of(11, 13), PlainValue.shown(second).straight());
        assertNull(PlainValue.shown(new String(first)), "an equal string no call gave");
    }

    @Test
    void theSameStringGivenAgainIsKeptOnce() {
        String text = new String("He said \"x\"");
        for (int i = 0; i < 100; i++) {
            PlainValue.of(new PlainText.Shown(text, List.of(8, 10)));
        }
        assertEquals(1, PlainValue.entriesOf(text));
        assertEquals(List.of(8, 10), PlainValue.shown(text).straight());
    }
}
