/**
 * The write stage, the only code that touches the output folder (the new site is built beside it
 * and swapped in atomically, under a lock), and the files made from the whole site rather than
 * from one page: search index, open data and the like.
 */
package folio.output;
