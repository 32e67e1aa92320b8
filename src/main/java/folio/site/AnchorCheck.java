package folio.site;

import folio.diag.SourcePosition;
import java.util.function.Supplier;

/**
 * A fragment of an internal link written in Markdown ({@code [[page:id#anchor]]},
 * {@code [x](about.md#anchor)}, {@code [x](#anchor)}), to check once pages are rendered.
 * {@code output} is the page linked to, null for the page the text is shown on; where it
 * was written is found on request (it may cost a parse). Assembly hands these to the render
 * stage beside the site: they are the build's, not the templates'.
 */
public record AnchorCheck(String output, String anchor, Supplier<SourcePosition> where) {
    public SourcePosition at() {
        return where.get();
    }
}
