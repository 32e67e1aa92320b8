package folio.render;

import folio.diag.Diagnostics;
import java.util.List;

/**
 * The interface strings the last build read, and the files it read them from, for the next build
 * in the same process (the preview server): files with the same bytes read the same, so an edit
 * to the content does not parse the theme's strings again.
 */
public final class KeptStrings {
    private record Read(List<StringFile> files, InterfaceStrings strings, Diagnostics problems) {}

    private volatile Read last;

    /** The strings last read from files that are the same as {@code files}, their problems added to {@code diagnostics}; else null. */
    InterfaceStrings readFrom(List<StringFile> files, Diagnostics diagnostics) {
        Read read = last;
        if (read == null || read.files().size() != files.size()) {
            return null;
        }
        for (int i = 0; i < files.size(); i++) {
            if (!files.get(i).same(read.files().get(i))) {
                return null;
            }
        }
        diagnostics.addAll(read.problems());
        return read.strings();
    }

    void remember(List<StringFile> files, InterfaceStrings strings, Diagnostics problems) {
        last = new Read(files, strings, problems);
    }
}
