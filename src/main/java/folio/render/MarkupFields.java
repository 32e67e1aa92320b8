package folio.render;

import folio.site.Markup;
import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.attributes.DefaultAttributeResolver;
import io.pebbletemplates.pebble.attributes.ResolvedAttribute;
import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;

/**
 * Resolves {@code record.field} on the site model as Pebble does, except that a text
 * ({@link Markup}) comes back rendered for the page the template is writing.
 */
final class MarkupFields implements AttributeResolver {
    private static final String MODEL = "folio.site";
    private final DefaultAttributeResolver fields = new DefaultAttributeResolver();

    @Override
    public ResolvedAttribute resolve(Object instance, Object attribute, Object[] arguments, ArgumentsNode argumentsNode,
                                     EvaluationContextImpl context, String filename, int line) {
        if (instance == null || !instance.getClass().getPackageName().equals(MODEL)) {
            return null;
        }
        ResolvedAttribute resolved = fields.resolve(instance, attribute, arguments, argumentsNode, context, filename, line);
        if (resolved != null && resolved.evaluatedValue instanceof Markup markup) {
            return new ResolvedAttribute(new PageHtml(markup, PageContext.of(context)));
        }
        return resolved;
    }
}
