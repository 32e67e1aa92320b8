package folio.site;

import folio.content.ReferenceKind;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a reference can point at, by kind and id: its link text and URL, known before the typed
 * records exist so that text can be resolved while they are built. A term also carries whether
 * it has a definition for the inline popover.
 */
final class Targets {
    record Target(String label, String url, boolean hasDefinition) {}

    private final Map<ReferenceKind, Map<String, Target>> byKind = new EnumMap<>(ReferenceKind.class);
    /** Pages that exist but were refused with an error of their own: no target, and nothing more to report. */
    private final Set<String> refusedPages;
    /** Entries refused for their id, with an error of their own: likewise. */
    private final RefusedIds refusedIds;

    /** By collection, the page listing it that is not built (refused, or a draft): see {@link PageAssembler.UnbuiltLister}. */
    private final Map<String, PageAssembler.UnbuiltLister> unbuiltListers;

    /** Provision numbers whose file was refused for its number: (see {@link Entries}), as ids ("3"). */
    private final Set<String> unnumbered = new java.util.HashSet<>();
    /** Provision files whose name says a number no file has, by that number as an id ("3"): see {@link ProvisionNumbers}. */
    private final Map<String, folio.content.ContentParser.ParsedProvision> misnamed = new HashMap<>();
    /** Draft pages left out of this build, by id: their file. */
    private final Map<String, String> draftFiles;
    /** What content/published-ids.yaml says of ids no entry has now. */
    private RemovedIds removedIds = RemovedIds.NONE;

    private Targets(Set<String> refusedPages, RefusedIds refusedIds, Map<String, PageAssembler.UnbuiltLister> unbuiltListers,
                    Map<String, String> draftFiles) {
        this.draftFiles = draftFiles;
        this.refusedPages = refusedPages;
        this.refusedIds = refusedIds;
        this.unbuiltListers = unbuiltListers;
    }

    /** Every page, source, actor, event, term and provision, where it is shown and how a link to it reads. */
    static Targets of(PageAssembler.Planned planned, Entries entries, RefusedIds refusedIds, Listings listings,
                      ModelWords wording) {
        Targets targets = new Targets(planned.refused(), refusedIds, planned.unbuiltListers(), planned.drafts());
        entries.unnumbered().forEach(n -> targets.unnumbered.add(String.valueOf(n)));
        entries.misnamed().forEach((n, file) -> targets.misnamed.put(String.valueOf(n), file));
        for (PageAssembler.PagePlan plan : planned.plans()) {
            targets.put(ReferenceKind.PAGE, plan.id(), plan.raw().title() == null ? plan.id() : plan.raw().title(), plan.url(), false);
        }
        entries.sources().forEach((id, e) -> {
            String outlet = SourceAssembler.outletOf(e.raw());
            targets.put(ReferenceKind.SOURCE, id, outlet == null ? id : outlet, listings.itemUrl("sources", id, id), false);
        });
        entries.actors().forEach((id, e) -> targets.put(ReferenceKind.ACTOR, id, e.raw().name() == null ? id : e.raw().name(),
                listings.itemUrl("actors", id, id), false));
        entries.events().forEach((id, e) -> targets.put(ReferenceKind.EVENT, id, e.raw().title() == null ? id : e.raw().title(),
                listings.itemUrl("events", id, id), false));
        entries.terms().forEach((id, e) -> {
            String definition = e.raw().definition();
            targets.put(ReferenceKind.TERM, id, e.raw().term() == null ? id : TermForm.inSentence(e.raw().term(), Boolean.TRUE.equals(e.raw().proper())), listings.itemUrl("terms", id, id),
                    definition != null && !definition.isBlank());
        });
        entries.provisions().keySet().forEach(n -> targets.put(ReferenceKind.PROVISION, String.valueOf(n), wording.pointInText(n),
                ProvisionAssembler.urlOf(n), false));
        return targets;
    }

    private void put(ReferenceKind kind, String id, String label, String url, boolean hasDefinition) {
        byKind.computeIfAbsent(kind, k -> new HashMap<>()).put(id, new Target(label, url, hasDefinition));
    }

    Target get(ReferenceKind kind, String id) {
        return byKind.getOrDefault(kind, Map.of()).get(id);
    }

    /** The provision file whose name says {@code id} (03.md for "3") but whose number: is another, or null. */
    folio.content.ContentParser.ParsedProvision misnamedProvision(String id) {
        return misnamed.get(id);
    }

    /** The file of the draft page {@code id}, left out of this build, or null. */
    String draftFile(String id) {
        return draftFiles.get(id);
    }

    /** The page that lists {@code collection} but is not built, or null (none lists it, or one is built). */
    PageAssembler.UnbuiltLister unbuiltLister(String collection) {
        return unbuiltListers.get(collection);
    }

    /** Whether {@code id} names something that exists but was refused with an error already reported. */
    boolean refused(ReferenceKind kind, String id) {
        return kind == ReferenceKind.PAGE ? refusedPages.contains(id)
                : kind == ReferenceKind.PROVISION ? unnumbered.contains(id) : refusedIds.contains(kind, id);
    }

    /** Reads content/published-ids.yaml's ids, to explain a reference to one that was removed or renamed. */
    Targets withRegister(java.util.Optional<folio.content.YamlReader.Located> publishedIds) {
        removedIds = RemovedIds.of(publishedIds);
        return this;
    }

    RemovedIds removedIds() {
        return removedIds;
    }

    Set<String> ids(ReferenceKind kind) {
        return byKind.getOrDefault(kind, Map.of()).keySet();
    }
}
