package folio.site;

import folio.content.ContentParser.Entry;
import folio.content.IdSuggestion;
import folio.content.Keyword;
import folio.content.Suggestions;
import folio.diag.Diagnostics;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Field checks shared by every collection: required values, ids, enumerations, dates. */
final class Checks {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private final Diagnostics diagnostics;

    Checks(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * True when the value is present and not blank (nor an empty list or mapping); otherwise reports it:
     * at its key when the key is written but gives nothing ({@code name: ~}, {@code name: ""},
     * {@code rows: []}), with {@code write} ({@link NoValue}), else at the entry as a missing key. A dotted
     * key ({@code quote.source}) is a key of the mapping under the first part, or of the entry itself when
     * that is a list's item.
     */
    boolean required(Entry<?> entry, String key, Object value, String what, NoValue.Write write) {
        if (!NoValue.isEmpty(value)) {
            return true;
        }
        if (noValue(entry, key, write)) {
            return false;
        }
        int dot = key.indexOf('.');
        if (dot > 0) {
            // A key inside a nested mapping (quote.source): point at the mapping and say where to add it.
            String parent = key.substring(0, dot);
            String child = key.substring(dot + 1);
            diagnostics.error(entry.keyAt(parent), parent + " is missing '" + child + "': add " + child
                    + ": ... under " + parent + ":");
            return false;
        }
        diagnostics.error(entry.at(), what + " is missing '" + key + "': add " + key + ": ...");
        return false;
    }

    /** As {@link #required(Entry, String, Object, String, NoValue.Write)}, with {@code write} in words, for a value that is not free text. */
    boolean required(Entry<?> entry, String key, Object value, String what, String write) {
        return required(entry, key, value, what, NoValue.Write.as(write));
    }

    /**
     * As {@link #required(Entry, String, Object, String, NoValue.Write)}, for a free text ("write the actor's name
     * after it", and the word null or ~ in quotes). Opt-in: an id, keyword, number or address takes its own words.
     */
    boolean requiredText(Entry<?> entry, String key, Object value, String what) {
        return required(entry, key, value, what, NoValue.Write.text("the " + what + "'s", key.substring(key.indexOf('.') + 1)));
    }

    /** Reports {@code key} when it is written but gives nothing, at its own line ({@link NoValue#report}); true if so. */
    boolean noValue(Entry<?> entry, String key, NoValue.Write write) {
        return NoValue.report(entry, key, write, diagnostics);
    }

    boolean id(Entry<?> entry, String id, String what) {
        if (!required(entry, "id", id, what, "write the " + what + "'s id after it: lower-case letters, digits and hyphens")) {
            return false;
        }
        if (!isId(id)) {
            diagnostics.error(entry.keyAt("id"), "id '" + id + "' must use lower-case letters, digits and hyphens"
                    + IdSuggestion.of(id));
            return false;
        }
        return true;
    }

    /** Whether {@code id} keeps the id rule: lower-case letters a-z, digits and hyphens, not starting with a hyphen. */
    static boolean isId(String id) {
        return ID.matcher(id).matches();
    }

    /** The value if it is one of the allowed ones; otherwise reports it and returns null. */
    String oneOf(Entry<?> entry, String key, String value, Collection<String> allowed, String what) {
        if (!required(entry, key, value, what, "write the " + what + "'s " + key + " after it: one of " + String.join(", ", allowed))) {
            return null;
        }
        if (!allowed.contains(value)) {
            String hint = Suggestions.didYouMean(value, allowed);
            diagnostics.error(entry.keyAt(key), "'" + value + "' is not a valid " + key + " for " + article(what) + " " + what + ": "
                    + hint + "use one of " + String.join(", ", allowed));
            return null;
        }
        return value;
    }

    /** The {@code type} value whose id is {@code value}; otherwise reports it and returns null. */
    <E extends Enum<E> & Keyword> E oneOf(Entry<?> entry, String key, String value, Class<E> type, String what) {
        String id = oneOf(entry, key, value, Keyword.ids(type), what);
        return id == null ? null : Keyword.of(type, id).orElseThrow();
    }

    PartialDate date(Entry<?> entry, String key, String value, boolean approximate, boolean required, String what) {
        if (value == null && !required) {
            return null;
        }
        if (!required(entry, key, value, what, "write the " + what + "'s " + key + " after it as YYYY-MM-DD, YYYY-MM or YYYY")) {
            return null;
        }
        java.util.Optional<PartialDate> parsed = PartialDate.parse(value, approximate);
        if (parsed.isPresent() && value.indexOf('/') >= 0 && !parsed.get().isRange()) {
            String[] ends = value.strip().split("/", -1);
            diagnostics.error(entry.keyAt(key), "date range '" + value.strip() + "' starts and ends on the same "
                    + parsed.get().precision().name().toLowerCase(java.util.Locale.ROOT) + ": write it once ("
                    + ends[0].strip() + "), or fix the end");
            return null;
        }
        return parsed.orElseGet(() -> {
            String[] ends = value.split("/", -1);
            if (ends.length == 2 && PartialDate.parse(ends[0], false).isPresent()
                    && PartialDate.parse(ends[1], false).isPresent()) {
                diagnostics.error(entry.keyAt(key), "date range '" + value + "' ends before it starts, or mixes "
                        + "precisions: write start/end, earliest first, both as YYYY-MM-DD, YYYY-MM or YYYY");
                return null;
            }
            String wrong = PartialDate.impossiblePart(value).map(part -> part + ": ").orElse("");
            diagnostics.error(entry.keyAt(key), "'" + value + "' is not a valid date: " + wrong + "write YYYY-MM-DD, "
                    + "YYYY-MM or YYYY (a range as start/end), with a day and month that exist");
            return null;
        });
    }

    private static String article(String noun) {
        return !noun.isEmpty() && "aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "an" : "a";
    }

    /** Builds an id index, reporting duplicates at the second occurrence with the first one's line. */
    <T> Map<String, Entry<T>> index(List<Entry<T>> entries, java.util.function.Function<T, String> idOf, String what) {
        Map<String, Entry<T>> byId = new java.util.LinkedHashMap<>();
        Map<String, Entry<T>> seen = new HashMap<>();
        for (Entry<T> entry : entries) {
            String id = idOf.apply(entry.raw());
            if (!id(entry, id, what)) {
                continue;
            }
            Entry<T> first = seen.putIfAbsent(id, entry);
            if (first != null) {
                diagnostics.error(entry.keyAt("id"), "duplicate " + what + " id '" + id + "': first used at "
                        + first.at() + "; ids must be unique");
                continue;
            }
            byId.put(id, entry);
        }
        return byId;
    }
}
