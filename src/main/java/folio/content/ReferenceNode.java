package folio.content;

import folio.diag.SourcePosition;
import java.util.function.Supplier;
import org.commonmark.node.CustomNode;

/**
 * A {@code [[kind:id]]} reference in a Markdown tree. Parsing records what was written;
 * assembly {@link #resolve resolves} it to a target once the target is known.
 */
public final class ReferenceNode extends CustomNode {
    /**
     * What a reference links to: {@code url} is a site path ("glossary/#term-donbas") or, for a
     * {@code [[page:#anchor]]} on the same page, a fragment ("#anchor"); {@code popover} is true
     * for a term whose definition may open in place.
     */
    public record Target(String url, String label, boolean popover) {}

    private final ReferenceSyntax.Reference reference;
    private final Supplier<SourcePosition> position;
    private Target target;

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

    public void resolve(Target target) {
        this.target = target;
    }

    /** The target assembly found; null while unresolved. */
    public Target target() {
        return target;
    }
}
