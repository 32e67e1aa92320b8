package folio.render;

import folio.site.Source;

/**
 * One cited source as the citation and reference-list partials see it: its number on the page
 * (order of first citation), its id, and the source (null for an id no source has).
 */
public record Citation(int number, String id, Source source) {}
