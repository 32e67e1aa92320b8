package folio.content;

import folio.diag.SourcePosition;
import java.util.List;
import org.commonmark.node.CustomNode;

/** A {@code [@id; @id]} citation in a Markdown tree; numbered per page when the page is finished. */
public final class CitationNode extends CustomNode {
    private final List<String> sourceIds;
    private final SourcePosition position;

    public CitationNode(List<String> sourceIds, SourcePosition position) {
        this.sourceIds = List.copyOf(sourceIds);
        this.position = position;
    }

    public List<String> sourceIds() {
        return sourceIds;
    }

    public SourcePosition position() {
        return position;
    }
}
