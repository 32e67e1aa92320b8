package folio.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** An entry of templates/i18n/ as a build found it: a folder, or a file with its bytes (those of a .yaml file; none for others). */
record StringFile(Path path, String name, boolean folder, byte[] bytes) {
    /** The folder's entries in name order. */
    static List<StringFile> list(Path folder) throws IOException {
        List<StringFile> files = new ArrayList<>();
        try (var list = Files.list(folder)) {
            for (Path file : list.sorted().toList()) {
                boolean isFolder = Files.isDirectory(file);
                String name = file.getFileName().toString();
                files.add(new StringFile(file, name, isFolder, isFolder || !name.endsWith(".yaml") ? null : Files.readAllBytes(file)));
            }
        }
        return List.copyOf(files);
    }

    /** Whether the two read the same: same name, kind and bytes. */
    boolean same(StringFile other) {
        return name.equals(other.name) && folder == other.folder && Arrays.equals(bytes, other.bytes);
    }
}
