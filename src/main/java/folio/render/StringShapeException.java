package folio.render;

import folio.diag.SourcePosition;
import io.pebbletemplates.pebble.error.PebbleException;

/**
 * A template asked for an interface string that the language's file gives as a mapping of keys
 * ({@code nav: {languages: {a: b}}} where {@code t('nav.languages')} wants a text): the mistake is
 * in the file, so it is reported there, at the key, with the template line that asked.
 */
final class StringShapeException extends PebbleException {
    private final SourcePosition at;

    StringShapeException(SourcePosition at, String message, int line, String template) {
        super(null, message, line, template);
        this.at = at;
    }

    /** The key in templates/i18n/LANGUAGE.yaml whose value is a mapping. */
    SourcePosition at() {
        return at;
    }
}
