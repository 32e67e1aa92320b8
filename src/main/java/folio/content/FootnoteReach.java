package folio.content;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.node.Node;

/**
 * Which footnotes a reader can reach: those cited in the text outside every note, and those cited
 * in a note so reached. Two notes that cite only each other ({@code [^a]: see [^b]},
 * {@code [^b]: see [^a]}, neither cited in the text) each have a reference, so "never referenced"
 * passed them, and the footnotes extension published neither, without a word.
 */
final class FootnoteReach {
    private FootnoteReach() {}

    /** The labels (as {@code normal} writes them) of the notes among {@code definitions} a reader can reach. */
    static Set<String> reached(List<FootnoteDefinition> definitions, UnaryOperator<String> normal) {
        Set<String> reached = new HashSet<>();
        if (definitions.isEmpty()) {
            return reached;
        }
        Node root = definitions.get(0);
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Map<String, FootnoteDefinition> byLabel = new HashMap<>();
        for (FootnoteDefinition definition : definitions) {
            byLabel.putIfAbsent(normal.apply(definition.getLabel()), definition);
        }
        ArrayDeque<String> next = new ArrayDeque<>();
        cited(root, normal, reached, next);
        while (!next.isEmpty()) {
            FootnoteDefinition definition = byLabel.get(next.poll());
            if (definition != null) {
                for (Node child = definition.getFirstChild(); child != null; child = child.getNext()) {
                    cited(child, normal, reached, next);
                }
            }
        }
        return reached;
    }

    /** Adds the labels cited in {@code node} outside any note to {@code reached}, the new ones to {@code next} too. */
    private static void cited(Node node, UnaryOperator<String> normal, Set<String> reached, ArrayDeque<String> next) {
        if (node instanceof FootnoteDefinition) {
            return;
        }
        if (node instanceof FootnoteReference reference && reached.add(normal.apply(reference.getLabel()))) {
            next.add(normal.apply(reference.getLabel()));
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            cited(child, normal, reached, next);
        }
    }
}
