package folio.site;

import folio.content.CollectionName;
import folio.content.Suggestions;
import folio.content.YamlNode;
import folio.content.YamlReader;
import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The register of published ids, content/published-ids.yaml: for each collection the ids that
 * were ever published, and under {@code renamed:} each old id with the id that replaced it.
 * An id listed there must still exist, or be renamed to one that does: ids are the anchors
 * and open-data keys others link to, so one that disappears is an error at its line.
 * {@code folio ids} adds the ids of a build to the register.
 */
public final class PublishedIds {
    /** The collections whose ids are registered, in the order the file lists them. */
    public static final List<String> COLLECTIONS =
            CollectionName.ids(CollectionName.PROVISIONS, CollectionName.DOCUMENTS, CollectionName.REACTIONS,
                    CollectionName.EVENTS, CollectionName.ACTORS, CollectionName.TERMS, CollectionName.SOURCES);
    public static final String RENAMED = "renamed";
    /** What an entry's id could ever have been (the rule of site.Checks; provisions are numbers). */
    private static final java.util.regex.Pattern OLD_ID = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]*");

    /** The register as read: per collection the published ids (at their lines) and the renames (old to new). */
    public record Register(Map<String, Map<String, SourcePosition>> published,
                           Map<String, Map<String, Rename>> renamed) {
        public static final Register EMPTY = new Register(Map.of(), Map.of());
    }

    /** One line of {@code renamed:}: {@code old: new}, at {@code at}. */
    public record Rename(String to, SourcePosition at) {}

    private PublishedIds() {}

    /**
     * Checks the register against the ids the content has now ({@code current}, by collection)
     * and returns which old ids each entry keeps as anchors. Without a register nothing is checked.
     */
    public static FormerIds check(Optional<YamlReader.Located> file, Map<String, Set<String>> current,
                                  Diagnostics diagnostics) {
        if (file.isEmpty()) {
            return FormerIds.NONE;
        }
        Register register = read(file.get(), diagnostics);
        warnUnlisted(file.get(), register, current, diagnostics);
        Map<String, Map<String, List<String>>> former = new TreeMap<>();
        for (String collection : COLLECTIONS) {
            Set<String> now = current.getOrDefault(collection, Set.of());
            Map<String, Rename> renames = register.renamed().getOrDefault(collection, Map.of());
            String what = singular(collection);
            renames.forEach((old, rename) -> {
                if (now.contains(old)) {
                    diagnostics.error(rename.at(), what + " '" + old + "' is listed as renamed to '" + rename.to()
                            + "', but an entry still has the id '" + old + "': an id names one entry; remove this line, "
                            + "or give that entry back its new id");
                    return;
                }
                String to = finalId(old, renames);
                if (to == null || !now.contains(to)) {
                    diagnostics.error(rename.at(), what + " '" + old + "' is renamed to '" + rename.to() + "', but no "
                            + what + " has the id '" + (to == null ? rename.to() : to) + "': write the id the entry has "
                            + "now (" + Suggestions.didYouMean(rename.to(), now) + "check content/data/)");
                    return;
                }
                former.computeIfAbsent(collection, k -> new TreeMap<>()).computeIfAbsent(to, k -> new ArrayList<>()).add(old);
            });
            register.published().getOrDefault(collection, Map.of()).forEach((id, at) -> {
                if (!now.contains(id) && !renames.containsKey(id)) {
                    diagnostics.error(at, what + " '" + id + "' was published, but no " + what + " has this id any more: "
                            + "ids never change once published, since links and the open data use them. If you renamed "
                            + "it, add '" + id + ": <new id>' under 'renamed:' > '" + collection + ":' in this file (the "
                            + "new entry keeps '#" + id + "' as an anchor); if you withdrew it on purpose, delete this "
                            + "line (links to it will break)");
                }
            });
        }
        return new FormerIds(Map.copyOf(former));
    }

    /**
     * A warning when the register has no list for a collection the content has entries of: an emptied or truncated
     * file (a bad merge, a disk that filled up) otherwise switches the check off for them without a word. {@code folio
     * ids} writes every collection's list, an empty one as {@code []}; an entry added since is simply not yet
     * registered, and not warned of.
     */
    private static void warnUnlisted(YamlReader.Located file, Register register, Map<String, Set<String>> current,
                                     Diagnostics diagnostics) {
        List<String> unlisted = new ArrayList<>();
        List<String> counts = new ArrayList<>();
        for (String collection : COLLECTIONS) {
            int now = current.getOrDefault(collection, Set.of()).size();
            if (now > 0 && !register.published().containsKey(collection)) {
                unlisted.add(collection);
                counts.add(now + " " + (now == 1 ? singular(collection) : collection));
            }
        }
        if (unlisted.isEmpty()) {
            return;
        }
        boolean empty = register.published().isEmpty() && register.renamed().isEmpty();
        String text = file.text() == null ? "" : file.text().stripTrailing();
        int line = empty ? 1 : (int) text.chars().filter(c -> c == '\n').count() + 1;
        String path = file.origin().path();
        diagnostics.warning(SourcePosition.of(path, line), (empty ? "the register of published ids is empty"
                : "the register of published ids has no list of " + String.join(", ", unlisted) + " (is the file cut short "
                + "here?)") + ", while the content has " + String.join(", ", counts) + ": their published ids are not "
                + "protected, so an entry removed or renamed by mistake would go unnoticed. If the file was emptied or cut "
                + "short by mistake, restore it (git checkout -- " + path + "); then run 'folio ids', which lists every id "
                + "the content has (README: 'Ids never change once published')");
    }

    /** Where a chain of renames ends (a to b, b to c gives c); null for a loop. */
    private static String finalId(String old, Map<String, Rename> renames) {
        String id = old;
        for (int step = 0; step <= renames.size(); step++) {
            Rename next = renames.get(id);
            if (next == null) {
                return id;
            }
            id = next.to();
        }
        return null;
    }

    /** Reads the register; what does not fit its shape is reported and left out. */
    public static Register read(YamlReader.Located file, Diagnostics diagnostics) {
        Map<String, Map<String, SourcePosition>> published = new LinkedHashMap<>();
        Map<String, Map<String, Rename>> renamed = new LinkedHashMap<>();
        if (!(file.node() instanceof YamlNode.Mapping root)) {
            diagnostics.error(file.at(file.node()), "the register of published ids must be 'collection:' lines, each "
                    + "with a list of ids ('- id'), and 'renamed:'; 'folio ids' writes it");
            return Register.EMPTY;
        }
        for (YamlNode.Field field : root.fields()) {
            String key = field.key().text();
            if (key.equals(RENAMED)) {
                readRenames(file, field.value(), renamed, diagnostics);
            } else if (!COLLECTIONS.contains(key)) {
                diagnostics.error(file.at(field.key()), "unknown collection '" + key + "' in the register of published "
                        + "ids: " + Suggestions.didYouMean(key, COLLECTIONS) + "it lists " + String.join(", ", COLLECTIONS)
                        + " and renamed");
            } else if (field.value() instanceof YamlNode.Sequence list) {
                Map<String, SourcePosition> ids = published.computeIfAbsent(key, k -> new LinkedHashMap<>());
                for (YamlNode item : list.items()) {
                    if (item instanceof YamlNode.Scalar id && !id.isNull()) {
                        ids.putIfAbsent(id.text(), file.at(id));
                    } else {
                        diagnostics.error(file.at(item), "each published id is one '- id' line");
                    }
                }
            } else if (!field.value().isNull()) {
                diagnostics.error(file.at(field.key()), "'" + key + "' needs a list of ids, one '- id' line each");
            }
        }
        return new Register(published, renamed);
    }

    private static void readRenames(YamlReader.Located file, YamlNode value, Map<String, Map<String, Rename>> renamed,
                                    Diagnostics diagnostics) {
        if (value.isNull()) {
            return;
        }
        if (!(value instanceof YamlNode.Mapping collections)) {
            diagnostics.error(file.at(value), "'renamed:' holds one 'collection:' line for each collection with renamed "
                    + "ids, and under it 'old-id: new-id' lines");
            return;
        }
        for (YamlNode.Field collection : collections.fields()) {
            String name = collection.key().text();
            if (!COLLECTIONS.contains(name)) {
                diagnostics.error(file.at(collection.key()), "unknown collection '" + name + "' under 'renamed:': "
                        + Suggestions.didYouMean(name, COLLECTIONS) + "use one of " + String.join(", ", COLLECTIONS));
            } else if (collection.value() instanceof YamlNode.Mapping pairs) {
                Map<String, Rename> renames = renamed.computeIfAbsent(name, k -> new LinkedHashMap<>());
                for (YamlNode.Field pair : pairs.fields()) {
                    String old = pair.key().text();
                    if (!OLD_ID.matcher(old).matches()) {
                        // Each old id becomes an anchor, id="old", on the page: it must be one an entry could have had.
                        diagnostics.error(file.at(pair.key()), "'" + old + "' cannot be a published id: ids are lower-case "
                                + "letters, digits and hyphens, and an old id is kept as an anchor on the page; write the "
                                + "id as it was published");
                    } else if (pair.value() instanceof YamlNode.Scalar to && !to.isNull()) {
                        renames.put(old, new Rename(to.text(), file.at(pair.key())));
                    } else {
                        diagnostics.error(file.at(pair.key()), "write the new id after the old one: 'old-id: new-id'");
                    }
                }
            } else if (!collection.value().isNull()) {
                diagnostics.error(file.at(collection.key()), "under '" + name + ":' write one 'old-id: new-id' line for "
                        + "each renamed id");
            }
        }
    }

    static String singular(String collection) {
        return folio.content.ContentParser.singular(collection);
    }
}
