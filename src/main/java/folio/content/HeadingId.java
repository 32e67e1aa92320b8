package folio.content;

import folio.diag.Diagnostics;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * The id a heading gives itself by ending in {@code {#some-id}} ({@code ## Метод {#method}}):
 * a translation keeps the English heading's anchor, so links to it work in every language.
 * It is a child of the heading that renders nothing; the renderer writes it as the heading's id.
 */
public final class HeadingId extends CustomNode {
    private static final Pattern AT_END = Pattern.compile("\\s*\\{#([^{}]*)\\}\\s*$");
    private static final Pattern VALID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,99}");

    private final String id;

    private HeadingId(String id) {
        this.id = id;
    }

    /** The node for an id already checked (a packed tree made again, see {@link CompactTree}). */
    static HeadingId named(String id) {
        return new HeadingId(id);
    }

    public String id() {
        return id;
    }

    /** The id a heading set with {@code {#id}}, or null. */
    public static String of(Node heading) {
        for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof HeadingId headingId) {
                return headingId.id;
            }
        }
        return null;
    }

    /**
     * Takes {@code {#id}} off the end of every heading among {@code texts} (the text nodes of one
     * document, in order), each becoming its heading's {@link HeadingId}; an id that is not a
     * valid anchor or is given twice in the text is an error at its place.
     */
    static void extract(List<Text> texts, NodePositions positions, Diagnostics diagnostics) {
        Set<String> seen = new HashSet<>();
        for (int index = 0; index < texts.size(); index++) {
            Text text = texts.get(index);
            if (!(text.getParent() instanceof Heading heading) || text.getNext() != null) {
                continue;
            }
            String literal = text.getLiteral();
            int brace = literal.lastIndexOf("{#");
            Matcher matcher = brace < 0 ? null : AT_END.matcher(literal);
            if (matcher == null || !matcher.find()) {
                continue;
            }
            String id = matcher.group(1);
            int column = matcher.start(1) - 2;
            if (!VALID.matcher(id).matches()) {
                diagnostics.error(positions.ofText(index, column), "heading id '{#" + id + "}' is not an anchor: "
                        + "start with a letter, then letters, digits, - or _ (like {#method-and-sourcing})");
                continue;
            }
            if (!seen.add(id)) {
                diagnostics.error(positions.ofText(index, column), "heading id '#" + id
                        + "' is given to two headings of this text: each heading needs its own id");
                continue;
            }
            String rest = literal.substring(0, matcher.start());
            if (rest.isEmpty()) {
                text.unlink();
            } else {
                text.setLiteral(rest);
            }
            heading.appendChild(new HeadingId(id));
        }
    }
}
