package folio.site;

import folio.content.ContentParser;
import folio.content.ContentParser.Entry;
import folio.content.ContentParser.ParsedProvision;
import folio.content.Raw;
import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The raw entries of every collection by id (ids checked and unique, file order), and the provision files by number. */
record Entries(Map<String, Entry<Raw.Source>> sources, Map<String, Entry<Raw.Theme>> themes,
               Map<String, Entry<Raw.Document>> documents, Map<String, Entry<Raw.Actor>> actors,
               Map<String, Entry<Raw.Reaction>> reactions, Map<String, Entry<Raw.Event>> events,
               Map<String, Entry<Raw.Term>> terms, Map<String, Entry<Raw.Comparison>> comparisons,
               Map<String, Entry<Raw.Update>> updates, Map<String, Entry<Raw.MapLayer>> map,
               Map<String, Entry<Raw.Share>> shares, Map<Integer, ParsedProvision> provisions) {

    static Entries index(ContentParser.ParsedContent content, Checks checks, Diagnostics diagnostics) {
        return new Entries(checks.index(content.collection("sources"), Raw.Source::id, "source"),
                checks.index(content.collection("themes"), Raw.Theme::id, "theme"),
                checks.index(content.collection("documents"), Raw.Document::id, "document"),
                checks.index(content.collection("actors"), Raw.Actor::id, "actor"),
                checks.index(content.collection("reactions"), Raw.Reaction::id, "reaction"),
                checks.index(content.collection("events"), Raw.Event::id, "event"),
                checks.index(content.collection("terms"), Raw.Term::id, "term"),
                checks.index(content.collection("comparisons"), Raw.Comparison::id, "comparison"),
                checks.index(content.collection("updates"), Raw.Update::id, "update"),
                checks.index(content.collection("map"), Raw.MapLayer::id, "map layer"),
                checks.index(content.collection("shares"), Raw.Share::id, "oblast share"),
                provisions(content.provisions(), diagnostics));
    }

    /** The collections a listing may split into pages: the map is one drawing and themes group the provisions. */
    Map<String, Map<String, ? extends Entry<?>>> paginable() {
        return Map.of("actors", actors, "reactions", reactions, "events", events, "terms", terms, "sources", sources,
                "documents", documents, "comparisons", comparisons, "updates", updates);
    }

    private static Map<Integer, ParsedProvision> provisions(List<ParsedProvision> files, Diagnostics diagnostics) {
        Map<Integer, ParsedProvision> byNumber = new TreeMap<>();
        for (ParsedProvision file : files) {
            Integer number = file.raw().number();
            SourcePosition at = file.frontMatter().keyAt("number", SourcePosition.of(file.file().path(), 1));
            if (number == null || number < 1 || number > 999) {
                diagnostics.error(at, "provision needs number: a whole number from 1, like number: 21");
                continue;
            }
            ParsedProvision other = byNumber.putIfAbsent(number, file);
            if (other != null) {
                diagnostics.error(at, "duplicate provision number " + number + ": also used in " + other.file().path());
            }
        }
        return byNumber;
    }
}
