package folio.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.Build;
import folio.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Free-form params reach templates as written: an empty value is null, not a crash, and the order holds. */
class ParamsTest {
    @TempDir
    Path root;

    @Test
    void anEmptyValueIsNullAndTheOrderIsTheWrittenOne() {
        TestSite site = TestSite.minimal(root)
                .file("content/site.yaml", TestSite.CONFIG + "params:\n  zeta: 1\n  empty:\n  alpha: 2\n")
                .file("content/about.md", "---\ntitle: About\nparams:\n  zulu: z\n  note:\n  bravo: b\n  charlie: c\n---\nText.\n")
                .file("templates/page.peb", "{% for p in page.params %}{{ p.key }}={{ p.value }};{% endfor %}"
                        + "|{% for p in site.config.params %}{{ p.key }}={{ p.value }};{% endfor %}");
        Build.Result result = site.build();
        assertTrue(result.ok(), TestSite.errors(result));
        String about = site.read("about/index.html");
        assertTrue(about.startsWith("zulu=z;note=;bravo=b;charlie=c;|zeta=1;empty=;alpha=2;"), about);
    }
}
