package folio.site;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The walk {@link ModelDigest} makes from a site through every object a template can reach: plain
 * values into the model's hash, each text's tree into a slot of its own.
 */
final class ModelWalk {
    final ModelHash hash = new ModelHash();
    /** Model objects already met, by the order they were met: met again, they are named by that number. */
    final Map<Object, Integer> seen = new IdentityHashMap<>();
    final Map<MarkupTree, Integer> slots = new IdentityHashMap<>();
    /** Each slot's tree, by slot number: what the slot digests are made from once the walk is over. */
    final List<MarkupTree> slotTrees = new ArrayList<>();
    boolean certain = true;

    void value(Object value) {
        if (value == null) {
            hash.add(1);
        } else if (value instanceof String text) {
            hash.add(2);
            hash.text(text);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            hash.add(3);
            hash.add(((Number) value).longValue());
        } else if (value instanceof Double || value instanceof Float) {
            hash.add(4);
            hash.add(Double.doubleToLongBits(((Number) value).doubleValue()));
        } else if (value instanceof Boolean flag) {
            hash.add(flag ? 5 : 6);
        } else if (value instanceof Character character) {
            hash.add(7);
            hash.add(character);
        } else if (value instanceof Enum<?> constant) {
            hash.add(8);
            hash.text(constant.getDeclaringClass().getName());
            hash.add(constant.ordinal());
        } else if (value instanceof java.time.temporal.TemporalAccessor || value instanceof java.math.BigDecimal
                || value instanceof java.math.BigInteger || value instanceof java.net.URI
                || value instanceof java.nio.file.Path || value instanceof java.util.Locale) {
            hash.add(9);
            hash.text(value.getClass().getName());
            hash.text(value.toString());
        } else if (value instanceof java.time.format.DateTimeFormatter format) {
            // Its printed form names every field and text style; with the locale, what it writes.
            hash.add(18);
            hash.text(format.toString());
            hash.text(String.valueOf(format.getLocale()));
        } else if (value instanceof Markup markup) {
            markup(markup);
        } else if (value instanceof Optional<?> optional) {
            hash.add(10);
            value(optional.orElse(null));
        } else if (value instanceof Collection<?> collection) {
            collection(collection);
        } else if (value instanceof Map<?, ?> map) {
            map(map);
        } else if (value instanceof BitSet bits) {
            hash.add(11);
            for (long word : bits.toLongArray()) {
                hash.add(word);
            }
        } else if (value.getClass().getName().startsWith("folio.")) {
            object(value);
        } else {
            // A function, a collator, an array: the walk cannot tell what reading it gives.
            certain = false;
        }
    }

    private void collection(Collection<?> collection) {
        if (!hashOrdered(collection)) {
            hash.add(12);
            hash.add(collection.size());
            collection.forEach(this::value);
            return;
        }
        hash.add(13);
        hash.add(collection.size());
        List<Object> sorted = sortedPlain(collection);
        if (sorted != null) {
            sorted.forEach(this::value);
        }
    }

    private void map(Map<?, ?> map) {
        hash.add(14);
        hash.add(map.size());
        if (!hashOrdered(map)) {
            map.forEach((key, entry) -> {
                value(key);
                value(entry);
            });
            return;
        }
        List<Object> keys = sortedPlain(map.keySet());
        if (keys != null) {
            for (Object key : keys) {
                value(key);
                value(map.get(key));
            }
        }
    }

    /**
     * Whether a collection's order is that of its elements' hashes ({@code HashMap}, {@code Set.of},
     * {@code Map.copyOf}: the last two differ between runs), which the walk reads in one order of its
     * own. Any other is read in the order a template's loop meets it: an unmodifiable view of a
     * {@code LinkedHashMap} (a page's params) is in the order they were written.
     */
    private static boolean hashOrdered(Object collection) {
        Class<?> type = collection.getClass();
        return type == java.util.HashMap.class || type == java.util.HashSet.class
                || type == java.util.concurrent.ConcurrentHashMap.class
                || type.getName().startsWith("java.util.ImmutableCollections$Set")
                || type.getName().startsWith("java.util.ImmutableCollections$Map");
    }

    /** An unordered collection of plain values (texts, numbers, constants) in one order; null (uncertain) for others. */
    private List<Object> sortedPlain(Collection<?> values) {
        List<Object> sorted = new ArrayList<>(values.size());
        for (Object value : values) {
            if (!(value instanceof String || value instanceof Number || value instanceof Enum<?> || value instanceof Character
                    || value instanceof Boolean)) {
                certain = false;
                return null;
            }
            sorted.add(value);
        }
        sorted.sort((a, b) -> {
            int byType = a.getClass().getName().compareTo(b.getClass().getName());
            return byType != 0 ? byType : a instanceof Enum<?> x ? Integer.compare(x.ordinal(), ((Enum<?>) b).ordinal())
                    : a.toString().compareTo(b.toString());
        });
        return sorted;
    }

    private void object(Object value) {
        Integer met = seen.get(value);
        if (met != null) {
            hash.add(15);
            hash.add(met);
            return;
        }
        seen.put(value, seen.size());
        hash.add(16);
        hash.text(value.getClass().getName());
        List<Object> parts = ModelHash.partsOf(value);
        if (parts == null) {
            certain = false;
            return;
        }
        parts.forEach(this::value);
    }

    /**
     * A text: its slot goes into the model's digest with what the model can read of it
     * without rendering it (its flags, the blocks shown, its headings' anchors, see
     * {@link Page#fragment}); what it says goes into the slot's own digest.
     */
    private void markup(Markup markup) {
        MarkupTree tree = markup.tree();
        Integer slot = slots.get(tree);
        if (slot == null) {
            slot = slots.size();
            slots.put(tree, slot);
            slotTrees.add(tree);
        }
        hash.add(17);
        hash.add(slot);
        hash.add((markup.inline() ? 1 : 0) | (markup.popovers() ? 2 : 0) | (markup.cited() ? 4 : 0)
                | (markup.footnotes() ? 8 : 0));
        hash.add(markup.firstBlock());
        hash.add(markup.endBlock());
        // Which anchors exist is what other pages can read (Page#fragment), not where they are.
        new java.util.TreeSet<>(tree.anchors().places().keySet()).forEach(hash::text);
    }

    /** What a text says, with where its links lead; empty when its tree cannot be checksummed (uncertain). */
    static OptionalLong textDigest(MarkupTree tree) {
        MarkupTree.Replay packed = tree.packedForDigest();
        // A body packed as parsed stands for its text: its text's checksum is the tree's.
        OptionalLong checksum = packed == null ? OptionalLong.empty()
                : packed.asParsed() ? packed.parsedTextDigest() : packed.packed().checksum();
        if (checksum.isEmpty()) {
            return checksum;
        }
        ModelHash text = new ModelHash();
        text.add(packed.asParsed() ? 1 : 2);
        text.add(checksum.getAsLong());
        for (Markup.Target target : packed.targets()) {
            if (target == null) {
                text.add(1);
            } else {
                text.text(target.url());
                text.text(target.label());
                text.add(target.popover() ? 2 : 3);
            }
        }
        long[] sitePaths = packed.sitePaths().toLongArray();
        text.add(sitePaths.length); // so the words cannot be read as the addresses after them
        for (long word : sitePaths) {
            text.add(word);
        }
        List<String> destinations = packed.destinations();
        for (int place = 0; destinations != null && place < destinations.size(); place++) {
            if (destinations.get(place) != null) {
                text.add(place);
                text.text(destinations.get(place));
            }
        }
        return OptionalLong.of(text.first ^ Long.rotateLeft(text.second, 32));
    }
}
