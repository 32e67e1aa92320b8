package folio.render;

import folio.site.Site;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.Scope;

/** The language of what a template is writing: the {@code site} variable's language (a site is one language). */
final class PageLanguage {
    private PageLanguage() {}

    static String of(EvaluationContext context) {
        Site site = site(context);
        return site == null ? "en" : site.config().language();
    }

    /** The site being rendered, or null outside one. */
    static Site site(EvaluationContext context) {
        Object found = context.getVariable("site");
        if (!(found instanceof Site) && context instanceof EvaluationContextImpl impl) {
            // Inside a macro only the global scopes are visible.
            for (Scope scope : impl.getScopeChain().getGlobalScopes()) {
                if (scope.get("site") instanceof Site site) {
                    found = site;
                }
            }
        }
        return found instanceof Site site ? site : null;
    }
}
