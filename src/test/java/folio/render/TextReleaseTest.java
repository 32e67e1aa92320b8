package folio.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.Build;
import folio.project.Project;
import folio.site.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Page texts are let go once their pages are written, only where no template can show them
 * elsewhere, and the site comes out the same: the real site's every file (search indexes of both
 * editions included) is identical to a build that keeps every tree.
 */
class TextReleaseTest {
    @TempDir
    Path work;

    @Test
    void aThemeThatShowsOnlyEachPagesOwnTextLetsTextsGo() {
        assertTrue(TextRelease.ownTextsOnly("<main>{{ page.contentHtml | raw }}</main>{{ page.contentHtmlBefore('x') }}"));
        assertTrue(TextRelease.ownTextsOnly("{% macro menu(site, page) %}{{ page.title }}{% endmacro %}{{ page.contentHtml }}"));
        assertTrue(TextRelease.ownTextsOnly("{% set searchPage = site.page('x') %}{{ searchPage.fragment('a') }}"));
        assertTrue(TextRelease.ownTextsOnly(""));
    }

    @Test
    void aThemeThatMayShowAnotherPagesTextKeepsThemAll() {
        assertFalse(TextRelease.ownTextsOnly("{% for p in site.pages %}{{ p.contentHtml }}{% endfor %}"));
        assertFalse(TextRelease.ownTextsOnly("{{ site.page('about').contentHtml }}"));
        assertFalse(TextRelease.ownTextsOnly("{{ provision.page.contentHtml }}"));
        assertFalse(TextRelease.ownTextsOnly("{% for page in site.pages %}{{ page.contentHtml }}{% endfor %}"));
        assertFalse(TextRelease.ownTextsOnly("{% set page = site.page('x') %}{{ page.contentHtml }}"));
        assertFalse(TextRelease.ownTextsOnly("{% include 'card' with {\"page\": other} %}{{ page.contentHtml }}"));
        assertFalse(TextRelease.ownTextsOnly("{% macro card(page) %}{{ page.contentHtml }}{% endmacro %}"));
    }

    @Test
    void theRealSiteComesOutTheSameWithTextsLetGo() throws Exception {
        assertTrue(TextRelease.ownTextsOnly(Path.of("templates")), "the real theme should let page texts go");
        Build.Result released = build(Path.of("templates"), "released");
        Path keeping = TreeTextTest.copy(Path.of("templates"), work.resolve("keeping"));
        Files.writeString(keeping.resolve("keep-texts.peb"), "{% for p in site.pages %}{{ p.contentHtml }}{% endfor %}");
        assertFalse(TextRelease.ownTextsOnly(keeping));
        Build.Result kept = build(keeping, "kept");

        Page about = released.site().pages().stream().filter(p -> p.id().equals("about")).findFirst().orElseThrow();
        assertFalse(about.contentHtml().holdsTree(), "the about page's tree was let go");
        assertNotNull(kept.site().pages().get(0).contentHtml().document());

        Map<String, byte[]> before = files(kept);
        Map<String, byte[]> after = files(released);
        assertTrue(before.containsKey("search-index.json") && before.containsKey("uk/search-index.json"), before.keySet().toString());
        assertTrue(before.keySet().equals(after.keySet()), "the same files");
        for (String path : before.keySet()) {
            assertArrayEquals(before.get(path), after.get(path), path);
        }
    }

    private Build.Result build(Path templates, String name) {
        Build.Result result = Build.run(new Build.Options(
                Project.of(Path.of(""), Path.of("content"), templates, work.resolve(name)), null, false, false));
        assertTrue(result.ok(), result.diagnostics().toString());
        return result;
    }

    private static Map<String, byte[]> files(Build.Result result) {
        return result.files().stream().collect(Collectors.toMap(RenderedFile::path, RenderedFile::bytes));
    }
}
