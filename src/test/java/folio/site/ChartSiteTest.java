package folio.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import folio.Build;
import folio.TestSite;
import folio.i18n.Translations;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A chart's bars come from its numbers, its words from each language's file. */
class ChartSiteTest {
    @TempDir
    Path dir;

    @Test
    void barsAreSharesOfTheLargestValueAndATranslationGivesLabelsAndTexts() {
        TestSite site = new TestSite(dir)
                .file("content/site.yaml", TestSite.CONFIG + "languages:\n  uk:\n    title: Т\n    description: О\n")
                .file("templates/page.peb", "{% for c in site.charts %}{{ c.title }}|{{ c.columns[1] }}{% for r in c.rows %};"
                        + "{{ r.id }}={{ r.label }}/{{ r.text }}/{{ r.share }}{% if r.highlight != null %}/bar-{{ r.highlight }}"
                        + "/{{ r.highlight.id == 'primary' }}{% endif %}{% endfor %}{% endfor %}")
                .file("content/index.md", "---\ntitle: Home\n---\nHello.\n")
                .file("content/index.uk.md", "---\ntitle: Дім\n---\nПривіт.\n")
                .file("content/data/sources.yaml", "- id: wire\n  outlet: Wire\n  title: A headline\n"
                        + "  url: https://wire.example/a\n  flag: none\n")
                .file("content/data/charts.yaml", "- id: size\n  title: Size\n  columns: [Figure, Units]\n  rows:\n"
                        + "    - {id: a, label: One, value: 1000, text: about 1000, sources: [wire]}\n"
                        + "    - {id: b, label: Three, value: 3000, sources: [wire], highlight: primary}\n")
                .file("content/data/sources.uk.yaml", "- id: wire\n  title: Заголовок\n")
                .file("content/data/charts.uk.yaml", "- id: size\n  title: Розмір\n  columns: [Показник, Одиниці]\n  rows:\n"
                        + "    - {id: a, label: Одна, text: близько 1000}\n    - {id: b, label: Три}\n");
        // Unstamped translations are warnings here: the test is about what the overlay gives.
        Build.Result result = Build.run(new Build.Options(site.project(), null, false, true, true, null,
                new Translations.Policy(true, false)));
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        assertEquals("Size|Units;a=One/about 1000/33.3;b=Three/3,000/100/bar-primary/true", site.read("index.html"));
        assertEquals(Chart.Highlight.PRIMARY, result.site().charts().get(0).rows().get(1).highlight(), "a closed set: an enum");
        String three = NumberFormat.getNumberInstance(Locale.forLanguageTag("uk")).format(3000);
        assertEquals("Розмір|Одиниці;a=Одна/близько 1000/33.3;b=Три/" + three + "/100/bar-primary/true", site.read("uk/index.html"),
                "a number without text reads in the edition's language");
    }
}
