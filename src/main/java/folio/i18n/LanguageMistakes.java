package folio.i18n;

import folio.content.ContentParser.ParsedTranslation;
import folio.content.YamlReader;
import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Translation files that site.yaml's languages do not fit, as one error for one line of site.yaml
 * (language: changed, languages: deleted), instead of one per translation file or none at all.
 */
final class LanguageMistakes {
    private LanguageMistakes() {}

    /**
     * One error at site.yaml's {@code language:} for translation files in the default language: the
     * files without a language code are the default language's text, so those are translations into
     * the language they are written in. A language other than the default is built under its own
     * folder and the default at the root; which text is the original does not change with it.
     */
    static void defaultChanged(YamlReader.Located config, String code,
                                             List<ParsedTranslation> files, Diagnostics diagnostics) {
        ParsedTranslation first = files.get(0);
        diagnostics.error(config.keyAt("language", config.origin().atLine(1)), "language: " + code
                + " makes " + Languages.nameOf(code) + " the default language, whose text is the files without a language "
                + "code (" + first.originalPath() + "), but " + files.size() + " files are translations into " + code + " ("
                + first.file().path() + ", ...): the default language is the one those files are written in, and it is "
                + "always built at the site root, the others under their code (" + code + "/); set language: back to "
                + "the language of " + first.originalPath() + " and list " + code + " under languages:");
    }

    /**
     * One error per language at its first translation file when site.yaml has no {@code languages:}
     * block: that language's edition is not built, and deleting the block (or never adding it) left
     * it out with exit 0, while the previous build's uk/ was removed.
     */
    static void undeclared(List<ParsedTranslation> files, String base, Diagnostics diagnostics) {
        Map<String, List<ParsedTranslation>> byLanguage = new java.util.TreeMap<>();
        files.stream().filter(file -> !file.name().language().equals(base))
                .forEach(file -> byLanguage.computeIfAbsent(file.name().language(), code -> new ArrayList<>()).add(file));
        byLanguage.forEach((code, inLanguage) -> {
            ParsedTranslation first = inLanguage.stream().min(java.util.Comparator.comparing(f -> f.file().path())).orElseThrow();
            String count = inLanguage.size() == 1 ? "the only " + code + " translation"
                    : "the first of " + inLanguage.size() + " " + code + " translation files";
            diagnostics.error(SourcePosition.of(first.file().path(), 1), "this is " + count + ", but site.yaml has no "
                    + "languages: block, so no " + Languages.nameOf(code) + " edition (" + code + "/) is built: add "
                    + "'languages:' and under it '  " + code + ": {}' to site.yaml (while translating, build with "
                    + "--allow-untranslated), or delete the " + code + " translation files");
        });
    }

}
