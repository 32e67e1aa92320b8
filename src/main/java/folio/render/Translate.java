package folio.render;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.unbescape.html.HtmlEscape;

/**
 * {@code t(key)}, {@code t(key, n)}, {@code t(key, n=3, name=value)}: the interface string
 * {@code key} in the language of the page being rendered, the plural form for the count
 * {@code n}, each {@code {name}} replaced. A key the language's file lacks stops the build at
 * the template line that asks for it. A key ending in {@code _html} holds markup, trusted like
 * the templates: its result is not escaped again, and its arguments are (unless they are markup).
 */
final class Translate implements Function {
    private final Supplier<InterfaceStrings> strings;

    Translate(Supplier<InterfaceStrings> strings) {
        this.strings = strings;
    }

    @Override
    public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
        Object key = args.get("0");
        if (key == null) {
            throw new PebbleException(null, "t() needs the key of an interface string, like t('menu.search')", line,
                    self.getName());
        }
        Object count = args.containsKey("1") ? args.get("1") : args.get("n");
        Number n = count instanceof Number number ? number : count == null ? null : parse(count.toString());
        boolean markup = key.toString().endsWith("_html");
        Map<String, Object> named = new HashMap<>();
        args.forEach((name, value) -> {
            if (!name.equals("0") && !name.equals("1") && !name.equals("lang")) {
                named.put(name, !markup || value instanceof SafeString ? value
                        : HtmlEscape.escapeHtml4Xml(value == null ? "" : value.toString()));
            }
        });
        // lang='uk' asks for another language's text (the one 404 page speaks every language).
        String language = args.get("lang") != null ? args.get("lang").toString() : PageLanguage.of(context);
        InterfaceStrings table = strings.get();
        table.mappingAt(language, key.toString()).ifPresent(at -> {
            throw new ThemeFileException(at, "interface string '" + key + "' is a mapping of keys here, but "
                    + "templates/" + (self.getName().endsWith(".peb") ? self.getName() : self.getName() + ".peb") + ":" + line
                    + " asks for a text: write " + key.toString().substring(key.toString().lastIndexOf('.') + 1)
                    + ": \"...\" (or plural forms: one, few, many, other)", line, self.getName());
        });
        String text = table.format(language, key.toString(), n, named).orElseThrow(() -> new PebbleException(null,
                table.has(language)
                        ? "no interface string '" + key + "' in templates/i18n/" + language + ".yaml: add it (every language's file needs every key the templates ask for)"
                        : "no interface strings for language '" + language + "': create templates/i18n/" + language
                                + ".yaml with the key '" + key + "'",
                line, self.getName()));
        return markup ? new SafeString(text) : text;
    }

    private static Number parse(String text) {
        try {
            return Double.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public List<String> getArgumentNames() {
        return null; // positional arguments come as "0", "1"; named ones by their names
    }
}
