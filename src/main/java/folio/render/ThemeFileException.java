package folio.render;

import folio.diag.SourcePosition;
import io.pebbletemplates.pebble.error.PebbleException;

/**
 * A template met a mistake in a theme file it reads that is not a template: an interface string
 * that the language's file gives as a mapping of keys ({@code nav: {languages: {a: b}}} where
 * {@code t('nav.languages')} wants a text), or the map's boundary data saved as UTF-16 or broken.
 * The mistake is in the file, so it is reported there, at its line, and the message says which
 * template line met it.
 */
final class ThemeFileException extends PebbleException {
    private final SourcePosition at;

    ThemeFileException(SourcePosition at, String message, int line, String template) {
        super(null, message, line, template);
        this.at = at;
    }

    /** Where in the file the mistake is (the key in templates/i18n/LANGUAGE.yaml whose value is a mapping). */
    SourcePosition at() {
        return at;
    }
}
