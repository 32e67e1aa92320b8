package folio.i18n;

import folio.content.ContentParser.ParsedContent;
import folio.content.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The languages site.yaml declares: {@code language:} is the default (at the site root); the
 * keys of {@code languages:} (a mapping by code: {@code uk: {...}}) add the others.
 * Only the codes are read here; the rest of each language's block is the output side's.
 *
 * @param base     the default language ({@code en})
 * @param others   the other declared languages, in site.yaml's order
 * @param declared whether site.yaml has a {@code languages:} block at all: without one, translation
 *                 files are checked against the English but nothing is reported missing or stale
 */
public record Languages(String base, List<String> others, boolean declared) {

    public static Languages of(ParsedContent content) {
        YamlNode config = content.config().map(located -> located.node()).orElse(null);
        String base = config == null ? "" : config.get("language").map(YamlNode::text).orElse("").strip();
        YamlNode block = config == null ? null : config.get("languages").orElse(null);
        if (block == null) {
            return new Languages(base.isEmpty() ? "en" : base, List.of(), false);
        }
        List<String> others = new ArrayList<>();
        if (block instanceof YamlNode.Mapping mapping) {
            mapping.fields().forEach(field -> others.add(field.key().text()));
        } else {
            // A list of languages, each a code or a mapping with code: (lang:)
            block.items().forEach(item -> others.add(item.get("code").or(() -> item.get("lang"))
                    .map(YamlNode::text).orElse(item.text())));
        }
        others.removeIf(code -> code.isBlank() || code.equals(base));
        return new Languages(base.isEmpty() ? "en" : base, List.copyOf(others), true);
    }

    /**
     * The default language's name in English, for messages ("English", "German"): what the
     * originals a translation follows are written in. The code itself when the JDK has no name for it.
     */
    public String name() {
        return nameOf(base);
    }

    static String nameOf(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? code : name;
    }

    /** Whether translation files in {@code code} belong to this site (every code does until languages are declared). */
    public boolean accepts(String code) {
        return !declared || others.contains(code);
    }
}
