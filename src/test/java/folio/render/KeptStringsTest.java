package folio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.diag.Diagnostics;
import folio.project.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview server reads the theme's strings again only when one of their files changed, and says again what was wrong with them. */
class KeptStringsTest {
    @TempDir
    Path dir;

    @Test
    void sameBytesAreNotReadAgainAnEditIs() throws Exception {
        Files.createDirectories(dir.resolve("templates/i18n"));
        Files.writeString(dir.resolve("templates/i18n/en.yaml"), "hi: \"Hello\"\nbold: \"**no**\"\n");
        Project project = Project.of(dir, Path.of("content"), Path.of("templates"), Path.of("site"));
        KeptStrings kept = new KeptStrings();

        Diagnostics first = new Diagnostics();
        InterfaceStrings read = InterfaceStrings.load(project, first, kept);
        Diagnostics second = new Diagnostics();
        InterfaceStrings again = InterfaceStrings.load(project, second, kept);
        assertSame(read, again, "the same files: the strings the last build read");
        assertTrue(second.hasErrors(), "and the problem in them is reported again");
        assertEquals(first.sorted(), second.sorted());

        Files.writeString(dir.resolve("templates/i18n/en.yaml"), "hi: \"Hi\"\n");
        Diagnostics third = new Diagnostics();
        InterfaceStrings edited = InterfaceStrings.load(project, third, kept);
        assertNotSame(read, edited);
        assertEquals("Hi", edited.format("en", "hi", null, Map.of()).orElseThrow());
        assertTrue(third.sorted().isEmpty(), third.sorted().toString());

        Files.writeString(dir.resolve("templates/i18n/uk.yaml"), "hi: \"Привіт\"\n");
        InterfaceStrings added = InterfaceStrings.load(project, new Diagnostics(), kept);
        assertEquals("Привіт", added.format("uk", "hi", null, Map.of()).orElseThrow(), "a file added is read");
    }
}
