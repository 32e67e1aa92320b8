package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A relative link to a page names the page's file, written from the file the link is in; in a data file's text,
 * from content/. An editor who misspells the file or climbs one folder too far is told the link that works.
 */
class LinkHintTest {
    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.minimal(dir)
                .file("content/index.md", "---\ntitle: Home\n---\nHome.\n")
                .file("content/map.md", "---\ntitle: Map\n---\nMap.\n")
                .file("content/timeline.md", "---\ntitle: Timeline\n---\n## Events\n\nEvents.\n")
                .file("content/glossary.md", "---\ntitle: Glossary\nlists: terms\n---\nTerms.\n")
                .file("content/data/sources.yaml", """
                        - id: s
                          outlet: Outlet
                          title: Title
                          url: https://example.org/a
                          flag: none
                        """);
    }

    /** "no page content/timelin.md exists" named the mistake and left the editor to find the file. */
    @Test
    void aMisspeltPageFileIsToldTheClosestPage() {
        Build.Result result = site().file("content/guides/intro.md", """
                ---
                title: Intro
                ---
                See [the timeline](../timelin.md#events).
                """).build();
        assertEquals(1, result.exitCode());
        assertEquals("content/guides/intro.md:4:5: error: link to '../timelin.md#events': no page content/timelin.md exists; "
                + "did you mean '../timeline.md#events' (content/timeline.md)? fix the path or use [[page:id]]\n",
                TestSite.errors(result));
    }

    /**
     * A data file's text starts its links from content/, whichever page shows it: "../map.md" there (written as if
     * from the glossary's page) was told only that it leaves the content folder.
     */
    @Test
    void aLinkThatClimbsOutOfContentIsToldTheLinkFromItsFolder() {
        Build.Result result = site().file("content/guides/intro.md", """
                ---
                title: Intro
                ---
                See [the map](../../map.md).
                """).file("content/data/terms.yaml", """
                - id: oblast
                  term: Oblast
                  definition: "A region; see [the map](../map.md) [@s]."
                  sources: [s]
                """).build();
        assertEquals(1, result.exitCode());
        String why = "? a link starts from the folder of the file it is written in; in a data file's text, from content/)\n";
        assertEquals("content/data/terms.yaml:3:30: error: link '../map.md' leaves the content folder: link to a file inside "
                + "content/ (did you mean 'map.md' (content/map.md)" + why
                + "content/guides/intro.md:4:5: error: link '../../map.md' leaves the content folder: link to a file inside "
                + "content/ (did you mean '../map.md' (content/map.md)" + why,
                TestSite.errors(result));
    }

    @Test
    void aClimbToNothingOnTheSiteGetsNoHint() {
        Build.Result result = site().file("content/guides/intro.md", "---\ntitle: Intro\n---\n[p](../../../etc/passwd)\n").build();
        assertEquals("content/guides/intro.md:4:1: error: link '../../../etc/passwd' leaves the content folder: link to a file "
                + "inside content/\n", TestSite.errors(result));
    }
}
