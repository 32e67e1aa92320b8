/**
 * The parse stage: each source file becomes YAML front matter plus a CommonMark tree, or typed
 * raw collection entries ({@code Raw}), read with Jackson's streaming YAML parser and located at
 * their line and column; YAML mistakes become diagnostics in an editor's words. It writes no
 * HTML and knows nothing of pages.
 */
package folio.content;
