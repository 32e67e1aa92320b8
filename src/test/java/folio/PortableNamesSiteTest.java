package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.project.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names that a copy of the project or of the site on Windows could not hold (a device name such as
 * {@code con.png} or {@code aux/}, a character Windows refuses such as ':'), and names too long
 * for a page's translation to exist, written here rather than as golden fixtures: a Windows
 * checkout of folio itself could not hold them. Each built with exit 0 on the commit before (the
 * long page asked for a translation no file system could hold), and each is now an error at the
 * file, with the name to use, the previous site kept.
 */
class PortableNamesSiteTest {
    private static final String PAGE = "---\ntitle: A page\n---\nText.\n";

    @TempDir
    Path dir;

    private TestSite builtSite() {
        TestSite site = TestSite.minimal(dir).file("content/index.md", PAGE);
        assertEquals(0, site.build().exitCode());
        return site;
    }

    /** What each device-name error says between the name and the name to use instead. */
    private static final String WINDOWS = " (Windows keeps CON, PRN, AUX, NUL, COM1 to COM9 and LPT1 to LPT9 for devices, in any "
            + "case and with any extension), so a copy of the project or of the site on Windows cannot hold it (git stops "
            + "with 'invalid path'): rename it, for example ";

    @Test
    void aDeviceNameIsRefusedInAnyCaseWithOrWithoutAnExtension() {
        TestSite site = builtSite().file("content/con.png", "a").file("content/Aux/photo.png", "b")
                .file("content/nul.md", PAGE).file("templates/static/COM1.txt", "c").file("content/lpt1", "d")
                .file("content/prn .tar.gz", "e");
        Build.Result result = site.build();
        assertEquals(1, result.exitCode());
        assertEquals("content/Aux:1: error: the name of this folder is read by Windows as AUX, a device's name" + WINDOWS
                + "Aux-files\n"
                + "content/con.png:1: error: the name of this file is read by Windows as CON, a device's name" + WINDOWS
                + "con-file.png\n"
                + "content/lpt1:1: error: the name of this file is read by Windows as LPT1, a device's name" + WINDOWS
                + "lpt1-file\n"
                + "content/nul.md:1: error: the name of this file is read by Windows as NUL, a device's name" + WINDOWS
                + "nul-page.md\n"
                + "content/prn .tar.gz:1: error: the name of this file is read by Windows as PRN, a device's name" + WINDOWS
                + "prn-file.tar.gz\n", TestSite.errors(result));
        assertTrue(Files.exists(dir.resolve("site/index.html")), "the previous site is kept");
    }

    /** The theme's files are listed after the content's are read, so a theme is tried alone. */
    @Test
    void aThemeFileNamedAsADeviceToo() {
        TestSite site = builtSite().file("templates/static/COM1.txt", "c").file("templates/partials/conin$.peb", "f")
                .file("templates/static/nul.", "g");
        Build.Result result = site.build();
        assertEquals(1, result.exitCode());
        assertEquals("templates/partials/conin$.peb:1: error: the name of this file is read by Windows as CONIN$, a device's "
                + "name" + WINDOWS + "conin$-file.peb\n"
                + "templates/static/COM1.txt:1: error: the name of this file is read by Windows as COM1, a device's name"
                + WINDOWS + "COM1-file.txt\n"
                // Once: not also "ends in '.' ... rename it without it (nul)", which is a device's name too.
                + "templates/static/nul.:1: error: the name of this file is read by Windows as NUL, a device's name"
                + WINDOWS + "nul-file\n", TestSite.errors(result));
    }

    @Test
    void namesThatOnlyStartLikeADeviceAreKept() {
        TestSite site = builtSite().file("content/console.png", "a").file("content/auxiliary/a.png", "b")
                .file("content/com10.txt", "c").file("content/nul-page.md", PAGE).file("content/lpt.txt", "d")
                .file("content/a.con", "e");
        Build.Result result = site.build();
        assertEquals("", TestSite.errors(result));
        assertEquals(0, result.exitCode());
    }

    @Test
    void aCharacterWindowsRefusesIsRefusedWithTheNameToUse() {
        TestSite site = builtSite().file("content/a:b.png", "a").file("content/what?.md", PAGE)
                .file("content/back\\slash.png", "c")
                .file("content/<q>/\"a\".png", "d");
        Build.Result result = site.build();
        assertEquals(1, result.exitCode());
        String refused = ", which Windows does not allow in a name (nor any of < > : \" | ? * \\), so a copy of the project or "
                + "of the site on Windows cannot hold it (git stops with 'invalid path'): rename it, for example ";
        assertEquals("content/<q>:1: error: the name of this folder has the character '<'" + refused + "-q-\n"
                + "content/<q>/\"a\".png:1: error: the name of this file has the character '\"'" + refused + "-a-.png\n"
                + "content/a:b.png:1: error: the name of this file has the character ':'" + refused + "a-b.png\n"
                + "content/back\\slash.png:1: error: the name of this file has the character '\\'" + refused
                + "back-slash.png\n"
                + "content/what?.md:1: error: the name of this file has the character '?'" + refused + "what-.md\n",
                TestSite.errors(result));
    }

    @Test
    void aThemeFileWithACharacterWindowsRefusesToo() {
        String errors = TestSite.errors(builtSite().file("templates/static/x|y*.css", "b").build());
        assertEquals("templates/static/x|y*.css:1: error: the name of this file has the character '|', which Windows does not "
                + "allow in a name (nor any of < > : \" | ? * \\), so a copy of the project or of the site on Windows "
                + "cannot hold it (git stops with 'invalid path'): rename it, for example x-y-.css\n", errors);
    }

    /** What each error for a space or '.' at the end says between the name and the name to use instead. */
    private static final String DROPS = ", which Windows drops from a name, so a copy of the project or of the site on "
            + "Windows cannot hold it (git stops with 'invalid path'): rename it, for example ";

    @Test
    void aNameEndingInASpaceOrADotIsRefusedAFolderOnce() {
        TestSite site = builtSite().file("content/photo.png ", "a").file("content/notes.", "b")
                .file("content/img /a.png", "c").file("content/img /b.png", "d").file("content/guides./a.md", PAGE);
        Build.Result result = site.build();
        assertEquals(1, result.exitCode());
        assertEquals("content/guides.:1: error: the name of this folder ends in '.'" + DROPS + "guides\n"
                + "content/img :1: error: the name of this folder ends with a space" + DROPS + "img\n"
                + "content/notes.:1: error: the name of this file ends in '.'" + DROPS + "notes\n"
                + "content/photo.png :1: error: the name of this file ends with a space" + DROPS + "photo.png\n",
                TestSite.errors(result));
        assertTrue(Files.exists(dir.resolve("site/index.html")), "the previous site is kept");
    }

    /**
     * The theme's files that are never published (a partial, a note, a folder of drafts) are held to
     * the rule as its static/ files are: git for Windows refuses the path all the same. Each but
     * static/'s built with exit 0 on the commit before.
     */
    @Test
    void aThemeNameEndingInASpaceOrADotIsRefusedPublishedOrNot() {
        TestSite site = builtSite().file("templates/notes.txt ", "a").file("templates/partials/cite.peb.", "b")
                .file("templates/drafts /a.peb", "c").file("templates/static/logo.svg.", "<svg/>")
                .file("templates/...", "d");
        Build.Result result = site.build();
        assertEquals(1, result.exitCode());
        assertEquals("templates/...:1: error: the name of this file ends in '.'" + DROPS + "file\n"
                + "templates/drafts :1: error: the name of this folder ends with a space" + DROPS + "drafts\n"
                + "templates/notes.txt :1: error: the name of this file ends with a space" + DROPS + "notes.txt\n"
                + "templates/partials/cite.peb.:1: error: the name of this file ends in '.'" + DROPS + "cite.peb\n"
                + "templates/static/logo.svg.:1: error: the name of this file ends in '.'" + DROPS + "logo.svg\n",
                TestSite.errors(result));
        assertTrue(Files.exists(dir.resolve("site/index.html")), "the previous site is kept");
    }

    /**
     * Two theme files, or folders, that differ only in case are one on macOS and Windows, so a
     * checkout there keeps one layout of the two (or puts two folders' partials in one): each built
     * with exit 0 on the commit before. The one that is not all lower case is reported.
     */
    @Test
    void themeNamesThatDifferOnlyInCaseAreRefused() {
        TestSite site = builtSite().file("templates/Page.peb", TestSite.BASE_TEMPLATE).file("templates/partials/a.peb", "a")
                .file("templates/Partials/b.peb", "b").file("templates/i18n/EN.yaml", "a: b\n")
                .file("templates/i18n/en.yaml", "a: c\n");
        Build.Result result = site.build();
        assertEquals(1, result.exitCode());
        String tail = " beside it only in upper and lower case: macOS and Windows take both for one ";
        assertEquals("templates/Page.peb:1: error: the name of this file differs from page.peb" + tail + "file, so a checkout "
                + "there keeps only one of them: rename or remove one\n"
                + "templates/Partials:1: error: the name of this folder differs from partials" + tail + "folder, so a checkout "
                + "there puts the files of both in one: rename or remove one\n"
                + "templates/i18n/EN.yaml:1: error: the name of this file differs from en.yaml" + tail + "file, so a checkout "
                + "there keeps only one of them: rename or remove one\n", TestSite.errors(result));
        assertTrue(Files.exists(dir.resolve("site/index.html")), "the previous site is kept");
    }

    @Test
    void aUrlThatWindowsReadsAsADeviceIsRefused() {
        TestSite site = builtSite().file("content/a.md", "---\ntitle: A\nurl: aux/\n---\nText.\n")
                .file("content/b.md", "---\ntitle: B\nurl: news/con.html\n---\nText.\n");
        Build.Result result = site.build();
        assertEquals(1, result.exitCode());
        String tail = ", as it does con, prn, aux, nul, com1 to com9 and lpt1 to lpt9 with any extension, so a copy of the site "
                + "there cannot hold it; ";
        assertEquals("content/a.md:3:1: error: url 'aux/' is not a site path (it has the part 'aux', which Windows reads as "
                + "the device AUX" + tail + "aux-page would do): write a relative path of lower-case letters a-z, digits, "
                + "'-', '_' and '.', in parts separated by '/', ending in / or .html, like news/ or 404.html\n"
                + "content/b.md:3:1: error: url 'news/con.html' is not a site path (it has the part 'con.html', which "
                + "Windows reads as the device CON" + tail + "con-page.html would do): write a relative path of lower-case "
                + "letters a-z, digits, '-', '_' and '.', in parts separated by '/', ending in / or .html, like news/ or "
                + "404.html\n", TestSite.errors(result));
    }

    @Test
    void aNameOver200BytesIsRefusedAndOneOf200IsKept() {
        String kept = "k".repeat(196) + ".png";
        String cyrillic = "\u0441".repeat(99) + ".png"; // 198 + 4 bytes
        TestSite site = builtSite().file("content/" + kept, "a").file("content/" + cyrillic, "b");
        Build.Result result = site.build();
        assertEquals(1, result.exitCode());
        assertEquals("content/" + cyrillic + ":1: error: the name of this file is 202 bytes long, over the limit of 200 bytes "
                + "for a name: file systems hold at most 255 bytes in a name, and a page's translation adds its language to "
                + "it (about.md, about.uk.md), so a longer name could have no translation; shorten it\n",
                TestSite.errors(result));
    }

    /** A page named with 200 bytes has its translation, whose name is longer by its language. */
    @Test
    void aPageOf200BytesHasItsTranslation() throws IOException {
        ProjectFiles.copyTree(Path.of("src/test/resources/sites/i18n-translated/input"), dir);
        String name = "a".repeat(197);
        Files.writeString(dir.resolve("content").resolve(name + ".md"), PAGE);
        Files.writeString(dir.resolve("content").resolve(name + ".uk.md"), "---\ntitle: Сторінка\n---\nТекст.\n");
        Build.Result result = Build.run(new Build.Options(Project.of(dir, Path.of("content"), Path.of("templates"),
                Path.of("site")), null, false, true, true, null, folio.i18n.Translations.Policy.EDITING));
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        assertTrue(Files.exists(dir.resolve("site/uk/" + name + "/index.html")));
    }

    /**
     * The case found: in a site with a Ukrainian edition, a page named with 252 bytes asked for its
     * translation, whose name (.uk.md) no file system holds.
     */
    @Test
    void aPageNameTooLongForItsTranslationIsRefusedAtTheFile() throws IOException {
        ProjectFiles.copyTree(Path.of("src/test/resources/sites/i18n-translated/input"), dir);
        String name = "a".repeat(249) + ".md";
        Files.writeString(dir.resolve("content").resolve(name), PAGE);
        Build.Result result = Build.run(new Build.Options(Project.of(dir, Path.of("content"), Path.of("templates"),
                Path.of("site")), null, false, true));
        assertEquals(1, result.exitCode());
        assertEquals("content/" + name + ":1: error: the name of this file is 252 bytes long, over the limit of 200 bytes for "
                + "a name: file systems hold at most 255 bytes in a name, and a page's translation adds its language to it "
                + "(about.md, about.uk.md), so a longer name could have no translation; shorten it\n", TestSite.errors(result));
    }
}
