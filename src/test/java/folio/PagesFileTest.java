package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.i18n.Translations;
import folio.project.Project;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a build keeps beside the site of what its pages read (.site.pages) is used only as the
 * build before left it: a damaged file, one cut short, one claiming more than it holds, one others
 * can write, or one left after the site changed under another build reads as nothing, and every
 * page is rendered.
 */
class PagesFileTest {
    @TempDir
    Path dir;
    private Path file;
    private int edits;

    @BeforeEach
    void twoBuilds() throws IOException {
        TestSite.minimal(dir)
                .file("content/index.md", "---\ntitle: Home\n---\nA *home* page, see [the other](other.md).\n")
                .file("content/other.md", "---\ntitle: Other\n---\n## A heading\n\nAnother page.\n");
        file = dir.resolve(".site.pages");
        assertEquals(0, build(false).keptPages(), "a build into a new folder keeps nothing");
        build(false);
        assertTrue(Files.isRegularFile(file), "the second build into the folder leaves what its pages read");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void anEditKeepsTheOtherPages() {
        Build.Result result = editAndBuild();
        assertTrue(result.keptPages() >= 1, "the page not edited is kept: " + result.keptPages());
    }

    @Test
    void aDamagedFileIsNotRead() throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);
        assertEquals(0, editAndBuild().keptPages());
    }

    @Test
    void aFileCutShortIsNotRead() throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertEquals(0, editAndBuild().keptPages());
    }

    @Test
    void aFileClaimingMorePagesThanItHoldsIsNotRead() throws IOException {
        // Every count is checked against the file's size before anything is made; checksum made to hold.
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        int format = 2 + buffer.getShort(0);
        int generator = format + 2 + buffer.getShort(format);
        buffer.putInt(generator, Integer.MAX_VALUE);
        CRC32C checksum = new CRC32C();
        checksum.update(bytes, 0, bytes.length - Long.BYTES);
        buffer.putLong(bytes.length - Long.BYTES, checksum.getValue());
        Files.write(file, bytes);
        assertEquals(0, editAndBuild().keptPages());
    }

    @Test
    void aFileOthersCanWriteIsNotRead() throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));
        assertEquals(0, editAndBuild().keptPages());
    }

    @Test
    void aFullBuildRemovesIt() {
        assertEquals(0, build(true).exitCode());
        assertFalse(Files.exists(file), "--full rewrites the site: the file would describe the one before");
        assertEquals(0, editAndBuild().keptPages());
    }

    @Test
    void aFailedBuildLeavesNoFileThatDescribesAnotherSite() throws IOException {
        Files.writeString(dir.resolve("content/other.md"), "---\ntitle: Other\n---\n[[term:nope]]\n");
        assertEquals(1, build(false).exitCode());
        Files.writeString(dir.resolve("content/other.md"), "---\ntitle: Other\n---\n## A heading\n\nAnother page, again.\n");
        Build.Result result = build(false);
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        assertTrue(read("site/other/index.html").contains("Another page, again."));
    }

    @Test
    void aPageEditedByHandInTheSiteIsWrittenAgain() throws IOException {
        // The same size: the site folder still looks as the last build left it.
        Path page = dir.resolve("site/index.html");
        String built = Files.readString(page);
        assertTrue(built.contains("<em>home</em>"), built);
        Files.writeString(page, built.replace("<em>home</em>", "<em>HOME</em>"));
        // Later than the build's end, as a person's edit is (this test edits within milliseconds of it).
        java.nio.file.attribute.FileTime end = Files.getLastModifiedTime(dir.resolve("site").resolve(folio.output.SiteManifest.NAME));
        Files.setLastModifiedTime(page, java.nio.file.attribute.FileTime.fromMillis(end.toMillis() + 1000));
        editAndBuild();
        assertEquals(built, Files.readString(page), "the page as a fresh build writes it");
    }

    private Build.Result editAndBuild() {
        try {
            Files.writeString(dir.resolve("content/other.md"), "\nEdit " + ++edits + ".\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Build.Result result = build(false);
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        assertTrue(read("site/other/index.html").contains("Edit " + edits + "."), "the edited page is written");
        return result;
    }

    private String read(String path) {
        try {
            return Files.readString(dir.resolve(path));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Build.Result build(boolean full) {
        Project project = Project.of(dir, Path.of("content"), Path.of("templates"), Path.of("site"));
        return Build.run(new Build.Options(project, null, false, true, false, null, Translations.Policy.STRICT, full));
    }
}
