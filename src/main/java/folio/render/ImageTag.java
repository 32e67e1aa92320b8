package folio.render;

import folio.content.LiteralQuote;
import java.util.LinkedHashMap;
import java.util.Map;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Image;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.renderer.html.HtmlNodeRendererContext;

/**
 * An image's {@code <img>} tag as CommonMark-java's core renderer writes it, but for a {@link LiteralQuote} in its
 * alt text, written as the reference the typographer leaves straight: the core renderer's alt text holds only the
 * image's texts, code and line breaks, and its writer would escape a reference written in a value.
 */
final class ImageTag {
    private ImageTag() {}

    static String of(Image image, HtmlNodeRendererContext context) {
        String url = image.getDestination();
        if (context.shouldSanitizeUrls()) {
            url = context.urlSanitizer().sanitizeImageUrl(url);
        }
        StringBuilder alt = new StringBuilder();
        StringBuilder altHtml = new StringBuilder();
        image.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                add(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                add(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                add("\n");
            }

            @Override
            public void visit(HardLineBreak lineBreak) {
                add("\n");
            }

            @Override
            public void visit(CustomNode node) {
                if (node instanceof LiteralQuote quote) {
                    alt.append(quote.quote());
                    altHtml.append(quote.html());
                } else {
                    visitChildren(node);
                }
            }

            private void add(String text) {
                alt.append(text);
                altHtml.append(escape(text));
            }
        });
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("src", context.encodeUrl(url));
        attributes.put("alt", alt.toString());
        if (image.getTitle() != null) {
            attributes.put("title", image.getTitle());
        }
        StringBuilder tag = new StringBuilder("<img");
        for (Map.Entry<String, String> attribute : context.extendAttributes(image, "img", attributes).entrySet()) {
            tag.append(' ').append(escape(attribute.getKey()));
            if (attribute.getValue() != null) {
                boolean ownAlt = attribute.getKey().equals("alt") && attribute.getValue().equals(alt.toString());
                tag.append("=\"").append(ownAlt ? altHtml : escape(attribute.getValue())).append('"');
            }
        }
        return tag.append(" />").toString();
    }

    /** As CommonMark-java's writer escapes a text or an attribute's value. */
    private static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String with = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (with == null) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            out.append(with);
        }
        return out == null ? text : out.toString();
    }
}
