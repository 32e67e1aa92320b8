package folio.site;

import folio.content.Raw;
import folio.content.YamlNode;
import folio.content.YamlReader;
import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import folio.project.PortableNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code languages:} block of site.yaml: the default language (site.yaml's {@code language})
 * at the site root, every other under its code. Without the block the site has one language,
 * built from the top-level title and description.
 */
final class LanguageReader {
    static final String CODE = "[a-z]{2,3}(-[a-zA-Z0-9]{2,8})*";

    private LanguageReader() {}

    /** The languages, default first; null when a problem was reported. */
    static List<Language> read(Raw.SiteConfig raw, String code, String title, String description, String baseUrl,
                               YamlReader.Located document, Diagnostics diagnostics) {
        Map<String, Raw.Language> declared = raw.languages() == null ? Map.of() : raw.languages();
        YamlNode block = document.node().get("languages").orElse(null);
        int before = diagnostics.errorCount();
        Raw.Language own = declared.get(code);
        List<Language> languages = new ArrayList<>();
        languages.add(language(code, "", baseUrl, own, title, description, at(document, block, code), diagnostics));
        // Language tags do not tell upper from lower case (pt-BR is pt-br), and macOS and Windows would take
        // the editions' folders pt-BR/ and pt-br/ for one: a code that differs from an earlier one only so is refused.
        Map<String, String> byFolded = new java.util.HashMap<>();
        byFolded.put(code.toLowerCase(Locale.ROOT), code);
        for (Map.Entry<String, Raw.Language> entry : declared.entrySet()) {
            String other = entry.getKey();
            SourcePosition where = at(document, block, other);
            if (other.equals(code)) {
                continue;
            }
            if (other.length() > 35 || !other.matches(CODE)) {
                diagnostics.error(where, "language '" + other + "' is not a lower-case language code like uk or pt-BR");
                continue;
            }
            String device = PortableNames.device(other);
            if (device != null) {
                // Its edition's folder: a copy of the site on Windows could not hold it (con is Cofán's ISO 639-3 code).
                diagnostics.error(where, "language '" + other + "' would be published in the folder " + other + "/, which "
                        + "Windows reads as the device " + device + ", so a copy of the site there cannot hold it, and "
                        + "folio writes each language's edition under its code: leave this language out of languages:");
                continue;
            }
            String earlier = byFolded.putIfAbsent(other.toLowerCase(Locale.ROOT), other);
            if (earlier != null) {
                boolean itself = earlier.equals(code);
                diagnostics.error(where, "language '" + other + "' is " + (itself ? "the site's own language, " : "") + earlier
                        + (itself ? "," : ", above,") + " written in another case: a language code does not tell upper from "
                        + "lower case, so this would be a second edition of the same language, " + (itself ? "under " + other
                        + "/: write the key as " + code + " (the block for the site's own language) or remove it"
                        : "in a folder " + other + "/ that macOS and Windows take for " + earlier + "/: keep one of the two"));
                continue;
            }
            Raw.Language given = entry.getValue() == null ? new Raw.Language(null, null, null, null, null, null) : entry.getValue();
            // Without its own title and description a language shows the default's until they are written.
            SourcePosition format = block == null ? where : block.get(other).flatMap(b -> b.get("date_format"))
                    .map(document::at).orElse(where);
            languages.add(language(other, other + "/", baseUrl == null ? null : baseUrl + other + "/", given,
                    title, description, format, diagnostics));
        }
        return diagnostics.errorCount() > before ? null : List.copyOf(languages);
    }

    private static Language language(String code, String prefix, String baseUrl, Raw.Language given, String title,
                                     String description, SourcePosition where, Diagnostics diagnostics) {
        Locale locale = Locale.forLanguageTag(code);
        String own = locale.getDisplayLanguage(locale);
        String name = given != null && given.name() != null ? given.name().strip()
                : own.isEmpty() ? code : own.substring(0, 1).toUpperCase(locale) + own.substring(1);
        DateStyle dates = DateStyle.ENGLISH;
        try {
            dates = DateStyle.of(code, given == null ? null : given.dateFormat(), given == null ? null : given.approximate());
        } catch (IllegalArgumentException e) {
            diagnostics.error(where, "date_format '" + given.dateFormat() + "' of language '" + code
                    + "' cannot write the site's dates: " + e.getMessage() + ": write a day, month and year, like \"d MMMM yyyy 'р.'\"");
        }
        String ownTitle = given != null && given.title() != null ? given.title().strip() : title;
        String ownDescription = given != null && given.description() != null ? given.description().strip() : description;
        return new Language(code, prefix, baseUrl, name, ownTitle, ownDescription,
                given == null || given.menu() == null ? Map.of() : Map.copyOf(given.menu()), dates, ModelWords.ENGLISH);
    }

    private static SourcePosition at(YamlReader.Located document, YamlNode block, String code) {
        SourcePosition otherwise = document.keyAt("languages", document.origin().atLine(1));
        if (block instanceof YamlNode.Mapping mapping) {
            for (YamlNode.Field field : mapping.fields()) {
                if (field.key().text().equals(code)) {
                    return document.at(field.key());
                }
            }
        }
        return otherwise;
    }
}
