package folio.render;

import folio.site.Markup;
import folio.site.ModelDigest;
import folio.site.SlotSet;

/**
 * The texts one page's render read, as slots of the site model ({@link ModelDigest}): a later build
 * can keep the page's file only while each of them says the same ({@link KeptPages}). A page
 * rendered twice ({@link PageContext#secondPass}) adds both passes' reads to the same record.
 */
final class TextsRead {
    private final ModelDigest model;
    /** Null once the render read a text the model does not hold: no file of the page can be kept then. */
    private SlotSet slots = new SlotSet();

    /** {@code model}: the texts' slots; null where nothing is recorded (HTML outside a page, or no model). */
    TextsRead(ModelDigest model) {
        this.model = model;
    }

    /** Notes that the render read {@code markup}. */
    void add(Markup markup) {
        if (model == null || slots == null) {
            return;
        }
        int slot = model.slotOf(markup);
        if (slot < 0) {
            slots = null;
        } else {
            slots.add(slot);
        }
    }

    /** The slots of the texts read; null when one is a text the model does not hold, or nothing is recorded. */
    SlotSet slots() {
        return model == null ? null : slots;
    }
}
