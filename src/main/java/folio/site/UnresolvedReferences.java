package folio.site;

import folio.content.ContentParser.ParsedProvision;
import folio.content.ReferenceKind;
import folio.content.ReferenceNode;
import folio.content.ReferenceSyntax;
import folio.content.Suggestions;
import folio.diag.Diagnostics;

/**
 * Says, at the reference, why a {@code [[kind:id]]} has nowhere to link, with the fix for that
 * case: a draft page, a provision named by another number or written unlike a number, a page
 * named by its file, an id the published-ids register says was removed or renamed, an id close to
 * one that exists, or a kind no built page lists. {@link ReferenceResolver} links what resolves and
 * hands the rest here, so its walk over a text stays short and none of this runs for a reference
 * that resolves.
 */
final class UnresolvedReferences {
    private final Targets targets;
    private final Diagnostics diagnostics;

    UnresolvedReferences(Targets targets, Diagnostics diagnostics) {
        this.targets = targets;
        this.diagnostics = diagnostics;
    }

    /**
     * Reports why {@code node} links nowhere: {@code target} is what its kind and id name, null when
     * nothing does, else one with no URL. Nothing is reported where another error already explains
     * it (an id or a listing page refused with an error of its own).
     */
    void report(ReferenceNode node, Targets.Target target) {
        if (target == null) {
            reportUnknown(node, node.reference());
        } else {
            reportUnlisted(node, node.reference());
        }
    }

    private void reportUnknown(ReferenceNode node, ReferenceSyntax.Reference reference) {
        if (targets.refused(reference.kind(), reference.id())) {
            return;
        }
        if (reference.kind() == ReferenceKind.PAGE && targets.draftFile(reference.id()) != null) {
            diagnostics.error(node.position(), "page '" + reference.id() + "' in [[page:" + reference.id() + "]]: "
                    + PageAssembler.draftLeftOut(targets.draftFile(reference.id())));
            return;
        }
        if (reference.kind() == ReferenceKind.PROVISION && targets.misnamedProvision(reference.id()) != null) {
            ParsedProvision file = targets.misnamedProvision(reference.id());
            int declared = file.raw().number();
            diagnostics.error(node.position(), unknown(reference) + ": " + file.file().path() + " has number: " + declared
                    + ", so it is point " + declared + ": write number: " + reference.id() + " there if it is point "
                    + reference.id() + ", or link to [[provision:" + declared + "]]");
            return;
        }
        String misnamed = misnamed(reference);
        if (misnamed != null) {
            diagnostics.error(node.position(), unknown(reference) + ": " + misnamed);
            return;
        }
        String removed = reference.kind() != ReferenceKind.PAGE
                ? targets.removedIds().explain(plural(reference.kind()), reference.id(),
                        to -> "write [[" + reference.kind() + ":" + to + "]]") : null;
        if (removed != null) {
            diagnostics.error(node.position(), unknown(reference) + ": " + removed);
            return;
        }
        String hint = Suggestions.closest(reference.id(), targets.ids(reference.kind()))
                .map(s -> ": " + Suggestions.question(s)).orElseGet(() -> ": no " + reference.kind()
                        + " has a close id: check it, or " + howToAdd(reference.kind(), reference.id()));
        diagnostics.error(node.position(), unknown(reference) + hint);
    }

    /** A target that exists but has no page to link to: no built page lists its collection. */
    private void reportUnlisted(ReferenceNode node, ReferenceSyntax.Reference reference) {
        String plural = plural(reference.kind());
        PageAssembler.UnbuiltLister lister = targets.unbuiltLister(plural);
        if (lister != null && lister.draft() == null) {
            return; // the page that lists them was refused with an error of its own, which is the one to fix
        }
        if (lister != null) {
            diagnostics.error(node.position(), "no published page lists " + plural + ", so [["
                    + reference.kind() + ":" + reference.id() + "]] has nowhere to link: " + lister.draft() + ", which lists "
                    + "them, is a draft (draft: true): publish it, or build with --drafts to preview it");
            return;
        }
        diagnostics.error(node.position(), "no page lists " + plural
                + ", so [[" + reference.kind() + ":" + reference.id() + "]] has nowhere to link: add 'lists: "
                + plural + "' to the front matter of the page that shows them");
    }

    /** "unknown actor 'vance' in [[actor:vance]]", the start of each message for an id nothing has. */
    private static String unknown(ReferenceSyntax.Reference reference) {
        return "unknown " + reference.kind() + " '" + reference.id() + "' in [[" + reference.kind() + ":" + reference.id() + "]]";
    }

    /**
     * What is wrong with an id that is not one of its kind's at all: a page named by its file
     * ({@code about.md}), a provision by anything but its number. Null for an id of the right shape.
     */
    private String misnamed(ReferenceSyntax.Reference reference) {
        String id = reference.id();
        if (reference.kind() == ReferenceKind.PAGE && id.endsWith(".md")) {
            String page = id.substring(0, id.length() - ".md".length());
            return "a page id is its file's path under content/ without .md: write [[page:" + page + "]]"
                    + (targets.get(ReferenceKind.PAGE, page) == null ? " (no page " + page + " exists either)" : "");
        }
        if (reference.kind() == ReferenceKind.PROVISION && !id.matches("[1-9]\\d{0,2}")) {
            String number = id.replaceFirst("^0+", "");
            return number.matches("[1-9]\\d{0,2}") ? "write the number without leading zeros: [[provision:" + number + "]]"
                    : "a provision is named by its number, from 1 to 999, like [[provision:21]]";
        }
        return null;
    }

    /** Where an entry of this kind is written, and the command that writes its skeleton. */
    private static String howToAdd(ReferenceKind kind, String id) {
        return switch (kind) {
            case PAGE -> "create content/" + id + ".md ('folio new page " + id + "' writes one to fill in)";
            case PROVISION -> "create content/data/provisions/" + (id.matches("\\d") ? "0" + id : id)
                    + ".md, zero-padded ('folio new provision " + id + "' writes one to fill in)";
            case SOURCE, EVENT -> "add it to a file in content/data/" + plural(kind) + "/ ('folio new " + kind + " " + id
                    + "' writes one to fill in)";
            default -> "add it to content/data/" + plural(kind) + ".yaml ('folio new " + kind + " " + id
                    + "' writes one to fill in)";
        };
    }

    /** The collection's name: the folder under content/data/ and the value of a page's {@code lists:}. */
    private static String plural(ReferenceKind kind) {
        return kind.id() + "s";
    }
}
