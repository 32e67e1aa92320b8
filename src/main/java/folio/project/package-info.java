/**
 * Where things are and reading them from disk: the project's folders, the listing of content/ and
 * templates/ (symbolic links kept inside the project), and the load stage that reads each source
 * file as normalised text (one line-ending, no forbidden characters).
 */
package folio.project;
