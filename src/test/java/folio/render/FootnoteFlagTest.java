package folio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.content.Markdown;
import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import folio.site.Markup;
import java.util.Random;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

/**
 * A text's footnote flag, set while it is parsed, is what a walk of its tree finds, and a text
 * without footnotes renders to the same HTML without the footnotes extension (MarkupHtml renders
 * such texts without it, and TreeText reads them from the tree).
 */
class FootnoteFlagTest {
    private static final HtmlRenderer WITH = HtmlRenderer.builder().extensions(Markdown.extensions()).escapeHtml(true).build();
    private static final HtmlRenderer WITHOUT = HtmlRenderer.builder().extensions(Markdown.extensionsWithoutFootnotes())
            .escapeHtml(true).build();

    private static boolean walk(Node document) {
        boolean[] found = {false};
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                found[0] |= block.getClass().getPackageName().startsWith("org.commonmark.ext.footnotes");
                visitChildren(block);
            }

            @Override
            public void visit(CustomNode node) {
                found[0] |= node.getClass().getPackageName().startsWith("org.commonmark.ext.footnotes");
                visitChildren(node);
            }
        });
        return found[0];
    }

    @Test
    void theFlagIsWhatTheTreeHoldsAndTextsWithoutFootnotesRenderAlike() {
        String[] pieces = {"word", "*em* and **strong**", "`code`", "[link](other.md)", "![alt](a.png)", "<b>raw</b>",
            "# Heading", "> quoted\n> text", "- item\n- item two", "1. one\n2. two", "```\nfenced [^n]\n```", "    [^n] code",
            "| a | b |\n|---|--:|\n| c [^n] | *d* |", "https://example.org/x", "[[term:ceasefire]]", "[@some-source]",
            "noted.[^n]", "[^n]: The *note*.", "> [^q]: quoted note", "- [^l]: in a list", "[^n] alone", "\\[^n]",
            "[^]", "[^ n]", "[^n][x]", "[x]: /y.md", "&#91;^n]", "[^not defined]", "[\n^n]", "[^n]:"};
        Random random = new Random(31);
        int with = 0;
        int without = 0;
        for (int n = 0; n < 4000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = 1 + random.nextInt(6); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? "\n\n" : random.nextBoolean() ? " " : "\n");
            }
            Markdown.Parsed parsed = Markdown.parse(text.toString(), SourcePosition.of("content/a.md", 1), new Diagnostics());
            boolean found = walk(parsed.document());
            assertEquals(found, parsed.footnotes(), text.toString());
            assertEquals(found, Markup.of(parsed.document(), false).footnotes(), text.toString());
            if (found) {
                with++;
            } else {
                without++;
                assertEquals(WITH.render(parsed.document()), WITHOUT.render(parsed.document()), text.toString());
            }
        }
        assertTrue(with > 500 && without > 500, with + " with footnotes, " + without + " without");
    }
}
