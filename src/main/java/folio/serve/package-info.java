/**
 * {@code folio serve}: the local preview server. It builds in memory, serves the last good build
 * on the loopback address only, watches content/ and templates/, and tells open pages to reload
 * or shows the errors of a failed rebuild.
 */
package folio.serve;
