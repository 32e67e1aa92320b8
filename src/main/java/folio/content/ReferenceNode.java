package folio.content;

import folio.diag.SourcePosition;
import java.util.function.Supplier;
import org.commonmark.node.CustomNode;

/**
 * A {@code [[kind:id]]} reference in a Markdown tree: what was written, and where. It does not
 * change after parsing: what it links to is a table of the resolved text that assembly makes
 * ({@code folio.site.Markup#target}), which the render stage reads.
 */
public final class ReferenceNode extends CustomNode {
    private final ReferenceSyntax.Reference reference;
    private final Supplier<SourcePosition> position;

    public ReferenceNode(ReferenceSyntax.Reference reference, Supplier<SourcePosition> position) {
        this.reference = reference;
        this.position = position;
    }

    public ReferenceSyntax.Reference reference() {
        return reference;
    }

    /** Where it was written; worked out on request, as only a mistake needs it. */
    public SourcePosition position() {
        return position.get();
    }

    /** The same, for a check that runs later: it holds the text's positions, not this node and its tree. */
    public Supplier<SourcePosition> where() {
        return position;
    }
}
