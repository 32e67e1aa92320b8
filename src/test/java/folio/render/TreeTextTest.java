package folio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.Build;
import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import folio.project.Project;
import folio.site.Markup;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plain text read from a Markdown tree is the text {@link PlainText} reads from the tree's HTML
 * (the way it was made before), whole and cut at a limit: on every text of the real site and on
 * random Markdown made of every construct the parser knows.
 */
class TreeTextTest {
    @TempDir
    Path work;

    /** The old way: the text rendered to HTML without citations or popovers, then read. */
    private static PlainText.Shown fromHtml(Markup markup, int limit) {
        return PlainText.shown(PlainTextHtml.of(markup), limit);
    }

    private static void assertSameText(Markup markup, String what) {
        String whole = fromHtml(markup, Integer.MAX_VALUE).text();
        assertEquals(fromHtml(markup, Integer.MAX_VALUE), TreeText.of(markup, Integer.MAX_VALUE), what);
        for (int limit : new int[] {0, 1, 7, 40, 200, 300, whole.length() - 1, whole.length()}) {
            if (limit >= 0) {
                assertEquals(fromHtml(markup, limit), TreeText.of(markup, limit), what + ", limit " + limit);
            }
        }
    }

    @Test
    void everyTextOfTheRealSiteReadsAsItsHtmlDid() throws Exception {
        // A template that shows other pages' texts keeps every tree, so each can be read here.
        Path templates = copy(Path.of("templates"), work.resolve("templates"));
        Files.writeString(templates.resolve("keep-texts.peb"), "{% for p in site.pages %}{{ p.contentHtml }}{% endfor %}");
        Build.Result result = Build.run(new Build.Options(
                Project.of(Path.of(""), Path.of("content"), templates,
                        work.resolve("site")), null, false, false));
        assertTrue(result.ok(), result.diagnostics().toString());
        List<Markup> texts = new ArrayList<>();
        collect(result.site(), texts, Collections.newSetFromMap(new IdentityHashMap<>()));
        int pages = 0;
        for (int i = 0; i < texts.size(); i++) {
            String start = PlainText.of(texts.get(i), 60);
            assertSameText(texts.get(i), "text " + i + " (" + start + ")");
        }
        for (folio.site.Page page : result.site().pages()) {
            pages += page.contentHtml() == null ? 0 : 1;
        }
        assertTrue(texts.size() > 300, "only " + texts.size() + " texts reached");
        assertTrue(pages > 20, "only " + pages + " page texts");
    }

    @Test
    void randomMarkdownReadsAsItsHtmlDid() {
        String[] pieces = {"word", "two words", "*em*", "**strong** text", "`code`", "`say \"hi\"`", "```\necho 'a'\n```", "[link](other.md)", "![alt words](a.png)",
                "<b>raw</b>", "a  \nb", "a\\\nb", "line\nnext line", "# Heading", "## Second *heading*", "> quoted\n> text",
                "- item\n- item two", "1. one\n2. two", "- a\n\n  para\n- b", "```java\nint x;\n```", "    indented code",
                "---", "| a | b |\n|---|--:|\n| c | *d* |", "&amp; &lt;tag&gt; &quot;q&quot; &#39;", " . ", ",", ";", "(x )",
                "https://example.org/x", "<div>\nblock html\n</div>", "[[term:ceasefire]]", "[[provision:21|point 21]]",
                "[@some-source]", "claim [@a; @b].", "[label][ref]\n\n[ref]: /x.md", "\u00a0nbsp", "tab\there", "é ü ß — «Київ»",
                "noted.[^n]", "[^n]: The *note*.", "> [^q]: quoted note", "- [^l]: in a list", "[^n] alone",
                "say \\\"x\\\"", "\\'", "\"typed\" 'quotes'", "![an \\\"alt\\\"](b.png)"};
        Random random = new Random(12);
        for (int n = 0; n < 3000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = 1 + random.nextInt(8); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? "\n\n" : random.nextBoolean() ? " " : "");
            }
            var parsed = folio.content.Markdown.parse(text.toString(), SourcePosition.of("content/a.md", 1), new Diagnostics());
            Markup markup = Markup.of(parsed.document(), random.nextInt(4) == 0);
            assertSameText(markup, text.toString());
            assertSameText(markup.from("heading"), "from # Heading: " + text);
            assertSameText(markup.before("second-heading"), "before ## Second: " + text);
        }
    }

    @Test
    void footnotesReadAsTheirHtml() {
        String text = "A claim.[^n] Another.[^m]\n\n[^m]: Second *note*.\n[^n]: First note.\n\nAfter.\n";
        var parsed = folio.content.Markdown.parse(text, SourcePosition.of("content/a.md", 1), new Diagnostics());
        Markup markup = Markup.of(parsed.document(), false);
        assertSameText(markup, text);
        assertEquals("A claim. Another. After. First note. Second note.", TreeText.of(markup, Integer.MAX_VALUE).text());
    }

    static Path copy(Path from, Path to) throws Exception {
        try (var files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }

    /** Every text reachable from {@code value} through record components, lists and maps. */
    static void collect(Object value, List<Markup> texts, Set<Object> seen) throws Exception {
        if (value == null || !seen.add(value)) {
            return;
        }
        if (value instanceof Markup markup) {
            texts.add(markup);
        } else if (value instanceof Collection<?> collection) {
            for (Object item : collection) {
                collect(item, texts, seen);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Object item : map.values()) {
                collect(item, texts, seen);
            }
        } else if (value.getClass().isRecord() && value.getClass().getPackageName().startsWith("folio")) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                component.getAccessor().setAccessible(true);
                collect(component.getAccessor().invoke(value), texts, seen);
            }
        }
    }
}
