package folio.render;

import folio.content.CitationNode;
import folio.content.LiteralQuote;
import folio.content.Markdown;
import folio.content.ReferenceNode;
import folio.site.Markup;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A Markdown tree as HTML for {@link PlainText}, outside any page: references are their labels, citations nothing,
 * links left as written. {@link MarkupHtml} writes the same trees for a page.
 */
final class PlainTextHtml {
    private PlainTextHtml() {}

    /** The text {@link #PLAIN} is rendering on this thread: its references' targets are in it. */
    private static final ThreadLocal<Markup> PLAIN_TEXT = new ThreadLocal<>();
    /**
     * One renderer for plain text, shared by every thread (the text is in {@link #PLAIN_TEXT}):
     * references are their labels, citations nothing; links are left as they are, as plain text drops them.
     */
    private static final HtmlRenderer PLAIN = HtmlRenderer.builder().extensions(Markdown.extensions()).escapeHtml(true)
            .nodeRendererFactory(context -> new NodeRenderer() {
                private final Markup markup = PLAIN_TEXT.get();

                @Override
                public Set<Class<? extends Node>> getNodeTypes() {
                    return Set.of(ReferenceNode.class, CitationNode.class, LiteralQuote.class);
                }

                @Override
                public void render(Node node) {
                    if (node instanceof LiteralQuote quote) {
                        context.getWriter().raw(quote.html());
                    } else if (node instanceof ReferenceNode reference) {
                        Markup.Target target = markup == null ? null : markup.target(reference);
                        context.getWriter().text(target != null ? target.label()
                                : reference.reference().label() != null ? reference.reference().label() : reference.reference().id());
                    }
                }
            })
            .build();

    /**
     * The text as HTML for {@link PlainText}: without citations, popovers or page-relative links.
     * Only texts with footnotes need it ({@link TreeText} reads every other text from its tree).
     */
    static String of(Markup markup) {
        return markup == null ? "" : plain(markup, () -> MarkupHtml.render(PLAIN, markup));
    }

    private static String plain(Markup markup, java.util.function.Supplier<String> render) {
        PLAIN_TEXT.set(markup);
        try {
            return render.get();
        } finally {
            PLAIN_TEXT.remove();
        }
    }
}
