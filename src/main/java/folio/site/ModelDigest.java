package folio.site;

import folio.work.Parallel;
import java.util.Arrays;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A digest of everything in a site's model that a template can read, except what its texts
 * ({@link Markup}) say: each distinct text gets a digest of its own instead, numbered by the order
 * in which the walk from the site meets it (its slot). When two builds' models have the same
 * digest, the same slots hold the same kinds of texts in the same places, and a page whose
 * render read only texts whose slot digests match renders to the same bytes. What the walk does
 * not know as plain data (a function, an object of the JDK other than text, numbers, dates and
 * collections) leaves the digest uncertain, and an uncertain digest matches nothing.
 */
public final class ModelDigest {
    private final long first;
    private final long second;
    private final boolean certain;
    /** Each text's tree (shared by a text and its parts) by slot number. */
    private final Map<MarkupTree, Integer> slots;
    private final long[] slotDigests;

    private ModelDigest(long first, long second, boolean certain, Map<MarkupTree, Integer> slots, long[] slotDigests) {
        this.first = first;
        this.second = second;
        this.certain = certain;
        this.slots = slots;
        this.slotDigests = slotDigests;
    }

    public static ModelDigest of(Site site) {
        ModelWalk walk = new ModelWalk();
        walk.value(site);
        // The walk numbers the texts in the order it meets them; what each says is its own digest,
        // worked out side by side once they are numbered (checksumming them was half of the walk).
        OptionalLong[] texts = Parallel.map(walk.slotTrees, ModelWalk::textDigest).toArray(OptionalLong[]::new);
        boolean certain = walk.certain && Arrays.stream(texts).allMatch(OptionalLong::isPresent);
        long[] digests = Arrays.stream(texts).mapToLong(text -> text.orElse(0)).toArray();
        return new ModelDigest(walk.hash.first, walk.hash.second, certain, walk.slots, digests);
    }

    /** The digest as the last build left it on disk ({@link #write}): its slots' digests, not which texts hold them. */
    public static ModelDigest read(java.io.DataInput in, int maxSlots) throws java.io.IOException {
        long first = in.readLong();
        long second = in.readLong();
        int count = in.readInt();
        if (count < 0 || count > maxSlots) {
            throw new java.io.IOException("damaged: " + count + " slots");
        }
        long[] digests = new long[count];
        for (int i = 0; i < count; i++) {
            digests[i] = in.readLong();
        }
        return new ModelDigest(first, second, true, Map.of(), digests);
    }

    /** Writes what {@link #read} reads; an uncertain digest is never written (it matches nothing). */
    public void write(java.io.DataOutput out) throws java.io.IOException {
        if (!certain) {
            throw new IllegalStateException("an uncertain digest matches nothing: it is not kept");
        }
        out.writeLong(first);
        out.writeLong(second);
        out.writeInt(slotDigests.length);
        for (long digest : slotDigests) {
            out.writeLong(digest);
        }
    }

    /** Whether both digests are certain and equal: the models differ at most in what their texts say. */
    public boolean sameModel(ModelDigest other) {
        return other != null && certain && other.certain && first == other.first && second == other.second;
    }

    /** The slot of a text (or of the text it is a part of); -1 for a text that is not in the model. */
    public int slotOf(Markup markup) {
        Integer slot = slots.get(markup.tree());
        return slot == null ? -1 : slot;
    }

    /** Whether each text in {@code slots} says what it said in {@code before} (a digest of the same model). */
    public boolean sameTexts(ModelDigest before, SlotSet slots) {
        for (int index = 0; index < slots.size(); index++) {
            int slot = slots.get(index);
            if (slotDigests[slot] != before.slotDigests[slot]) {
                return false;
            }
        }
        return true;
    }

    /** What the text in a slot says, as a checksum. */
    public long slotDigest(int slot) {
        return slotDigests[slot];
    }

    public int slotCount() {
        return slotDigests.length;
    }

    public boolean certain() {
        return certain;
    }
}
