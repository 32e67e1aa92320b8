package folio.content;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A translation's file name, Hugo's way: {@code about.uk.md} beside {@code about.md} is the
 * {@code uk} translation of that page, {@code data/terms.uk.yaml} of {@code data/terms.yaml}.
 * The code is two or three lower-case letters; other dotted names are ordinary files.
 *
 * @param language the language code ({@code uk})
 * @param original the content-relative path of the file it translates ({@code about.md})
 */
public record TranslationName(String language, String original) {
    private static final Set<String> EXTENSIONS = Set.of("md", "yaml", "yml");

    /** The translation that {@code relative} (a content-relative path) names, if it names one. */
    public static Optional<TranslationName> of(String relative) {
        int slash = relative.lastIndexOf('/');
        String name = relative.substring(slash + 1);
        int extension = name.lastIndexOf('.');
        int code = extension <= 0 ? -1 : name.lastIndexOf('.', extension - 1);
        if (code <= 0 || !EXTENSIONS.contains(name.substring(extension + 1).toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        String language = name.substring(code + 1, extension);
        if (!language.matches("[a-z]{2,3}")) {
            return Optional.empty();
        }
        return Optional.of(new TranslationName(language,
                relative.substring(0, slash + 1) + name.substring(0, code) + name.substring(extension)));
    }

    /** The project-relative path of the original, given the translation's project-relative and content-relative paths. */
    public String originalPath(String path, String relative) {
        return path.substring(0, path.length() - relative.length()) + original;
    }
}
