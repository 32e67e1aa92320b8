/**
 * The site model and the assemble stage: validates the raw entries and turns them into the
 * immutable records templates see ({@code Site}, {@code Page}, {@code Provision}, ...), with
 * every cross-reference, URL and back-link resolved. Writes no HTML.
 */
package folio.site;
