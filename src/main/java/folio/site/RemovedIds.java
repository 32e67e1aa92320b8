package folio.site;

import folio.content.YamlReader;
import folio.diag.Diagnostics;
import java.util.Map;
import java.util.Optional;

/**
 * What content/published-ids.yaml says of an id that nothing has now. The register knows the id
 * was published (and, for a rename, its new id), so a reference to a removed or renamed entry can
 * say so, where "unknown actor 'vance'" alone would read as if the id were misspelt.
 */
final class RemovedIds {
    static final RemovedIds NONE = new RemovedIds(PublishedIds.Register.EMPTY, "content/published-ids.yaml");

    private final PublishedIds.Register register;
    private final String file;

    private RemovedIds(PublishedIds.Register register, String file) {
        this.register = register;
        this.file = file;
    }

    /** The register as read (its own mistakes are reported where it is checked, not here). */
    static RemovedIds of(Optional<YamlReader.Located> publishedIds) {
        return publishedIds.map(located -> new RemovedIds(PublishedIds.read(located, new Diagnostics()),
                located.origin().path())).orElse(NONE);
    }

    /** The fix for an id in a YAML list or value: "write 'new' in provisions:". */
    static java.util.function.UnaryOperator<String> inList(String key) {
        return to -> "write " + (to.startsWith("<") ? to : "'" + to + "'") + " in " + key + ":";
    }

    /**
     * Why {@code id} names no entry of {@code collection} (a collection id) and what to do, ending with
     * {@code fix} applied to the new id for a rename ("write [[actor:new]]"); null when the
     * register does not list it.
     */
    String explain(String collection, String id, java.util.function.UnaryOperator<String> fix) {
        String what = PublishedIds.singular(collection);
        PublishedIds.Rename rename = register.renamed().getOrDefault(collection, Map.of()).get(id);
        if (rename != null) {
            return what + " '" + id + "' was renamed to '" + rename.to() + "' (" + rename.at().path() + ":"
                    + rename.at().line() + "): " + fix.apply(rename.to());
        }
        var at = register.published().getOrDefault(collection, Map.of()).get(id);
        if (at == null) {
            return null;
        }
        return what + " '" + id + "' was published (" + at.path() + ":" + at.line() + ") but was removed: no " + what
                + " has this id any more. If it was removed by mistake, put the entry back in content/data/; if it was renamed, " + fix.apply("<new id>") + " and add '" + id + ": <new id>' under 'renamed:' > '"
                + collection + ":' in " + file + "; if it was withdrawn, remove this reference";
    }
}
