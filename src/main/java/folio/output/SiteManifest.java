package folio.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The list of files (path and size) a build wrote, kept in the output folder as
 * {@value #NAME}. It is folio's proof that a folder is its own: a later build replaces the
 * folder only while it holds nothing but those files, so a file a user put there (a CNAME, a
 * page written by hand) is never deleted.
 */
public final class SiteManifest {
    public static final String NAME = ".folio-manifest";
    private static final String HEADER = "# folio: the files the last build wrote (path, size in bytes). "
            + "folio replaces this folder only while it holds exactly these files.";

    private SiteManifest() {}

    /** The manifest's text for these files (output path to size), sorted so builds stay byte-identical. */
    public static byte[] write(Map<String, Long> sizes) {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        new TreeMap<>(sizes).forEach((path, size) -> text.append(path).append('\t').append(size).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * What in the walked folder the manifest does not account for: files it does not list,
     * files whose size changed, links, special files and empty folders. Null when there is no
     * manifest at all; an empty list when the folder is provably folio's.
     */
    static List<String> foreignFiles(SiteFolder listing) throws IOException {
        Map<String, Long> written = read(listing.folder().resolve(NAME));
        if (written == null) {
            return null;
        }
        List<String> foreign = new ArrayList<>(listing.odd());
        foreign.remove(NAME);
        listing.files().forEach((path, size) -> {
            if (!path.equals(NAME) && !size.equals(written.get(path))) {
                foreign.add(path);
            }
        });
        foreign.sort(null);
        return foreign;
    }

    private static Map<String, Long> read(Path manifest) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        }
        Map<String, Long> sizes = new HashMap<>();
        for (String line : lines) {
            int tab = line.lastIndexOf('\t');
            if (line.startsWith("#") || tab < 0) {
                continue;
            }
            try {
                sizes.put(line.substring(0, tab), Long.parseLong(line.substring(tab + 1)));
            } catch (NumberFormatException e) {
                // A line folio did not write proves nothing: its file counts as foreign.
            }
        }
        return sizes;
    }

}
