package folio.i18n;

import folio.content.ContentParser.Entry;
import folio.content.ContentParser.ParsedTranslation;
import folio.diag.Diagnostics;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What laying the data files' translations over the English entries gave in the last build, by
 * language, for the next build in the same process (the preview server). The parser keeps an
 * unchanged file's parse, so the same English entries and the same translation files, object for
 * object, give the same entries, statuses and problems: a save of a page does not lay every data
 * file's translation over its English again. Only for builds in which no id is refused for its
 * name (what is refused changes the statuses and is not compared here).
 */
public final class KeptTranslations {
    /** One language's: what it was made from (the English entries by collection, the translation files by English path) and what it gave. */
    record Data(Map<String, List<Entry<?>>> english, Map<String, ParsedTranslation> files, String original,
                Map<String, List<Entry<?>>> collections, List<TranslationStatus> statuses, Diagnostics problems) {}

    private final Map<String, Data> byLanguage = new ConcurrentHashMap<>();

    /** The last build's for {@code language}, when it was made from these very entries and files; else null. */
    Data find(String language, Map<String, List<Entry<?>>> english, Map<String, ParsedTranslation> files, String original) {
        Data data = byLanguage.get(language);
        return data != null && data.original().equals(original) && same(data.english(), english) && same(data.files(), files)
                ? data : null;
    }

    void remember(String language, Data data) {
        byLanguage.put(language, data);
    }

    /** The entries of {@code english} as they are now (the lists are not the parser's, which it may fill later). */
    static Map<String, List<Entry<?>>> snapshot(Map<String, List<Entry<?>>> english) {
        Map<String, List<Entry<?>>> copy = new TreeMap<>();
        english.forEach((collection, list) -> copy.put(collection, List.copyOf(list)));
        return Collections.unmodifiableMap(copy);
    }

    /** Same keys, in the same order, and the same objects under each. */
    private static boolean same(Map<String, ?> before, Map<String, ?> now) {
        if (before.size() != now.size() || !List.copyOf(before.keySet()).equals(List.copyOf(now.keySet()))) {
            return false;
        }
        for (Map.Entry<String, ?> entry : now.entrySet()) {
            Object was = before.get(entry.getKey());
            Object is = entry.getValue();
            if (was instanceof List<?> wasList && is instanceof List<?> isList) {
                if (wasList.size() != isList.size()) {
                    return false;
                }
                for (int i = 0; i < isList.size(); i++) {
                    if (wasList.get(i) != isList.get(i)) {
                        return false;
                    }
                }
            } else if (was != is) {
                return false;
            }
        }
        return true;
    }
}
