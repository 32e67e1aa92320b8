package folio.render;

import folio.site.Markup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonmark.node.Node;

/**
 * The ids a page's texts give their headings as they are rendered: each text's own anchors,
 * worked out once per text ({@link Markup#headingAnchors}), not a count within one render, since a
 * layout may render a text a part at a time and each part would start counting again. Notes the
 * texts whose headings the page shows, which {@link DuplicateIds} reads to say where a repeated id
 * comes from. One per page render ({@link MarkupHtml}); renders nest (a term's definition inside a
 * page's text), so each render saves and restores what it noted. Texts with footnotes are noted too
 * ({@link #note}): a footnote gives the page ids of its own ({@code fn-label}, {@code fnref-label}).
 */
final class HeadingIds {
    /** The heading anchors of the last text whose heading was rendered, and the tree they are for. */
    private Map<Node, String> anchors = Map.of();
    private Node anchorsOf;
    /** The texts whose headings or footnotes this page shows, in the order they were rendered (few: most texts have none). */
    private final List<Markup> withIds = new ArrayList<>(2);
    /** Whether the text being rendered has been added to {@link #withIds} in this render of it. */
    private boolean noted;

    /** A render of a text starts; returns what to give {@link #leave} when it ends. */
    boolean enter() {
        boolean saved = noted;
        noted = false;
        return saved;
    }

    void leave(boolean saved) {
        noted = saved;
    }

    /** The id of {@code heading}, a heading of {@code markup}'s tree, or null when it has none. */
    String idOf(Markup markup, Node heading) {
        String anchor = anchorOf(markup, heading);
        if (anchor != null) {
            note(markup);
        }
        return anchor;
    }

    /** The same without noting the text: for a table named by a heading the text shows anyway. */
    String anchorOf(Markup markup, Node heading) {
        Node document = markup.document();
        if (document != anchorsOf) {
            anchors = markup.headingAnchors();
            anchorsOf = document;
        }
        return anchors.get(heading);
    }

    /** Notes {@code markup}, being rendered, as a text that gives the page ids (once per render of it). */
    void note(Markup markup) {
        if (!noted) {
            withIds.add(markup);
            noted = true;
        }
    }

    /** The texts whose headings or footnotes this page has shown, in order; one shown twice may be listed twice. */
    List<Markup> textsWithIds() {
        return withIds;
    }
}
