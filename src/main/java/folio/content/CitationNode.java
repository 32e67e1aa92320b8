package folio.content;

import folio.diag.SourcePosition;
import java.util.List;
import java.util.function.Supplier;
import org.commonmark.node.CustomNode;

/** A {@code [@id; @id]} citation in a Markdown tree; numbered per page when the page is finished. */
public final class CitationNode extends CustomNode {
    private final List<String> sourceIds;
    private final Supplier<SourcePosition> position;

    public CitationNode(List<String> sourceIds, Supplier<SourcePosition> position) {
        this.sourceIds = List.copyOf(sourceIds);
        this.position = position;
    }

    public List<String> sourceIds() {
        return sourceIds;
    }

    /** Where it was written; worked out on request, as only a mistake needs it. */
    public SourcePosition position() {
        return position.get();
    }

    /** The same, for later use: it holds the text's positions, not this node and its tree. */
    public Supplier<SourcePosition> where() {
        return position;
    }
}
