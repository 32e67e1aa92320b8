package folio.render;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the template filter {@code plain} gives: a {@link String}, so every other filter, test and operator reads it as
 * any string. A text with quotes to be shown straight ({@link PlainText.Shown}: a Markdown {@code \"} or {@code \'}, a
 * quote in code) is kept here with their places, by the string's identity: printed as {@code plain} gave it (directly
 * or through a variable), autoescaping ({@link StraightQuoteEscape}) writes them {@code &#x22;} or {@code &#x27;}, and
 * the filter {@code json} as JSON's six-character escape: the forms the typographer leaves as written, on the page and
 * in its structured data, so the text shows its quotes as the page's HTML does. A string another filter made of it
 * is a new text, whose quotes get the marks.
 */
final class PlainValue {
    /** The places of the straight quotes of a string {@code plain} gave, and that very string. */
    private record Kept(WeakReference<String> text, List<Integer> straight) {}

    /**
     * Texts with a quote to be shown straight (rare), by the identity of the string, not its value: two calls give two
     * equal strings that are two texts (each call's places are its own), and pages render side by side. Guarded by
     * itself; each text is forgotten once the string is garbage ({@link #forgetCollected}).
     */
    private static final Map<Integer, List<Kept>> KEPT = new HashMap<>();
    /** Texts kept since the last time those whose strings were collected were forgotten. */
    private static int keptSinceForgetting;
    /**
     * Whether any text was ever kept: autoescaping asks about every value a page prints, and nearly every site has
     * none, so the question costs a read of this field, not the map's lock.
     */
    private static volatile boolean anyKept;

    private PlainValue() {}

    /** The filter's value for {@code shown}: its text, kept here if it has a quote to be shown straight. */
    static String of(PlainText.Shown shown) {
        if (!shown.straight().isEmpty()) {
            synchronized (KEPT) {
                if (++keptSinceForgetting >= 4096) {
                    forgetCollected();
                }
                List<Kept> texts = KEPT.computeIfAbsent(System.identityHashCode(shown.text()), hash -> new ArrayList<>(1));
                // The same string given again (a text the model keeps) is kept once, with its latest places.
                texts.removeIf(kept -> kept.text().get() == shown.text());
                texts.add(new Kept(new WeakReference<>(shown.text()), shown.straight()));
            }
            anyKept = true;
        }
        return shown.text();
    }

    /** The text with its straight quotes if {@code value} is a string {@code plain} gave and has some; else null. */
    static PlainText.Shown shown(Object value) {
        if (!anyKept || !(value instanceof String text)) {
            return null;
        }
        synchronized (KEPT) {
            for (Kept kept : KEPT.getOrDefault(System.identityHashCode(text), List.of())) {
                if (kept.text().get() == text) {
                    return new PlainText.Shown(text, kept.straight());
                }
            }
        }
        return null;
    }

    /** How many entries {@code text} (this very string) has: one at most. */
    static int entriesOf(String text) {
        synchronized (KEPT) {
            return (int) KEPT.getOrDefault(System.identityHashCode(text), List.of()).stream()
                    .filter(kept -> kept.text().get() == text).count();
        }
    }

    /** Drops the texts whose strings were collected (a long {@code serve} makes many). Called holding the lock. */
    private static void forgetCollected() {
        KEPT.values().forEach(texts -> texts.removeIf(kept -> kept.text().get() == null));
        KEPT.values().removeIf(List::isEmpty);
        keptSinceForgetting = 0;
    }

    /** {@code shown} escaped as autoescaping escapes a string, with the straight quotes as hexadecimal references. */
    static String html(PlainText.Shown shown) {
        String text = shown.text();
        StringBuilder out = new StringBuilder(text.length() + 16);
        int next = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean straight = next < shown.straight().size() && shown.straight().get(next) == i;
            if (straight) {
                next++;
            }
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(straight ? "&#x22;" : "&quot;");
                case '\'' -> out.append(straight ? "&#x27;" : "&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
