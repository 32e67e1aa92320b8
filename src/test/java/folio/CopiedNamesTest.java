package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names of copied files (content/'s images, templates/static/) that would be published wrong,
 * written here rather than as golden fixtures: a checkout on macOS or Windows could not hold them
 * (names that differ only in case or in how an accent is stored, names starting with a space).
 * Each built with exit 0 on the commit before, the files published as they were.
 */
class CopiedNamesTest {
    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.minimal(dir).file("content/index.md", "---\ntitle: Home\n---\nHello.\n")
                .file("content/about.md", "---\ntitle: About\n---\nText.\n");
    }

    /** Whether this file system keeps every name given (not macOS's or Windows' usual ones). */
    private boolean keepsNames(List<String> names) throws IOException {
        Path probe = Files.createDirectory(dir.resolve("probe"));
        for (String name : names) {
            Files.writeString(probe.resolve(name), name);
        }
        try (var list = Files.list(probe)) {
            return list.count() == names.size();
        }
    }

    /**
     * Two names beside each other that differ only in case or in how an accent is stored are one
     * file on macOS (and, for case, Windows): refused where the folder is listed, published or not
     * (PortableNamesSiteTest has the theme's). A copied file and a page in different folders are
     * found where their outputs meet.
     */
    @Test
    void namesThatDifferOnlyInCaseOrInHowAnAccentIsStoredAreOneFileElsewhere() throws IOException {
        assumeTrue(keepsNames(List.of("a", "A", "caf\u00e9", "cafe\u0301")));
        TestSite site = site().file("content/Logo.png", "a").file("content/logo.png", "b")
                .file("content/caf\u00e9.png", "c").file("content/cafe\u0301.png", "d");
        Build.Result result = site.build();
        assertEquals(1, result.exitCode());
        assertEquals("content/Logo.png:1: error: the name of this file differs from logo.png beside it only in upper and lower "
                + "case: macOS and Windows take both for one file, so a checkout there keeps only one of them: rename or "
                + "remove one\n"
                + "content/cafe\u0301.png:1: error: the name of this file differs from caf\u00e9.png beside it only in how an "
                + "accented letter is stored (as one character, or as a letter and a combining accent): macOS takes both for "
                + "one file, so a checkout there keeps only one of them: rename or remove one\n", TestSite.errors(result));
        Files.delete(dir.resolve("content/Logo.png"));
        Files.delete(dir.resolve("content/cafe\u0301.png"));
        site.file("content/About/index.html", "<p>x</p>").file("templates/static/Logo.png", "S");
        result = site.build();
        assertEquals(1, result.exitCode());
        String tail = ": macOS and Windows take both for one file, so a build or a copy of the site there keeps only one: "
                + "rename one of them\n";
        assertEquals("content/About/index.html:1: error: this file would be written to site/About/index.html, and "
                + "site/about/index.html (made by the build) differs from it only in upper and lower case" + tail
                + "templates/static/Logo.png:1: error: this file would be written to site/Logo.png, and site/logo.png (copied "
                + "from content/logo.png) differs from it only in upper and lower case" + tail, TestSite.errors(result));
    }

    /**
     * A copy in a folder that differs from another output folder only in case (content/Guide/ beside
     * the page guide.md; the theme's static/Img/ beside content/img/) built with exit 0: no file is
     * lost, but a build on macOS or Windows names the one folder as it met it first, so a link in
     * the other case breaks on GitHub Pages. Reported once per folder, at its first copy.
     */
    @Test
    void aCopiedFilesFolderThatDiffersFromAnotherOnlyInCaseIsRefused() throws IOException {
        assumeTrue(keepsNames(List.of("a", "A")));
        TestSite site = site().file("content/guide.md", "---\ntitle: Guide\n---\nText.\n").file("content/Guide/b.svg", "b")
                .file("content/Guide/a.svg", "a").file("content/img/x.png", "x").file("templates/static/Img/y.png", "y")
                .file("content/Photos/z.png", "z");
        Build.Result result = site.build();
        assertEquals(1, result.exitCode());
        String tail = "/ differs from it only in upper and lower case: macOS and Windows make them one folder, named as a "
                + "build there meets it first, so a link in the other form breaks on a server that tells them apart (GitHub "
                + "Pages): rename one of the two folders\n";
        assertEquals("content/Guide/a.svg:1: error: this file is written in the folder site/Guide/, and the folder site/guide"
                + tail + "templates/static/Img/y.png:1: error: this file is written in the folder site/Img/, and the folder "
                + "site/img" + tail, TestSite.errors(result));
    }

    /** A space at the end or a '.' is PortableNames' rule for every file (PortableNamesSiteTest); Windows holds one at the start. */
    @Test
    void aNameWithASpaceAtTheStartIsRefused() throws IOException {
        assumeTrue(keepsNames(List.of(" b")));
        TestSite site = site().file("content/ cover.jpg", "b").file("content/ img/a.png", "d").file("content/ img/b.png", "e")
                .file("templates/static/ logo.svg", "<svg/>");
        Build.Result result = site.build();
        assertEquals(1, result.exitCode());
        String unseen = ", where no reader sees it: rename it without it ";
        assertEquals("content/ cover.jpg:1: error: the file's name starts with a space, which would be published as it is, "
                + "in its address" + unseen + "(cover.jpg)\n"
                + "content/ img:1: error: the folder's name starts with a space, which would be published as it is, in the "
                + "address of every file in it" + unseen + "(img)\n"
                + "templates/static/ logo.svg:1: error: the file's name starts with a space, which would be published as it "
                + "is, in its address" + unseen + "(logo.svg)\n", TestSite.errors(result));
    }

    /**
     * The theme's static files are published too, so what editors and Windows leave there is
     * refused as in content/ (golden bad-content-leftovers): it was published.
     */
    @Test
    void whatIsLeftBehindInTheThemesStaticFolderIsRefused() {
        TestSite site = site().file("templates/static/img/Thumbs.db", "t").file("templates/static/#style.css#", "s");
        Build.Result result = site.build();
        assertEquals(1, result.exitCode());
        assertEquals("templates/static/#style.css#:1: error: this looks like a file left behind (an editor's autosave, #...#), "
                + "and would be published as site/#style.css# for anyone to read: remove it, or keep it outside "
                + "templates/static/\n"
                + "templates/static/img/Thumbs.db:1: error: this looks like a file left behind (a file Windows keeps in a "
                + "folder, Thumbs.db), and would be published as site/img/Thumbs.db for anyone to read: remove it, or keep it "
                + "outside templates/static/\n", TestSite.errors(result));
    }

    /** A link that misses a file only by case or by how an accent is stored names the file, as the two look alike. */
    @Test
    void aLinkThatMissesAFileOnlyByCaseOrAccentNamesIt() throws IOException {
        assumeTrue(keepsNames(List.of("cafe\u0301")));
        TestSite site = site().file("content/cafe\u0301.png", "d").file("content/photo.png", "p")
                .file("content/about.md", "---\ntitle: About\n---\n![a](caf\u00e9.png) ![b](Photo.png)\n");
        Build.Result result = site.build();
        assertEquals(1, result.exitCode());
        assertEquals("content/about.md:4:1: error: link to 'caf\u00e9.png': no file content/caf\u00e9.png exists, though "
                + "content/cafe\u0301.png looks the same: one of the two names holds an accented letter stored as a letter "
                + "and a combining accent, the other as one character, and a web address tells them apart; retype the "
                + "file's name, then the link\n"
                + "content/about.md:4:16: error: link to 'Photo.png': no file content/Photo.png exists; content/photo.png "
                + "does, and a web address tells upper from lower case: write the link as the file is named\n",
                TestSite.errors(result));
    }

    /** A byte that is not UTF-8 in a name is read by Java as U+FFFD: the copy would be published under that name. */
    @Test
    void aNameThatIsNotUtf8IsRefused() {
        TestSite site = site().file("templates/static/logo\uFFFD.svg", "<svg/>");
        Build.Result result = site.build();
        assertEquals(1, result.exitCode());
        assertEquals("templates/static/logo\uFFFD.svg:1: error: the file's name is not UTF-8: it holds a byte of another "
                + "encoding (such as Latin-1's \u00e9), read as U+FFFD, so it would be published under another name than "
                + "its own: rename it (type the name again)\n", TestSite.errors(result));
    }

    @Test
    void aLineOrParagraphSeparatorInANameIsRefusedLikeAnInvisibleCharacter() {
        TestSite site = site().file("content/photo\u2028.png", "a").file("templates/static/a\u2029b.css", "b");
        Build.Result result = site.build();
        assertEquals(1, result.exitCode());
        String errors = TestSite.errors(result);
        assertTrue(errors.contains("the file's name holds an invisible line separator (U+2028)"), errors);
        assertTrue(errors.contains("rename it without it (photo.png)"), errors);
        assertTrue(errors.contains("the file's name holds an invisible paragraph separator (U+2029)"), errors);
    }
}
