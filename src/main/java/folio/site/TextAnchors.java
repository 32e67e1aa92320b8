package folio.site;

import folio.content.HeadingAnchors;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * The anchors of one text's headings, worked out once per text ({@link MarkupTree#anchors}):
 * {@code inOrder}, every heading's in document order (in quotes and list items too), which the
 * render pairs with the headings of the tree it writes; {@code places}, each anchor with the place
 * among the top-level blocks of the first heading that has it, which links into the text and the
 * layouts that show it in parts read.
 */
record TextAnchors(List<String> inOrder, Map<String, Integer> places) {
    private static final TextAnchors NONE = new TextAnchors(List.of(), Map.of());

    static TextAnchors of(Node document) {
        List<Heading> headings = new ArrayList<>();
        List<Integer> blocks = new ArrayList<>();
        int place = 0;
        for (Node child = document.getFirstChild(); child != null; child = child.getNext(), place++) {
            int before = headings.size();
            HeadingAnchors.addHeadings(child, headings);
            for (int added = before; added < headings.size(); added++) {
                blocks.add(place);
            }
        }
        if (headings.isEmpty()) {
            return NONE;
        }
        List<String> inOrder = HeadingAnchors.anchors(headings);
        Map<String, Integer> places = new LinkedHashMap<>();
        for (int i = 0; i < inOrder.size(); i++) {
            places.putIfAbsent(inOrder.get(i), blocks.get(i));
        }
        return new TextAnchors(List.copyOf(inOrder), Collections.unmodifiableMap(places));
    }
}
