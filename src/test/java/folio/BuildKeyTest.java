package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import folio.i18n.Translations;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build key changes with every input it names, and only with those. */
class BuildKeyTest {
    @TempDir
    Path dir;

    private String key(TestSite site, String baseUrl, boolean drafts, Translations.Policy policy) {
        return BuildKey.of(new Build.Options(site.project(), baseUrl, drafts, true, false, null, policy));
    }

    private String key(TestSite site) {
        return key(site, null, false, Translations.Policy.STRICT);
    }

    @Test
    void changesWithTemplatesSiteYamlAndEachOptionButNotWithContentOrStaticFiles() {
        TestSite site = TestSite.minimal(dir).file("content/index.md", "---\ntitle: Home\n---\nHello.\n");
        String first = key(site);
        assertNotNull(first);
        assertEquals(first, key(site), "the same inputs give the same key");

        site.file("content/index.md", "---\ntitle: Home\n---\nHello again.\n");
        site.file("templates/static/site.css", "body { color: black }\n");
        assertEquals(first, key(site), "content and static files are compared one by one, not keyed");

        assertNotEquals(first, key(site, "https://example.org/sub/", false, Translations.Policy.STRICT));
        assertNotEquals(first, key(site, null, true, Translations.Policy.STRICT));
        assertNotEquals(first, key(site, null, false, Translations.Policy.EDITING));
        assertNotEquals(key(site, null, false, new Translations.Policy(true, false)),
                key(site, null, false, new Translations.Policy(false, true)));
        assertEquals(2, Translations.Policy.class.getRecordComponents().length,
                "BuildKey names each part of the translation policy: add the new one there too");

        site.file("templates/partials/note.peb", "<p>{{ text }}</p>\n");
        String withPartial = key(site);
        assertNotEquals(first, withPartial, "a new template");
        site.file("templates/partials/note.peb", "<p class=\"note\">{{ text }}</p>\n");
        assertNotEquals(withPartial, key(site), "a changed template");

        String beforeConfig = key(site);
        site.file("content/site.yaml", TestSite.CONFIG + "\n# edited\n");
        assertNotEquals(beforeConfig, key(site), "site.yaml");
    }
}
