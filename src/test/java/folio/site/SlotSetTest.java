package folio.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SlotSetTest {
    @Test
    void holdsEachSlotOnceInAscendingOrderWhateverTheOrderOfReading() {
        SlotSet set = new SlotSet();
        for (int slot : new int[] {99_999, 7, 7, 0, 42, 99_999, 8}) {
            set.add(slot);
        }
        assertArrayEquals(new int[] {0, 7, 8, 42, 99_999}, set.toArray());
        assertEquals(5, set.size());
        assertEquals(42, set.get(3));
    }

    @Test
    void aPageThatReadsOnlyItsOwnTextHoldsOneNumberHoweverLargeItsSlot() {
        SlotSet set = new SlotSet();
        set.add(2_000_000_000);
        assertArrayEquals(new int[] {2_000_000_000}, set.toArray());
    }

    @Test
    void setsWithTheSameSlotsAreEqualWhateverTheirOrderOfReading() {
        SlotSet first = new SlotSet();
        SlotSet second = new SlotSet();
        for (int slot = 0; slot < 10; slot++) {
            first.add(slot);
            second.add(9 - slot);
        }
        assertEquals(first, second);
        assertEquals(first.hashCode(), second.hashCode());
        second.add(10);
        assertNotEquals(first, second);
    }

    @Test
    void refusesANegativeSlotAndAnIndexOutsideTheSet() {
        SlotSet set = new SlotSet();
        assertThrows(IllegalArgumentException.class, () -> set.add(-1));
        set.add(3);
        assertThrows(IndexOutOfBoundsException.class, () -> set.get(1));
    }
}
