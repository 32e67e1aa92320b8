package folio.render;

import folio.content.CitationNode;
import folio.content.Markdown;
import folio.content.ReferenceNode;
import folio.site.Markup;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Markdown trees to HTML for one page, with CommonMark-java's own hooks: an attribute provider
 * makes site links relative to the page and keeps unsafe URLs out, and a node renderer writes
 * references (links, with a term's popover at its first use) and citations (through the page's
 * partials). Raw HTML in Markdown is escaped.
 */
final class MarkupHtml {
    private final PageContext page;
    private final HtmlRenderer renderer;
    /** The text being rendered; renders nest (a term's definition inside a page's text). */
    private Markup current;

    MarkupHtml(PageContext page) {
        this.page = page;
        this.renderer = HtmlRenderer.builder().extensions(Markdown.extensions())
                .escapeHtml(true)
                .attributeProviderFactory(context -> {
                    Markup markup = current;
                    return (node, tag, attributes) -> attributes(markup, node, tag, attributes);
                })
                .nodeRendererFactory(References::new)
                .build();
    }

    /**
     * One renderer for plain text, shared by every thread (it keeps no state): references are
     * their labels, citations nothing; links are left as they are, as plain text drops them.
     */
    private static final HtmlRenderer PLAIN = HtmlRenderer.builder().extensions(Markdown.extensions()).escapeHtml(true)
            .nodeRendererFactory(context -> new NodeRenderer() {
                @Override
                public Set<Class<? extends Node>> getNodeTypes() {
                    return Set.of(ReferenceNode.class, CitationNode.class);
                }

                @Override
                public void render(Node node) {
                    if (node instanceof ReferenceNode reference) {
                        ReferenceNode.Target target = reference.target();
                        context.getWriter().text(target != null ? target.label()
                                : reference.reference().label() != null ? reference.reference().label() : reference.reference().id());
                    }
                }
            })
            .build();

    /** The text as HTML for {@link PlainText}: without citations, popovers or page-relative links. */
    static String forPlainText(Markup markup) {
        return markup == null ? "" : render(PLAIN, markup);
    }

    /** The text as HTML; an inline text (a YAML field) without its surrounding {@code <p>}. */
    String render(Markup markup) {
        if (markup == null) {
            return "";
        }
        Markup saved = current;
        current = markup;
        try {
            return render(renderer, markup);
        } finally {
            current = saved;
        }
    }

    private static String render(HtmlRenderer renderer, Markup markup) {
        Node first = markup.document().getFirstChild();
        if (markup.inline() && first instanceof Paragraph && first.getNext() == null) {
            StringBuilder out = new StringBuilder();
            for (Node child = first.getFirstChild(); child != null; child = child.getNext()) {
                out.append(renderer.render(child));
            }
            return out.toString().strip();
        }
        if (markup.isPart()) {
            StringBuilder out = new StringBuilder();
            markup.blocks().forEach(block -> out.append(renderer.render(block)));
            return out.toString();
        }
        String html = renderer.render(markup.document());
        return markup.inline() ? html.strip() : html;
    }

    private void attributes(Markup markup, Node node, String tag, Map<String, String> attributes) {
        String name = node instanceof Link && tag.equals("a") ? "href" : node instanceof Image && tag.equals("img") ? "src" : null;
        if (name == null) {
            return;
        }
        String url = attributes.getOrDefault(name, "");
        if (markup != null && markup.linksToSitePath(node)) {
            attributes.put(name, page.file(url));
        } else if (!Markdown.isSafeUrl(url)) {
            attributes.put(name, "");
        }
        if (name.equals("href")) {
            String href = attributes.get("href");
            if (href.isEmpty()) {
                attributes.remove("href");
            } else if (!markup.linksToSitePath(node) && Markdown.isExternal(href)) {
                attributes.put("rel", "noopener");
            }
        }
    }

    /** Writes reference and citation nodes. */
    private final class References implements NodeRenderer {
        private final HtmlWriter html;

        References(HtmlNodeRendererContext context) {
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(ReferenceNode.class, CitationNode.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof CitationNode citation) {
                html.raw(page.cite(citation.sourceIds()));
            } else if (node instanceof ReferenceNode reference) {
                reference(reference);
            }
        }

        private void reference(ReferenceNode node) {
            ReferenceNode.Target target = node.target();
            if (target == null) {
                html.text(node.reference().label() != null ? node.reference().label() : node.reference().id());
                return;
            }
            if (target.popover()) {
                html.tag("span", Map.of("class", "term-ref"));
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("class", "ref ref-" + node.reference().kind());
            attributes.put("href", target.url().startsWith("#") ? target.url() : page.url(target.url()));
            html.tag("a", attributes);
            html.text(target.label());
            html.tag("/a");
            if (target.popover()) {
                html.raw(page.termPopover(node.reference().id()));
                html.tag("/span");
            }
        }
    }
}
