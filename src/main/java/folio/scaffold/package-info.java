/**
 * {@code folio new KIND ID}: writes a new page or provision file, or appends an entry to a
 * collection, with every required field marked for the editor to fill in. Works on the text
 * line by line, so an editor's comments and layout survive.
 */
package folio.scaffold;
