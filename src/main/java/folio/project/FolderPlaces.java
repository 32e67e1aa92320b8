package folio.project;

import java.util.Map;

/**
 * The folders folio reads by their name, and what to say of a file standing in the place of one.
 * Read as a file (or copied, or passed over), it left the folder's files unread, and the build
 * blamed what they would have given: every provision "was removed" with {@code content/data/provisions}
 * a file, "no template templates/partials/cite.peb: create it" at each include with
 * {@code templates/partials} a file, which cannot be done while the file is there.
 */
final class FolderPlaces {
    /** The theme's folders (templates/NAME/), with what each holds. */
    private static final Map<String, String> THEME = Map.of(
            "partials", "the partials that templates include (partials/cite.peb, ...)",
            "i18n", "the interface strings of each language (i18n/en.yaml, i18n/uk.yaml)",
            "static", "the files copied into the site as they are (static/style.css, ...)",
            "map", "the map's boundary data (map/ukraine-oblasts.json)");

    private FolderPlaces() {}

    /**
     * Why the file at {@code relative} (inside content/, or templates/ when {@code theme}) stands
     * where a folder belongs, or null.
     */
    static String problem(String relative, boolean theme) {
        if (theme) {
            String holds = THEME.get(relative);
            return holds == null ? null : "this is a file, but templates/" + relative + "/ is the folder of " + holds
                    + ": rename or move the file, and make templates/" + relative + " that folder";
        }
        if (relative.equals("data")) {
            // Copied as a file, it would leave every collection empty: one error per reference to them.
            return "this is a file, but content/data is the folder of the collections' YAML files (data/sources.yaml, "
                    + "data/terms.yaml, ...): rename or move it, and keep data files in a folder content/data/";
        }
        String name = relative.startsWith("data/") ? relative.substring("data/".length()) : null;
        if (name == null || name.contains("/") || name.contains(".")) {
            return null;
        }
        if (name.equals("provisions")) {
            return "this is a file, but content/data/provisions is the folder of the points' files (data/provisions/01.md, "
                    + "...): rename or move it, and make data/provisions that folder";
        }
        // data/events, data/sources: a collection is a file data/NAME.yaml or a folder data/NAME/ of them.
        return "this file in content/data/ has no extension, so no collection is read from it: a collection is a file "
                + "data/" + name + ".yaml or a folder data/" + name + "/ of them: rename it " + name + ".yaml, or make data/"
                + name + " that folder";
    }
}
