package folio.render;

import folio.content.ReferenceKind;
import io.pebbletemplates.pebble.extension.escaper.SafeString;

/**
 * What the partial {@code partials/ref} gets for one {@code [[kind:id]]} reference: {@code kind}
 * (actor, event, page, provision, source or term; it prints as that word, compare
 * {@code ref.kind.id}), the target's {@code id}, the {@code label} to show, the {@code url}
 * relative to the page, {@code popover} (true for a glossary term whose definition pops up) and
 * {@code popoverHtml}, the button and popover at the term's first use on the page (empty at later
 * uses and for everything else; write it with {@code | raw}).
 */
public record ReferenceLink(ReferenceKind kind, String id, String label, String url, boolean popover, SafeString popoverHtml) {}
