package folio.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which names Windows reads as a device, as Microsoft's naming rules and git for Windows say. */
class PortableNamesTest {

    @Test
    void aDeviceNameIsTheNameBeforeTheFirstDotWithoutTrailingSpaces() {
        assertEquals("CON", PortableNames.device("con"));
        assertEquals("CON", PortableNames.device("Con.png"));
        assertEquals("NUL", PortableNames.device("nul.tar.gz"));
        assertEquals("AUX", PortableNames.device("aux  .txt"));
        assertEquals("PRN", PortableNames.device("PRN."));
        assertEquals("COM9", PortableNames.device("com9.log"));
        assertEquals("LPT\u00b9", PortableNames.device("lpt\u00b9"));
        assertEquals("CONOUT$", PortableNames.device("conout$.txt"));
    }

    @Test
    void otherNamesAreNot() {
        for (String name : new String[] {"", "co", "console", "com", "com10", "lpt", "a.con", " con", "con-page.md", "nul_",
                "auxiliary.png", "c\u00f6n"}) {
            assertNull(PortableNames.device(name), name);
            assertNull(PortableNames.problem(name, false), name);
        }
    }

    /** Windows drops a space or '.' at a name's end; one at its start or inside is kept. */
    @Test
    void aSpaceOrADotAtTheEndIsAProblemElsewhereNot() {
        assertEquals("ends with a space", PortableNames.problem("a.png ", false).substring(0, 17));
        assertEquals("ends in '.'", PortableNames.problem("a..", true).substring(0, 11));
        assertTrue(PortableNames.problem("a. .", false).endsWith("for example a"));
        assertTrue(PortableNames.problem(" ", true).endsWith("for example files"));
        assertTrue(PortableNames.problem("nul. ", false).startsWith("is read by Windows as NUL"));
        for (String name : new String[] {" a", "a b", "a.b", ".a", "a-"}) {
            assertNull(PortableNames.problem(name, false), name);
        }
    }

    /** Names macOS or Windows take for another beside them, mapped to the one that is all lower case, else the first. */
    @Test
    void twinsAreMappedToTheirLowerCaseOne() {
        assertEquals(Map.of(), PortableNames.twins(List.of("a.md", "b.md", "guides")));
        assertEquals(Map.of(), PortableNames.twins(List.of("Logo.png", "caf\u00e9.png", "b.png")));
        assertEquals(Map.of("LOGO.png", "logo.png", "Logo.png", "logo.png", "cafe\u0301.png", "caf\u00e9.png"),
                PortableNames.twins(List.of("Logo.png", "cafe\u0301.png", "logo.png", "LOGO.png", "caf\u00e9.png")));
        assertEquals(Map.of("ReadMe", "README"), PortableNames.twins(List.of("ReadMe", "README")));
    }

    @Test
    void theLengthIsCountedInUtf8Bytes() {
        assertNull(PortableNames.problem("a".repeat(200), false));
        assertNull(PortableNames.problem("\u0436".repeat(100), false));
        assertEquals("is 202 bytes long", PortableNames.problem("\u0436".repeat(101), false).substring(0, 17));
        assertEquals("is 204 bytes long", PortableNames.problem("\uD83D\uDE00".repeat(51), true).substring(0, 17));
    }

    /** A page of 200 bytes has its translation: the language in a translation's name is not counted. */
    @Test
    void aTranslationsLanguageIsNotCounted() {
        String page = "a".repeat(197);
        assertNull(PortableNames.problem(page + ".md", false));
        assertNull(PortableNames.problem(page + ".uk.md", false));
        assertNull(PortableNames.problem("t".repeat(194) + ".yaml", false));
        assertNull(PortableNames.problem("t".repeat(194) + ".pol.yaml", false));
        assertEquals("is 204 bytes long", PortableNames.problem(page + "a.uk.md", false).substring(0, 17));
        assertEquals("is 204 bytes long", PortableNames.problem(page + ".uk.png", false).substring(0, 17));
        assertEquals("is 203 bytes long", PortableNames.problem(page + ".UK.md", false).substring(0, 17));
    }

    /** Every message about two names that fold alike says the difference, and who takes them for one, in the same words. */
    @Test
    void aFoldDifferenceIsCaseOrAnAccentsForm() {
        PortableNames.FoldDifference accent = PortableNames.FoldDifference.between("cafe\u0301", "caf\u00e9");
        PortableNames.FoldDifference letterCase = PortableNames.FoldDifference.between("Logo.png", "logo.png");
        assertEquals(PortableNames.FoldDifference.ACCENT, accent);
        assertEquals(PortableNames.FoldDifference.CASE, letterCase);
        assertEquals(PortableNames.FoldDifference.CASE, PortableNames.FoldDifference.between("Cafe\u0301", "caf\u00e9"));
        assertEquals("macOS takes", accent.systems("take"));
        assertEquals("macOS and Windows make", letterCase.systems("make"));
        assertTrue(PortableNames.twinProblem("cafe\u0301", "caf\u00e9", true).contains(accent.how + ": macOS takes both for one folder"));
        assertTrue(PortableNames.twinProblem("Logo.png", "logo.png", false)
                .startsWith("differs from logo.png beside it only in upper and lower case: macOS and Windows take both for one file"));
    }
}
