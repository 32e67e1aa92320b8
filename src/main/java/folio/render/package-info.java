/**
 * The render stage: the one place Markdown becomes HTML and the site model meets Pebble. Each
 * page gets its own context (links relative to it, citation numbers, terms already explained)
 * and goes through its template; the result is files in memory, nothing is written here.
 */
package folio.render;
