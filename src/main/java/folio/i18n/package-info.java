/**
 * Translations (issue 16, the content side): translation files ({@code about.uk.md},
 * {@code data/terms.uk.yaml}) checked against the English content, laid over it per language
 * field by field, and their freshness (the {@code translates:} hash of the English text).
 * Depends on {@code content}, {@code project} (the names of source files) and {@code diag} only; assembly and
 * rendering are per language.
 */
package folio.i18n;
