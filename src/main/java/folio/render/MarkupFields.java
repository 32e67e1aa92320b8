package folio.render;

import folio.site.DateStyle;
import folio.site.Markup;
import folio.site.PartialDate;
import folio.site.Site;
import folio.site.Source;
import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.attributes.DefaultAttributeResolver;
import io.pebbletemplates.pebble.attributes.ResolvedAttribute;
import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Resolves {@code record.field} on the site model as Pebble does, except that a text
 * ({@link Markup}) comes back rendered for the page the template is writing, and a date's
 * {@code display} and {@code monthLabel} in the page's language, and a source's
 * {@code languageName} too: the theme's {@code language-name.CODE} string (else the JDK's name
 * of the language in the page's), null when the source is in the page's language.
 */
final class MarkupFields implements AttributeResolver {
    private static final String MODEL = "folio.site";
    private final DefaultAttributeResolver fields = new DefaultAttributeResolver();
    private final Supplier<InterfaceStrings> strings;

    MarkupFields(Supplier<InterfaceStrings> strings) {
        this.strings = strings;
    }

    @Override
    public ResolvedAttribute resolve(Object instance, Object attribute, Object[] arguments, ArgumentsNode argumentsNode,
                                     EvaluationContextImpl context, String filename, int line) {
        if (instance == null || !instance.getClass().getPackageName().equals(MODEL)) {
            return null;
        }
        if (instance instanceof PartialDate date && ("display".equals(attribute) || "monthLabel".equals(attribute))) {
            // A date reads in the language of the page that shows it.
            Site site = PageLanguage.site(context);
            DateStyle style = site == null ? DateStyle.ENGLISH : site.config().dates();
            return new ResolvedAttribute("display".equals(attribute) ? date.display(style) : date.monthLabel(style));
        }
        if (instance instanceof Source source && "languageName".equals(attribute)) {
            return new ResolvedAttribute(languageName(source.languageCode(), PageLanguage.of(context)));
        }
        ResolvedAttribute resolved = fields.resolve(instance, attribute, arguments, argumentsNode, context, filename, line);
        if (resolved != null && resolved.evaluatedValue instanceof Markup markup) {
            return new ResolvedAttribute(new PageHtml(markup, PageContext.of(context)));
        }
        return resolved;
    }

    private String languageName(String code, String page) {
        if (code.equalsIgnoreCase(page)) {
            return null;
        }
        return strings.get().format(page, "language-name." + code, null, Map.of()).orElseGet(() -> {
            Locale in = Locale.forLanguageTag(page);
            String name = Locale.forLanguageTag(code).getDisplayLanguage(in);
            return name.isEmpty() ? code : name;
        });
    }
}
