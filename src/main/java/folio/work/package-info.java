/**
 * Spreading a stage's independent items (files to read or parse, pages to assemble or render) over
 * the machine's cores. Depends on nothing else in folio.
 */
package folio.work;
