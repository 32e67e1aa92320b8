package folio.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.Build;
import folio.TestSite;
import folio.project.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** folio replaces only an output folder it can prove it wrote; nothing a user put there is deleted. */
class OutputFolderTest {
    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.minimal(dir).file("content/index.md", "---\ntitle: Home\n---\nHello.\n");
    }

    private static Build.Result buildInto(TestSite site, String output) {
        Project project = Project.of(site.root(), Path.of("content"), Path.of("templates"), Path.of(output));
        return Build.run(new Build.Options(project, null, false, true));
    }

    @Test
    void aFolderThatOnlyHoldsANojekyllMarkerIsNotWiped() throws IOException {
        TestSite site = site();
        Path docs = Files.createDirectories(dir.resolve("other/docs"));
        Files.writeString(docs.resolve(".nojekyll"), "");
        Files.writeString(docs.resolve("precious.html"), "<p>mine</p>");
        Files.writeString(docs.resolve("CNAME"), "example.org\n");
        Build.Result result = buildInto(site, "other/docs");
        String errors = TestSite.errors(result);
        assertEquals(2, result.exitCode(), errors);
        assertTrue(errors.contains("folio cannot show it wrote (no .folio-manifest in it)"), errors);
        assertEquals("<p>mine</p>", Files.readString(docs.resolve("precious.html")));
        assertEquals("example.org\n", Files.readString(docs.resolve("CNAME")));
    }

    @Test
    void aFolderFolioWroteIsReplacedAgainAndItsManifestListsEveryFile() throws IOException {
        TestSite site = site();
        assertEquals(0, site.build().exitCode());
        String manifest = Files.readString(dir.resolve("site/" + SiteManifest.NAME));
        assertTrue(manifest.contains("\nindex.html\t"), manifest);
        assertTrue(manifest.contains("\n.nojekyll\t0\n"), manifest);
        site.file("content/index.md", "---\ntitle: Home\n---\nChanged.\n");
        Build.Result second = site.build();
        assertEquals(0, second.exitCode(), TestSite.errors(second));
        assertTrue(site.read("index.html").contains("Changed."));
    }

    @Test
    void aFileAddedOrChangedAfterTheBuildBlocksTheNextOneAndSurvives() throws IOException {
        TestSite site = site();
        assertEquals(0, site.build().exitCode());
        Files.writeString(dir.resolve("site/CNAME"), "example.org\n");
        Build.Result added = site.build();
        String errors = TestSite.errors(added);
        assertEquals(2, added.exitCode(), errors);
        assertTrue(errors.contains("holds files the last build did not write (CNAME)"), errors);
        assertTrue(errors.contains("content/CNAME"), errors);
        assertEquals("example.org\n", Files.readString(dir.resolve("site/CNAME")));

        Files.delete(dir.resolve("site/CNAME"));
        Files.writeString(dir.resolve("site/index.html"), "edited by hand, longer than before ........................................");
        Build.Result changed = site.build();
        assertEquals(2, changed.exitCode(), TestSite.errors(changed));
        assertTrue(TestSite.errors(changed).contains("(index.html)"), TestSite.errors(changed));
    }

    @Test
    void anEmptyFolderIsUsedAndAnAddedEmptyFolderCountsAsForeign() throws IOException {
        TestSite site = site();
        Files.createDirectories(dir.resolve("site"));
        assertEquals(0, site.build().exitCode());
        Files.createDirectories(dir.resolve("site/drafts"));
        Build.Result result = site.build();
        assertEquals(2, result.exitCode());
        assertTrue(TestSite.errors(result).contains("(drafts/)"), TestSite.errors(result));
    }

    /** The cache of the site in {@code dir/site} when its folders' times prove it unchanged, else null. */
    private OutputCache proven() throws IOException {
        Path output = dir.resolve("site");
        return OutputCache.provenCurrent(OutputPlace.cacheFile(OutputLock.fileFor(output)), output);
    }

    @Test
    void afterAnUpdateInPlaceTheFoldersTimesStandForAWalkAndStillFindWhatWasAdded() throws IOException {
        TestSite site = site().file("content/about/team.md", "---\ntitle: Team\n---\nUs.\n");
        assertEquals(0, site.build().exitCode());
        assertNull(proven(), "a site swapped in whole is walked by the next build");
        site.file("content/index.md", "---\ntitle: Home\n---\nChanged.\n");
        Build.Result edit = site.build();
        assertTrue(edit.written().incremental(), "the edit is written in place");
        assertNotNull(proven(), "the next build needs no walk");

        Path team = dir.resolve("site/about/team/index.html");
        String page = Files.readString(team);
        Files.writeString(team, page + "edited by hand");
        assertNull(proven(), "a file resized in place changes no folder's time, but its size");
        Files.writeString(team, page);
        assertNotNull(proven());

        Path deep = Files.createDirectories(dir.resolve("site/about/team/notes"));
        Files.writeString(deep.resolve("mine.txt"), "mine");
        assertNull(proven(), "a folder added in a folder the edit did not touch");
        Build.Result added = site.build();
        assertEquals(2, added.exitCode(), TestSite.errors(added));
        assertTrue(TestSite.errors(added).contains("(about/team/notes/mine.txt)"), TestSite.errors(added));
        assertEquals("mine", Files.readString(deep.resolve("mine.txt")));
    }
}
