package folio.render;

import folio.content.CitationNode;
import folio.content.LiteralQuote;
import folio.content.Markdown;
import folio.content.ReferenceNode;
import folio.site.Markup;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Markdown trees to HTML for one page, with CommonMark-java's own hooks: an attribute provider
 * makes site links relative to the page and keeps unsafe URLs out, and a node renderer hands
 * references (links, with a term's popover at its first use) and citations to the page's
 * partials. Raw HTML in Markdown is escaped. The same trees as HTML for plain text, outside any
 * page, are {@link PlainTextHtml}'s.
 */
final class MarkupHtml {
    private static final ThreadLocal<MarkupHtml> ACTIVE = new ThreadLocal<>();
    /**
     * One renderer for every page and thread: CommonMark-java asks the factories for a fresh
     * attribute provider and node renderer at the start of each render call, and they take the
     * page and text being rendered on that thread from {@link #ACTIVE}.
     */
    private static final HtmlRenderer PAGE = pageRenderer(Markdown.extensions());
    /** The same for a text without footnotes, to the same HTML: the footnote renderer walks the whole tree first. */
    private static final HtmlRenderer PAGE_WITHOUT_FOOTNOTES = pageRenderer(Markdown.extensionsWithoutFootnotes());

    private static HtmlRenderer pageRenderer(java.util.List<org.commonmark.Extension> extensions) {
        return HtmlRenderer.builder()
                .nodeRendererFactory(context -> {
                    MarkupHtml active = ACTIVE.get();
                    return active.tables.renderer(context, active.current, active.headingIds);
                })
                .extensions(extensions)
                .escapeHtml(true)
                .attributeProviderFactory(context -> {
                    MarkupHtml active = ACTIVE.get();
                    Markup markup = active.current;
                    return (node, tag, attributes) -> active.attributes(markup, node, tag, attributes);
                })
                .nodeRendererFactory(context -> ACTIVE.get().new References(context))
                .build();
    }

    private final PageContext page;
    /** The text being rendered; renders nest (a term's definition inside a page's text). */
    private Markup current;
    /** The ids of the headings this page's texts show. */
    private final HeadingIds headingIds = new HeadingIds();
    /** The boxes this page's tables scroll in, and their names. */
    private final TableRegions tables;

    MarkupHtml(PageContext page) {
        this.page = page;
        this.tables = new TableRegions(page);
    }

    /**
     * The texts whose headings or footnotes (with their ids) this page has shown, in order; one shown twice
     * may be listed twice. Where a repeated id comes from ({@link DuplicateIds}).
     */
    java.util.List<Markup> textsWithIds() {
        return headingIds.textsWithIds();
    }

    /** The text as HTML; an inline text (a YAML field) without its surrounding {@code <p>}. */
    String render(Markup markup) {
        if (markup == null) {
            return "";
        }
        Markup saved = current;
        boolean savedNoted = headingIds.enter();
        MarkupHtml savedActive = ACTIVE.get();
        current = markup;
        ACTIVE.set(this);
        if (markup.footnotes()) {
            headingIds.note(markup);
        }
        try {
            return render(markup.footnotes() ? PAGE : PAGE_WITHOUT_FOOTNOTES, markup);
        } finally {
            current = saved;
            headingIds.leave(savedNoted);
            ACTIVE.set(savedActive);
        }
    }

    /** {@code markup} through {@code renderer}; an inline text without its surrounding {@code <p>}. */
    static String render(HtmlRenderer renderer, Markup markup) {
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
        if (OwnMarkers.of(node)) {
            attributes.put("class", "own-markers");
            return;
        }
        if (node instanceof org.commonmark.ext.footnotes.FootnoteDefinition && attributes.containsKey("data-footnote-backref")) {
            // CommonMark-java writes this label in English only.
            page.footnoteBackLabel(attributes.get("data-footnote-backref-idx"))
                    .ifPresent(label -> attributes.put("aria-label", label));
            return;
        }
        if (node instanceof org.commonmark.node.Heading) {
            String id = headingIds.idOf(markup, node);
            if (id != null) {
                attributes.put("id", id);
            }
            return;
        }
        String name = node instanceof Link && tag.equals("a") ? "href" : node instanceof Image && tag.equals("img") ? "src" : null;
        if (name == null) {
            return;
        }
        String url = attributes.getOrDefault(name, "");
        if (markup != null && markup.linksToSitePath(node)) {
            attributes.put(name, page.file(url));
        } else if (!folio.content.LinkUrls.isSafeUrl(url)) {
            attributes.put(name, "");
        }
        // No rel="noopener" on an external link: it changes nothing where the link opens in the same tab, as
        // every link here does (no target), and cost about 1 K of a page's weight budget on a page of sources.
        if (name.equals("href") && attributes.get("href").isEmpty()) {
            attributes.remove("href");
        }
    }

    /**
     * Writes reference and citation nodes, and the space before a citation as a no-break space:
     * a citation's marker ("[4]") belongs to the word before it, and at a phone's width an ordinary
     * space let it start a line of its own. Only the HTML changes; the tree (and so the parse
     * cache and the search text) keeps the space the author wrote.
     */
    private final class References implements NodeRenderer {
        private static final String NO_BREAK_SPACE = "\u00A0";
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;
        private final String softBreak;
        /** The text being rendered when CommonMark-java made this renderer (at the start of its render call). */
        private final Markup markup = current;

        References(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
            this.softBreak = context.getSoftbreak();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(ReferenceNode.class, CitationNode.class, Text.class, SoftLineBreak.class, LiteralQuote.class, Image.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof CitationNode citation) {
                html.raw(page.cite(citation.sourceIds()));
            } else if (node instanceof ReferenceNode reference) {
                reference(reference);
            } else if (node instanceof Text text) {
                text(text.getLiteral(), node.getNext() instanceof CitationNode);
            } else if (node instanceof SoftLineBreak) {
                html.raw(node.getNext() instanceof CitationNode ? NO_BREAK_SPACE : softBreak);
            } else if (node instanceof LiteralQuote quote) {
                html.raw(quote.html());
            } else if (node instanceof Image image) {
                html.raw(ImageTag.of(image, context));
            }
        }

        /** A text as CommonMark-java writes it, but for the spaces that end it before a citation. */
        private void text(String literal, boolean beforeCitation) {
            int end = literal.length();
            while (beforeCitation && end > 0 && (literal.charAt(end - 1) == ' ' || literal.charAt(end - 1) == '\t')) {
                end--;
            }
            if (end == literal.length()) {
                html.text(literal);
            } else {
                html.text(literal.substring(0, end) + NO_BREAK_SPACE);
            }
        }

        private void reference(ReferenceNode node) {
            Markup.Target target = markup == null ? null : markup.target(node);
            if (target == null) {
                html.text(node.reference().label() != null ? node.reference().label() : node.reference().id());
                return;
            }
            String link = page.referenceLink(node.reference().kind(), node.reference().id(), target);
            if (link != null) {
                html.raw(link);
            } else {
                html.text(target.label());
            }
        }
    }
}
