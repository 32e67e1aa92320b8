package folio.site;

import java.util.Arrays;

/**
 * The numbered texts (slots, see {@link ModelDigest}) a page's render read, as a sorted array of their numbers. A page
 * reads a few texts, and its own is numbered like the page: a {@link java.util.BitSet}, whose memory grows with the
 * largest number set, held 630 MB for the pages of a 100,000-page site (one per page, twice in a build after an edit),
 * where this holds a few numbers each. Filled while one page renders, then only read.
 */
public final class SlotSet {
    private static final int[] NONE = new int[0];
    private int[] slots = NONE;
    private int size;

    /** Adds {@code slot} (0 or more) if it is not in the set yet. */
    public void add(int slot) {
        if (slot < 0) {
            throw new IllegalArgumentException("a slot's number is 0 or more: " + slot);
        }
        int at = Arrays.binarySearch(slots, 0, size, slot);
        if (at >= 0) {
            return;
        }
        at = -at - 1;
        if (size == slots.length) {
            slots = Arrays.copyOf(slots, Math.max(4, size * 2));
        }
        System.arraycopy(slots, at, slots, at + 1, size - at);
        slots[at] = slot;
        size++;
    }

    public int size() {
        return size;
    }

    /** The {@code index}th smallest slot in the set. */
    public int get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return slots[index];
    }

    /** The slots in ascending order, as a new array. */
    public int[] toArray() {
        return Arrays.copyOf(slots, size);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SlotSet set && Arrays.equals(slots, 0, size, set.slots, 0, set.size);
    }

    @Override
    public int hashCode() {
        int hash = 1;
        for (int index = 0; index < size; index++) {
            hash = 31 * hash + slots[index];
        }
        return hash;
    }

    @Override
    public String toString() {
        return Arrays.toString(toArray());
    }
}
