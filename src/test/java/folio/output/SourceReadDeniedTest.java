package folio.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import folio.diag.Diagnostics;
import folio.project.Project;
import folio.project.SourceLoader;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file copied as it is (the theme's static/, an image in content/) is read while the site is
 * written; one the user may not read was reported as the site's problem ("site: cannot write the
 * new site ...: templates/static/x.css may not be changed by you"). It is told at the file, as
 * a page that cannot be read is. (Root reads every file, so the build itself is not run here.)
 */
class SourceReadDeniedTest {
    @TempDir
    Path dir;

    @Test
    void aCopiedFileThatCannotBeReadIsToldAtTheFile() {
        Project project = Project.of(dir, dir.resolve("content"), dir.resolve("templates"), dir.resolve("site"));
        for (String file : new String[] {"templates/static/glossary.css", "content/img/map.png"}) {
            Diagnostics diagnostics = new Diagnostics();
            assertFalse(OutputFolders.fail(diagnostics, project, project.output(), "cannot write the new site; the previous "
                    + "site is untouched", new AccessDeniedException(dir.resolve(file).toString())));
            assertEquals(file + ":1: error: cannot read: permission denied; make the file readable (chmod a+r " + file + ")",
                    diagnostics.sorted().get(0).toString());
        }
    }

    @Test
    void aFolderThatCannotBeReadIsToldToBeMadeReadableAndSearchable() {
        assertEquals("cannot read this folder: permission denied; make it readable (chmod a+rx templates/partials)",
                SourceLoader.describeFolder(new AccessDeniedException("/x/templates/partials"), "templates/partials"));
    }
}
