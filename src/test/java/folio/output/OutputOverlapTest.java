package folio.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.Build;
import folio.TestSite;
import folio.project.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output folder is refused, before anything is read, where it really is (symbolic links
 * followed) inside the sources, git's folder or an earlier build's site, or when it is a link.
 */
class OutputOverlapTest {
    @TempDir
    Path dir;

    private TestSite goodSite() {
        TestSite site = TestSite.minimal(dir.resolve("project")).file("content/index.md", "---\ntitle: Good\n---\nGood text\n");
        site.file("content/notes/keep.txt", "kept");
        site.file("templates/static/style.css", "p {}\n");
        return site;
    }

    private Build.Result build(String output) {
        return Build.run(new Build.Options(Project.of(dir.resolve("project"), Path.of("content"), Path.of("templates"),
                Path.of(output)), null, false, true));
    }

    private static String refused(Build.Result result) {
        assertEquals(2, result.exitCode(), TestSite.errors(result));
        String errors = TestSite.errors(result);
        assertTrue(errors.contains("refusing to write the site"), errors);
        return errors;
    }

    @Test
    void aFolderInsideTheSiteAnEarlierBuildWroteIsRefusedAndTheSiteStillBuilds() throws IOException {
        goodSite();
        assertEquals(0, build("site").exitCode());
        for (String inner : new String[] {"site/inner", "site/a/b", "site/about"}) {
            String errors = refused(build(inner));
            assertTrue(errors.contains("it is inside site/, a site an earlier folio build wrote (site/.folio-manifest shows it)"),
                    errors);
            assertTrue(errors.contains("--output site-2"), errors);
        }
        assertFalse(Files.exists(dir.resolve("project/site/inner")));
        assertEquals(0, build("site").exitCode(), "the site's own build is not disturbed");
        assertEquals(0, build("site").exitCode());
    }

    @Test
    void aSiteOutsideTheProjectIsRecognisedToo() throws IOException {
        goodSite();
        assertEquals(0, build("../public").exitCode());
        String errors = refused(build("../public/inner"));
        assertTrue(errors.contains("it is inside " + dir.resolve("public").toRealPath() + "/, a site an earlier folio build"),
                errors);
        assertEquals(0, build("../elsewhere/inner").exitCode(), "a new folder outside the project is fine");
    }

    @Test
    void aSymbolicLinkOnTheWayIsFollowedToTheSources() throws IOException {
        goodSite();
        Path project = dir.resolve("project");
        Files.createSymbolicLink(project.resolve("notes"), Path.of("content/notes"));
        Files.createSymbolicLink(project.resolve("theme"), Path.of("templates/static"));
        Files.createSymbolicLink(project.resolve("here"), Path.of("."));
        Files.createSymbolicLink(project.resolve("up"), Path.of(".."));
        assertTrue(refused(build("notes/out")).contains(
                "it is inside content/ (a symbolic link leads it to content/notes/out), which the next build would read"));
        assertTrue(refused(build("theme/out")).contains("it is inside templates/ (a symbolic link leads it to templates/static/out)"));
        assertTrue(refused(build("here")).contains("it is the project folder itself (a symbolic link leads it to .)"));
        assertTrue(refused(build("here/content")).contains("it is the content/ folder itself"));
        assertTrue(refused(build("up")).contains("it contains the project folder"));
        assertFalse(Files.exists(project.resolve("content/notes/out")));
        assertFalse(Files.exists(project.resolve("templates/static/out")));
    }

    @Test
    void anOutputThatIsItselfASymbolicLinkIsRefusedAndTheLinkKept() throws IOException {
        goodSite();
        Path project = dir.resolve("project");
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.createSymbolicLink(project.resolve("out"), elsewhere);
        Files.createSymbolicLink(project.resolve("gone"), Path.of("nothing-here"));
        assertTrue(refused(build("out")).contains("it is a symbolic link to " + elsewhere.toRealPath()
                + ", which the build would replace with a folder; remove the link, or give the folder itself"));
        assertTrue(refused(build("gone")).contains("it is a symbolic link to nothing"));
        assertTrue(Files.isSymbolicLink(project.resolve("out")));
        assertTrue(Files.isSymbolicLink(project.resolve("gone")));
        assertEquals(0, build(elsewhere.toString()).exitCode(), "the folder itself, named, is fine");
    }

    @Test
    void gitsOwnFolderIsRefused() throws IOException {
        goodSite();
        Files.createDirectories(dir.resolve("project/.git/objects"));
        assertTrue(refused(build(".git/site")).contains("it is inside .git/, git's own record of the project"));
        assertTrue(refused(build(".git")).contains("it is .git/, git's own record of the project"));
        assertFalse(Files.exists(dir.resolve("project/.git/site")));
    }
}
