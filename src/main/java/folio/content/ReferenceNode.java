package folio.content;

import folio.diag.SourcePosition;
import org.commonmark.node.CustomNode;

/**
 * A {@code [[kind:id]]} reference in a Markdown tree. Parsing records what was written;
 * assembly fills {@link #resolve} with the finished link once the target is known.
 */
public final class ReferenceNode extends CustomNode {
    private final ReferenceSyntax.Reference reference;
    private final SourcePosition position;
    private String resolvedHtml;

    public ReferenceNode(ReferenceSyntax.Reference reference, SourcePosition position) {
        this.reference = reference;
        this.position = position;
    }

    public ReferenceSyntax.Reference reference() {
        return reference;
    }

    public SourcePosition position() {
        return position;
    }

    public void resolve(String html) {
        this.resolvedHtml = html;
    }

    /** The HTML assembly chose for this reference; null while unresolved. */
    public String resolvedHtml() {
        return resolvedHtml;
    }
}
