/**
 * The site model and the assemble stage: validates the raw entries and turns them into the
 * immutable records templates see ({@code Site}, {@code Page}, {@code Provision}, ...), with
 * every cross-reference, URL and back-link resolved. Writes no HTML.
 *
 * <p>A record that stands for an entry or a part of one (a page, a provision, an actor, a source,
 * a quote...) compares by identity: two are the same only when they are one object, which is how
 * assembly shares them. The generated {@code equals} and {@code hashCode} would compare every field,
 * down through pages and sources, and each is linked at run time on its first call; on the real
 * site those links cost about 40 ms of a one-second build (bench/PROFILE.md, twenty-fifth round).
 * Values ({@code PartialDate}) keep value equality, written out for the same reason.
 */
package folio.site;
