package folio.content;

import folio.diag.SourcePosition;
import java.util.function.Supplier;
import org.commonmark.node.CustomNode;

/**
 * A {@code [[kind:id]]} reference in a Markdown tree. Parsing records what was written;
 * assembly fills {@link #resolve} with the finished link once the target is known.
 */
public final class ReferenceNode extends CustomNode {
    private final ReferenceSyntax.Reference reference;
    private final Supplier<SourcePosition> position;
    private String resolvedHtml;

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

    public void resolve(String html) {
        this.resolvedHtml = html;
    }

    /** The HTML assembly chose for this reference; null while unresolved. */
    public String resolvedHtml() {
        return resolvedHtml;
    }
}
