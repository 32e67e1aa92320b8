package folio.site;

import folio.content.ContentParser.Entry;
import folio.content.Raw;
import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One outlet, one name. Sources name the outlet that reported them; two spellings of one outlet
 * ("The Kyiv Independent" and "Kyiv Independent") would show readers two outlets, and would let
 * two copies of one report pass for corroboration ({@link Corroboration}).
 */
final class OutletNames {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private OutletNames() {}

    /** An outlet's identity: its name without case, spacing or a leading "The". */
    static String key(String outlet) {
        String folded = SPACES.matcher(Normalizer.normalize(outlet, Normalizer.Form.NFC).strip()).replaceAll(" ")
                .toLowerCase(Locale.ROOT);
        return folded.startsWith("the ") ? folded.substring(4) : folded;
    }

    /** Reports each source whose outlet is the outlet of a source before it (in file order) written another way. */
    static void checkOneSpelling(Map<String, Entry<Raw.Source>> entries, Diagnostics diagnostics) {
        Map<String, Map.Entry<String, Entry<Raw.Source>>> first = new HashMap<>();
        entries.entrySet().stream().filter(entry -> entry.getValue().raw().outlet() != null
                        && !entry.getValue().raw().outlet().isBlank())
                .sorted(Comparator.comparing((Map.Entry<String, Entry<Raw.Source>> entry) -> entry.getValue().at().path())
                        .thenComparingInt(entry -> entry.getValue().at().line()))
                .forEach(entry -> {
                    String written = entry.getValue().raw().outlet().strip();
                    Map.Entry<String, Entry<Raw.Source>> earlier = first.putIfAbsent(key(written), entry);
                    if (earlier == null) {
                        return;
                    }
                    String spelling = earlier.getValue().raw().outlet().strip();
                    if (!spelling.equals(written)) {
                        SourcePosition at = earlier.getValue().keyAt("outlet");
                        diagnostics.error(entry.getValue().keyAt("outlet"), "outlet '" + written + "' is written '"
                                + spelling + "' in source " + earlier.getKey() + " (" + at.path() + ":" + at.line()
                                + "): write one outlet's name one way in every source, so that readers see one outlet, "
                                + "and two copies of its report do not count as two outlets confirming a claim");
                    }
                });
    }
}
