package folio.scaffold;

import folio.diag.Diagnostics;
import folio.project.Project;
import folio.project.SourceLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A collection file read for {@code folio new}, checked as a build checks it ({@link SourceLoader#text}:
 * UTF-8 only, UTF-16 named as such, no control characters) before an entry is added to it. A file
 * saved as UTF-16 was "cannot read: MalformedInput (Input length = 1)", with no file or line.
 */
final class CheckedText {
    /** The file's problem, as a build reports it ({@code content/data/terms.yaml:1: error: file is saved as UTF-16 ...}). */
    static final class Unreadable extends IOException {
        Unreadable(String diagnostic) {
            super(diagnostic);
        }
    }

    private CheckedText() {}

    /**
     * The file's text exactly as written (its own line endings, which the entry added follows), once
     * it is known to be text a build reads.
     */
    static String read(Project project, Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Diagnostics problems = new Diagnostics();
        if (SourceLoader.text(bytes, project.display(file), problems) == null) {
            throw new Unreadable(problems.sorted().get(0).toString());
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
